import { Alert, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { PublicLayout } from '../../auth/PublicLayout';
import { useFormat } from '../common/format';
import { useKvittering } from './api';

/** The requester's receipt (no login, by its key): received, deadline, the records and, once answered, each decision. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { orgnr = '', kvittering = '' } = useParams();
  const receipt = useKvittering(orgnr, kvittering);
  const k = receipt.data;
  return (
    <PublicLayout>
      <Page title={t('accessRequests.receiptTitle')}>
        {!k ? (
          <QueryState query={receipt} />
        ) : (
          <>
            <Alert data-color={k.besvart ? 'success' : 'info'}>
              <Paragraph>
                {k.besvart
                  ? t('accessRequests.answered', { date: format.date(String(k.besvartDato).slice(0, 10)) })
                  : t('accessRequests.received', { org: k.organisasjon, frist: format.date(k.frist) })}
              </Paragraph>
            </Alert>
            <Paragraph>{t('accessRequests.reference', { ref: k.referanse })}</Paragraph>
            <Paragraph data-size="sm">{t('accessRequests.keepLink')}</Paragraph>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('accessRequests.records')}>
              <Table border>
                <caption>{t('accessRequests.records')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('accessRequests.number')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('accessRequests.title')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('accessRequests.decision')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {k.journalposter.map((j) => (
                    <Table.Row key={j.journalpostId}>
                      <Table.Cell className="nowrap">{j.journalpostId}</Table.Cell>
                      <Table.Cell>{j.offentligTittel}</Table.Cell>
                      <Table.Cell>
                        {j.avgjoerelse ? t(`accessRequests.decisions.${j.avgjoerelse}`) : t('accessRequests.pending')}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        )}
      </Page>
    </PublicLayout>
  );
}
