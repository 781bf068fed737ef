import { QueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../api/client';
import { ApiError } from '../api/errors';
import { sessionKey } from '../auth/session';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

// A 401 on any request means the session is gone: forget what the user saw,
// and let the shell send them to the login page with the wanted path.
setUnauthorizedHandler(() => {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, null);
});
