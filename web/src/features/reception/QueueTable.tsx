import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import type { QueueItem } from './api';

interface Props {
  items: readonly QueueItem[];
  caption: string;
  /** Organisation names by id, when the list spans several. */
  organisations?: ReadonlyMap<string, string> | undefined;
  /** Where an item opens. */
  linkTo: (item: QueueItem) => string;
  extra?: { heading: string; cell: (item: QueueItem) => string } | undefined;
}

/** Post in a queue: when, how, from whom, about what. */
export function QueueTable({ items, caption, organisations, linkTo, extra }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border className="reception-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('reception.received')}</Table.HeaderCell>
            {organisations && <Table.HeaderCell>{t('reception.organisation')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('reception.channel')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reception.sender')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reception.subject')}</Table.HeaderCell>
            <Table.HeaderCell>{extra?.heading ?? t('reception.statusHeading')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell className="nowrap">{format.dateTime(i.mottattDato)}</Table.Cell>
              {organisations && <Table.Cell>{organisations.get(i.organisasjonId) ?? ''}</Table.Cell>}
              <Table.Cell>{t(`reception.channels.${i.kanal}`)}</Table.Cell>
              <Table.Cell className="wrap-anywhere">
                {i.avsender ? (i.avsender.navn ?? i.avsender.epost) : t('reception.noSender')}
              </Table.Cell>
              <Table.Cell className="wrap-anywhere">
                <Link asChild>
                  <RouterLink to={linkTo(i)}>{i.tittel || t('reception.noSubject')}</RouterLink>
                </Link>{' '}
                {i.tittelUklar && i.status !== 'registrert' && (
                  <Tag data-size="sm" data-color="warning">
                    {t('reception.unclearTitle')}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                {extra ? (
                  extra.cell(i)
                ) : (
                  <Tag data-size="sm" data-color={i.status === 'uleselig' ? 'danger' : i.status === 'ny' ? 'info' : 'neutral'}>
                    {t(`reception.status.${i.status}`)}
                  </Tag>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
