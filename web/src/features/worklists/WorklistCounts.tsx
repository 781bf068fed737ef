import { Card, Heading, Link, List, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWorklistCounts } from './api';

/** The start page's worklists: each list's count, linking to it. */
export function WorklistCounts() {
  const { t } = useTranslation();
  const counts = useWorklistCounts();
  const lists = counts.data?.items ?? [];
  if (lists.length === 0) return null;
  return (
    <Card data-color="neutral" className="duties">
      <Heading level={2} data-size="sm">
        {t('worklists.title')}
      </Heading>
      <List.Unordered>
        {lists.map((l) => (
          <List.Item key={l.liste}>
            <Link asChild>
              <RouterLink to={`/arbeidslister/${l.liste}`}>{t(`worklists.lists.${l.liste}`)}</RouterLink>
            </Link>{' '}
            <Tag data-size="sm" data-color={l.antall > 0 ? 'accent' : 'neutral'}>
              {l.antall}
            </Tag>
          </List.Item>
        ))}
      </List.Unordered>
    </Card>
  );
}
