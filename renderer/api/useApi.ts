import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, Method, Result } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { apiQueryKey, useQueryMethod } from './queries';

export type Query<R> = Readonly<{
  data: R | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}>;

/**
 * The older read hook, kept for screens not yet moved to useQueryMethod
 * (renderer/api/queries.ts); it now reads through the same cache, so a
 * command refreshes these screens too. `key` is no longer needed: the cache
 * key is the method and its input. The previous data stays visible while a
 * new input is read.
 * @deprecated use useQueryMethod.
 */
export function useApiQuery<M extends Method>(method: M, input: Input<M>, key?: string): Query<Result<M>> {
  void key;
  const client = useQueryClient();
  const query = useQueryMethod(method, input, { placeholderData: keepPreviousData });
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: apiQueryKey(method, input) }), [client, method, input]);
  return { data: query.data ?? null, error: query.error, loading: query.isFetching, reload };
}
