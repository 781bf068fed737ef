import { Checkbox, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useShell } from '../../app/shell-context';
import { PagingOf } from '../common/sub-list-paging';
import { useQueue, type QueueView } from './api';
import { QueueTable } from './QueueTable';
import { UploadPost } from './UploadPost';
import '../common/features.css';
import './reception.css';

/** The archive's reception queue (seed 001, fase 1): post waiting to be registered, one organisation or all of a document centre's. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const { session } = useShell();
  const archiveOrgs = session.roller.filter((r) => r.rolle === 'ARK');
  const [filter, setFilter] = useState<{ view: QueueView; side: number; all: boolean }>({ view: 'aapne', side: 1, all: false });
  const queue = useQueue(filter.view, filter.side, filter.all);
  const organisations = queue.data?.organisasjoner ? new Map(queue.data.organisasjoner.map((o) => [o.id, o.navn])) : undefined;

  return (
    <Page title={t('reception.title')}>
      <Paragraph>{t('reception.intro')}</Paragraph>
      <UploadPost />
      <div className="reception-filters">
        <Fieldset>
          <Fieldset.Legend>{t('reception.viewLabel')}</Fieldset.Legend>
          {(['aapne', 'behandlet'] as const).map((view) => (
            <Radio
              key={view}
              name="visning"
              value={view}
              label={t(`reception.views.${view}`)}
              checked={filter.view === view}
              onChange={() => setFilter({ ...filter, view, side: 1 })}
            />
          ))}
        </Fieldset>
        {archiveOrgs.length > 1 && (
          <Checkbox
            label={t('reception.allOrganisations')}
            checked={filter.all}
            onChange={(e) => setFilter({ ...filter, all: e.target.checked, side: 1 })}
          />
        )}
      </div>
      {queue.data?.organisasjoner && (
        <Paragraph data-size="sm">
          {queue.data.organisasjoner.map((o) => t('reception.counts', { name: o.navn, count: o.antall })).join(' · ')}
        </Paragraph>
      )}
      {!queue.data ? (
        <QueryState query={queue} />
      ) : queue.data.items.length === 0 ? (
        <Paragraph>{t('reception.empty')}</Paragraph>
      ) : (
        <QueueTable
          items={queue.data.items}
          caption={t('reception.caption')}
          organisations={organisations}
          linkTo={(i) => `/postmottak/${i.id}`}
        />
      )}
      {queue.data && <PagingOf page={queue.data} label={t('reception.paging')} onChange={(side) => setFilter({ ...filter, side })} />}
    </Page>
  );
}
