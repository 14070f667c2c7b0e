// Data fetching over the API contract with TanStack Query (issue 6 §1): a
// read is cached under its method and input, and a command that succeeds
// marks every cached read stale, so what is on screen is read again. This
// replaces the revision counters and change callbacks the screens passed
// around: a screen reads with useQueryMethod, writes with useCommand, and
// never tells another screen that something changed.
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, Method, Result } from '../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { call } from './client';

declare module '@tanstack/react-query' {
  // Every query here fails with the API's own error (a code, a reason and,
  // for invalid input, the fields), never with an exception of the transport.
  interface Register {
    defaultError: ApiError;
  }
}

export type ApiQueryKey<M extends Method> = readonly [M, Input<M>];

/** The cache key of a read: the method and its input (TanStack hashes objects by value). */
export function apiQueryKey<M extends Method>(method: M, input: Input<M>): ApiQueryKey<M> {
  return [method, input] as const;
}

/** Calls the API and turns a refusal into a thrown ApiError, as TanStack Query expects. */
export async function fetchResult<M extends Method>(method: M, input: Input<M>): Promise<Result<M>> {
  const response = await call(method, input);
  if (!response.ok) throw response.error;
  return response.result;
}

export type QueryMethodOptions<M extends Method> = Omit<
  UseQueryOptions<Result<M>, ApiError, Result<M>, ApiQueryKey<M>>,
  'queryKey' | 'queryFn'
>;

/**
 * One API read, cached under (method, input): `useQueryMethod('cases.get', { id })`.
 * `data` is undefined until the first answer; a failed read leaves the last
 * good data in place and sets `error`. Pass `{ placeholderData: keepPreviousData }`
 * to keep the previous input's answer on screen while a new input is read
 * (a filter being typed).
 */
export function useQueryMethod<M extends Method>(method: M, input: Input<M>, options?: QueryMethodOptions<M>): UseQueryResult<Result<M>, ApiError> {
  return useQuery({
    ...options,
    queryKey: apiQueryKey(method, input),
    queryFn: () => fetchResult(method, input),
  });
}

export type Command<M extends Method> = Readonly<{
  /** Sends the command; never throws. After a success the cached reads are refreshed before this resolves. */
  run: (input: Input<M>) => Promise<ApiResponse<Result<M>>>;
  pending: boolean;
  /** The refusal of the last run, until the next run or reset. */
  error: ApiError | null;
  reset: () => void;
}>;

/**
 * Marks cached reads stale after a command: the reads on screen are fetched
 * again at once, the others when next shown. Every read by default, because
 * what a change touches is wide and derived on the server: an event moves the
 * case's stage, its time limits, the dashboard counts, the cases list and the
 * history. Reads are local SQLite queries, so refreshing the few on screen is
 * cheap, and a list that forgot to name itself can never show stale rows.
 */
export function invalidateAfterCommand(client: QueryClient): Promise<void> {
  return client.invalidateQueries();
}

/** One API command (a write): `const save = useCommand('cases.update'); await save.run(input)`. */
export function useCommand<M extends Method>(method: M): Command<M> {
  const client = useQueryClient();
  const mutation = useMutation<ApiResponse<Result<M>>, never, Input<M>>({
    mutationFn: (input) => call(method, input),
    // Returned, so `run` resolves only once the screen holds the new data:
    // focus can then move to a record that is already rendered.
    onSuccess: (response) => (response.ok ? invalidateAfterCommand(client) : undefined),
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback((input: Input<M>) => mutateAsync(input), [mutateAsync]);
  const last = mutation.data;
  return { run, pending: mutation.isPending, error: last !== undefined && !last.ok ? last.error : null, reset };
}

/** Reads everything on screen again: after a change made outside a command hook (loading the sample casebook). */
export function useRefreshAll(): () => void {
  const client = useQueryClient();
  return useCallback(() => void invalidateAfterCommand(client), [client]);
}
