import { Card, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCodeName } from '../common/code-lists';
import { useDebouncedValue } from '../common/use-debounced-value';

const MIN_LENGTH = 3;

interface SuggestedCase {
  id: string;
  saksnummer: string;
  tittel: string;
  saksstatus: string;
  saksdato: string;
}

/** While the title is typed: cases that look like the one about to be made. */
export function SimilarCases({ title }: { title: string }) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const wanted = useDebouncedValue(title.trim(), 400);
  const similar = useQuery({
    queryKey: ['lignende-saker', wanted],
    queryFn: ({ signal }) => api<{ items: SuggestedCase[] }>(`/api/sok/lignende-saker?tittel=${encodeURIComponent(wanted)}`, { signal }),
    enabled: wanted.length >= MIN_LENGTH,
    staleTime: 30_000,
  });
  const items = wanted.length >= MIN_LENGTH ? (similar.data?.items ?? []) : [];

  let status = t('newCase.similar.hint');
  if (wanted.length >= MIN_LENGTH && similar.isFetching && !similar.data) status = t('newCase.similar.searching');
  else if (wanted.length >= MIN_LENGTH && similar.data) {
    status = items.length === 0 ? t('newCase.similar.none') : t('newCase.similar.found', { count: items.length });
  }

  return (
    <Card data-color="neutral" className="similar-cases">
      <Heading level={2} data-size="xs" id="similar-heading">
        {t('newCase.similar.heading')}
      </Heading>
      <Paragraph data-size="sm" aria-live="polite" aria-atomic="true">
        {status}
      </Paragraph>
      {items.length > 0 && (
        <List.Unordered aria-labelledby="similar-heading">
          {items.map((c) => (
            <List.Item key={c.id}>
              <Link asChild>
                <RouterLink to={`/saker/${c.id}`}>{`${c.saksnummer} ${c.tittel}`}</RouterLink>
              </Link>{' '}
              <span className="muted">({codeName('saksstatus', c.saksstatus)})</span>
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </Card>
  );
}
