import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Method, Result } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { call } from './client';

export type Query<R> = Readonly<{
  data: R | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}>;

/**
 * Runs one API read and re-runs it when `key` changes (a string built by the
 * caller from the inputs that matter). Answers that arrive after a newer
 * request are dropped, so fast typing in a filter never shows stale rows.
 */
export function useApiQuery<M extends Method>(method: M, input: Input<M>, key: string): Query<Result<M>> {
  const [state, setState] = useState<{ data: Result<M> | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    const ticket = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    void call(method, inputRef.current).then((response) => {
      if (ticket !== latest.current) return;
      if (response.ok) setState({ data: response.result, error: null, loading: false });
      else setState((previous) => ({ data: previous.data, error: response.error, loading: false }));
    });
  }, [method, key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
