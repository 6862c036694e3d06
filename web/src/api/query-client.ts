import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from './problem';

/**
 * The app's TanStack Query client: no retries for 4xx answers (they will not change by asking again), two
 * for network and server failures; no refetch on window focus (live data comes over the run's socket).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        !(isApiProblem(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
