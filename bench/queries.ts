// What `npm run bench` measures: each query through dispatch (the path the
// app uses) and, where it means something, the same rows fetched by raw SQL
// written by hand for this data (issue 6 §2 asks for each within 1.5× of the
// best raw SQL). A query may have several raw candidates — the planner's own
// choice, a walk of the sort index, keyset paging — and the fastest one that
// returns exactly the rows and total the API returned is the one compared.
// The list queries are in listQueries.ts, the dashboard's and the case page's
// in dashboard.ts.
import type Database from 'better-sqlite3';
import type { Input, Method } from '../shared/api/contract';
import type { Dispatch } from '../db/dispatch';
import { listQueries } from './listQueries';

/** What a query answered, reduced to what identifies it: the keys of its rows and its total. */
export type Answer = Readonly<{ keys: readonly string[]; total: number | null }>;

export type BenchQuery = Readonly<{
  name: string;
  api: () => Answer;
  /** Raw SQL returning the same rows (and total); absent where no equivalent means anything. */
  raw?: Readonly<Record<string, () => Answer>>;
}>;

export function benchQueries(db: Database.Database, dispatch: Dispatch): BenchQuery[] {
  return listQueries(db, caller(dispatch));
}

type Call = <M extends Method>(method: M, input: Input<M>) => unknown;

export function caller(dispatch: Dispatch): Call {
  return (method, input) => {
    const response = dispatch(method, input);
    if (!response.ok) throw new Error(`${method}: ${JSON.stringify(response.error)}`);
    return response.result;
  };
}
