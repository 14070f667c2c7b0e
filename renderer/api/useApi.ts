import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
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
 * The previous data stays visible while a new answer is on its way.
 */
export function useApiQuery<M extends Method>(method: M, input: Input<M>, key: string): Query<Result<M>> {
  const [generation, setGeneration] = useState(0);
  // Which request the current data and error answer; loading is derived from
  // it rather than set in the effect (no extra render per request).
  const request = `${method}\n${key}\n${generation}`;
  const [state, setState] = useState<{ data: Result<M> | null; error: ApiError | null; answers: string | null }>({
    data: null,
    error: null,
    answers: null,
  });
  const latest = useRef('');

  // Reads the newest `input` without making it a dependency: callers pass a
  // fresh object each render, and `key` already says when it matters.
  const fetchAnswer = useEffectEvent((forRequest: string) => {
    void call(method, input).then((response) => {
      if (forRequest !== latest.current) return;
      if (response.ok) setState({ data: response.result, error: null, answers: forRequest });
      else setState((previous) => ({ data: previous.data, error: response.error, answers: forRequest }));
    });
  });

  useEffect(() => {
    latest.current = request;
    fetchAnswer(request);
  }, [request]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.answers !== request, reload };
}
