import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

interface Health {
  demo: 'none' | 'loading' | 'ready' | 'failed';
}

/**
 * On a first start without a prebuilt demo database the demo archive fills
 * in for a while after the server answers: say so (lists are not empty, they
 * are loading), and say when it is done, refreshing what the pages show.
 */
export function DemoLoadingNotice() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: ['health'],
    queryFn: () => api<Health>('/api/health'),
    refetchInterval: (query) => (query.state.data?.demo === 'loading' ? 3000 : false),
  });
  const sawLoading = useRef(false);
  const demo = data?.demo;
  useEffect(() => {
    if (demo === 'loading') sawLoading.current = true;
    if (demo === 'ready' && sawLoading.current) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'health' });
  }, [demo, queryClient]);

  if (demo === 'loading')
    return (
      <Alert data-color="info" data-size="sm" className="demo-notice" role="status">
        <Paragraph data-size="sm">
          <Spinner aria-hidden data-size="xs" /> {t('demo.loading')}
        </Paragraph>
      </Alert>
    );
  if (demo === 'ready' && sawLoading.current)
    return (
      <Alert data-color="success" data-size="sm" className="demo-notice" role="status">
        {t('demo.ready')}
      </Alert>
    );
  if (demo === 'failed')
    return (
      <Alert data-color="warning" data-size="sm" className="demo-notice">
        {t('demo.failed')}
      </Alert>
    );
  return null;
}
