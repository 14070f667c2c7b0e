// Removing a case moves it to the Trash (issue 6 §1: removal you can take
// back): the row stays with deleted_at set, lists, search and the dashboard
// skip it, its limits stop running, and cases.restore brings it back as it was.
import type { ParsedInput } from '../../shared/api/contract';
import type { CaseRecord } from '../../shared/cases/domain';
import { commitChange } from '../changes';
import { notFound, staleVersion, type HandlerContext } from '../handlerTypes';
import { refreshCaseProcedure } from '../procedure/queries';
import { readCase, setCaseRemoved } from './queries';

export function removeCase(input: ParsedInput<'cases.remove'>, context: HandlerContext): { id: string } {
  const { db, at } = context;
  const stored = readCase(db, input.id);
  if (stored === null) throw notFound('case', input.id);
  if (stored.version !== input.version) throw staleVersion(stored.reference, stored.version, input.version, stored);
  commitChange(context, {
    action: 'remove',
    subject: { type: 'case', id: stored.id },
    before: stored,
    write: () => {
      setCaseRemoved(db, stored.id, at);
      refreshCaseProcedure(db, stored.id);
    },
    read: () => null,
  });
  return { id: stored.id };
}

export function restoreCase({ id }: ParsedInput<'cases.restore'>, context: HandlerContext): CaseRecord {
  const { db } = context;
  if (readCase(db, id, true) === null) throw notFound('case', id);
  const restored = commitChange(context, {
    action: 'restore',
    subject: { type: 'case', id },
    before: null,
    write: () => {
      setCaseRemoved(db, id, null);
      refreshCaseProcedure(db, id);
    },
    read: () => readCase(db, id),
  });
  if (restored === null) throw new Error(`Case ${id} vanished inside its own transaction`);
  return restored;
}
