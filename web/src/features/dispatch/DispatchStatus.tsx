import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../common/DataTable';
import { FormAlert } from '../common/FormAlert';
import { useFormat } from '../common/format';
import { useProvEkspederingIgjen, useSvarOgEkspedering, type Ekspedering } from './api';

const COLOR = { venter: 'info', sendt: 'success', feilet: 'danger' } as const;

interface Props {
  journalpostId: string;
  number: string;
  /** The reader may dispatch this record (the change rule's status change): they may also try a failed dispatch again. */
  canRetry: boolean;
}

/**
 * «Ekspedering» on the record page: each recipient's channel, whether it was
 * sent (and when), is waiting for its channel, or failed and why. Shown
 * once the record is dispatched; a failure is in plain sight, with «Prøv igjen».
 */
export function DispatchStatus({ journalpostId, number, canRetry }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const svar = useSvarOgEkspedering(journalpostId);
  const retry = useProvEkspederingIgjen(journalpostId);
  const rows = svar.data?.ekspedering ?? [];
  if (rows.length === 0) return null;
  const failed = rows.filter((e) => e.status === 'feilet').length;

  const row = (e: Ekspedering) => (
    <Table.Row key={e.id}>
      <Table.Cell>{e.mottaker}</Table.Cell>
      <Table.Cell>{t(`dispatch.channel.${e.kanal}`)}</Table.Cell>
      <Table.Cell>
        <Tag data-color={COLOR[e.status]} data-size="sm">
          {t(`dispatch.status.${e.status}`)}
        </Tag>
      </Table.Cell>
      <Table.Cell className="nowrap">{format.dateTime(e.sendtDato ?? e.ekspedertDato)}</Table.Cell>
      <Table.Cell>{e.status === 'feilet' ? (e.feilmelding ?? '') : ''}</Table.Cell>
    </Table.Row>
  );

  return (
    <section aria-labelledby="dispatch-heading" className="stack">
      <Heading level={2} data-size="sm" id="dispatch-heading">
        {t('dispatch.heading')}
      </Heading>
      {failed > 0 && <Paragraph>{t('dispatch.failedIntro', { count: failed })}</Paragraph>}
      <DataTable
        caption={t('dispatch.caption', { number })}
        headers={[
          t('dispatch.recipient'),
          t('dispatch.channelHeading'),
          t('dispatch.statusHeading'),
          t('dispatch.date'),
          t('dispatch.error'),
        ]}
      >
        {rows.map(row)}
      </DataTable>
      <FormAlert error={retry.error} />
      {failed > 0 && canRetry && (
        <div>
          <Button variant="secondary" loading={retry.isPending} onClick={() => retry.mutate()}>
            {t('dispatch.retry')}
          </Button>
        </div>
      )}
    </section>
  );
}
