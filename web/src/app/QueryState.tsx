import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';

interface Props {
  query: { error: unknown; refetch: () => unknown };
}

/** What a page shows while its data is on the way: a spinner, or the error with a retry. */
export function QueryState({ query }: Props) {
  return query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : <Loading />;
}
