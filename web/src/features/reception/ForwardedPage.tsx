import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { PagingOf } from '../common/sub-list-paging';
import { useForwarded } from './api';
import { QueueTable } from './QueueTable';
import '../common/features.css';
import './reception.css';

/** Post the archive kept out of the archive and forwarded to the reader (arkivbegrensning). */
export function ForwardedPage() {
  const { t } = useTranslation();
  const [side, setSide] = useState(1);
  const list = useForwarded(side);
  return (
    <Page title={t('reception.forwarded.title')}>
      <Paragraph>{t('reception.forwarded.intro')}</Paragraph>
      {!list.data ? (
        <QueryState query={list} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t('reception.forwarded.empty')}</Paragraph>
      ) : (
        <QueueTable
          items={list.data.items}
          caption={t('reception.forwarded.caption')}
          linkTo={(i) => `/postmottak/${i.id}`}
          extra={{ heading: t('reception.forwarded.reason'), cell: (i) => i.arkivbegrensningGrunn ?? '' }}
        />
      )}
      {list.data && <PagingOf page={list.data} label={t('reception.forwarded.paging')} onChange={setSide} />}
    </Page>
  );
}
