import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one query cache. Reads go to a local database, so a failure is
 * not a network blip to retry but an answer to show (retry off); a screen
 * opened again shows what it held at once and reads afresh (stale at once);
 * window focus does not refetch, since only this app writes the file until
 * team sync comes, and a long list should not be read again on every
 * alt-tab.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 0, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
