import { useState } from 'react';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { useLanguage } from '../../i18n/use-language';
import { useFormat } from '../common/format';
import { PagingOf } from '../common/sub-list-paging';
import '../common/features.css';
import './case-timeline.css';

type Forlop = ApiResponse<'/api/saksmapper/{id}/forlop'>;

const PER_PAGE = 100;

export const forlopKey = (id: string) => ['saksforlop', id];

/**
 * The case's timeline (saksforløp): what happened, when and by whom, in
 * words, oldest first, each record's events linking to it. The server
 * decides what the reader sees of a screened record (its public title).
 */
export function CaseTimeline({ saksmappeId, number }: { saksmappeId: string; number: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const [side, setSide] = useState(1);
  const forlop = useQuery({
    queryKey: [...forlopKey(saksmappeId), side],
    queryFn: () => api<Forlop>(`/api/saksmapper/${saksmappeId}/forlop?side=${side}&perSide=${PER_PAGE}`),
    placeholderData: keepPreviousData,
  });
  if (forlop.isPending) return <Loading />;
  if (forlop.error) return <ErrorNotice error={forlop.error} headingLevel={3} onRetry={() => void forlop.refetch()} />;
  if (forlop.data.items.length === 0) return <Paragraph>{t('timeline.empty')}</Paragraph>;
  return (
    <>
      <ol className="timeline case-timeline" aria-label={t('timeline.label', { number })}>
        {forlop.data.items.map((h, i) => (
          <li key={`${forlop.data.side}-${i}`}>
            <time dateTime={h.tidspunkt} className="case-timeline-when">
              {format.dateTime(h.tidspunkt)}
            </time>
            <span className="case-timeline-what">{pick(h.tekst)}</span>
            {h.journalpost && (
              <span>
                <Link asChild>
                  <RouterLink to={`/journalposter/${h.journalpost.id}`}>
                    {t('timeline.record', { number: h.journalpost.journalpostId, title: h.journalpost.tittel })}
                  </RouterLink>
                </Link>
              </span>
            )}
            {h.hvem && <span className="muted">{t('timeline.by', { name: h.hvem })}</span>}
          </li>
        ))}
      </ol>
      <PagingOf page={forlop.data} label={t('timeline.paging')} onChange={setSide} />
    </>
  );
}
