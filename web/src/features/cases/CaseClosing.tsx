import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import type { Messages } from '../../i18n/nb';
import { useLanguage } from '../../i18n/use-language';
import { FormAlert } from '../common/FormAlert';
import { saksmappeKey, useSetSaksstatus } from './api';

type Avslutning = ApiResponse<'/api/saksmapper/{id}/avslutning'>;

export const avslutningKey = (id: string) => [...saksmappeKey(id), 'avslutning'] as const;

type Closed = keyof Messages['closing']['done'];

/**
 * Closing a case in the routine's words (seed 001, «Rutine for avslutning av
 * saker»): what is still open (the I and N records not written off, the
 * records not journalført), and the routine's closing activities open to the
 * reader (its group `avslutning`, named by the routine) — «Ønskes avsluttet»
 * for the case worker, «Avslutt saken», «Send tilbake til saksbehandler» and
 * «Gjenåpne saken» for the archive. A closed case takes no new records: the
 * reader is offered a new case instead.
 */
export function CaseClosing({ id, saksstatus }: { id: string; saksstatus: string }) {
  const { t, i18n } = useTranslation();
  const { pick } = useLanguage();
  const check = useQuery({
    queryKey: [...avslutningKey(id), saksstatus],
    queryFn: () => api<Avslutning>(`/api/saksmapper/${encodeURIComponent(id)}/avslutning`),
  });
  const setStatus = useSetSaksstatus(id);
  const [done, setDone] = useState('');
  const c = check.data;
  if (!c) return null;
  const closed = c.saksstatus === 'A';
  const open = c.ikkeAvskrevet;
  return (
    <section aria-labelledby="closing-heading" className="stack">
      <Heading level={2} data-size="xs" id="closing-heading">
        {t('closing.heading')}
      </Heading>
      {closed && (
        <Paragraph data-size="sm">
          {t('closing.closedCase')}{' '}
          <Link asChild>
            <RouterLink to="/saker/ny">{t('closing.newCase')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {!closed && open.total === 0 && <Paragraph data-size="sm">{t('closing.allWrittenOff')}</Paragraph>}
      {!closed && open.total > 0 && (
        <Table data-size="sm">
          <caption>{t('closing.openCaption', { count: open.total })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('closing.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('closing.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('closing.caseWorker')}</Table.HeaderCell>
              <Table.HeaderCell>{t('closing.due')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {open.items.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/journalposter/${r.id}`}>{`${r.journalpostId} (${r.journalposttype})`}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{r.tittel}</Table.Cell>
                <Table.Cell>{r.saksbehandler ?? ''}</Table.Cell>
                <Table.Cell>{r.forfallsdato ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!closed && c.ikkeFerdige > 0 && <Paragraph data-size="sm">{t('closing.unfinished', { count: c.ikkeFerdige })}</Paragraph>}
      {c.steg.length > 0 && (
        <div className="button-row">
          {c.steg.map((s) => {
            const label = pick(s.navn);
            // What happened in the routine's own words where it has them, else «… er utført».
            const doneKey = `closing.done.${s.aktivitet}`;
            const outcome = () =>
              i18n.exists(doneKey) ? t(`closing.done.${s.aktivitet as Closed}`) : t('activities.done', { activity: label });
            return (
              <Button
                key={s.aktivitet}
                variant="secondary"
                data-size="sm"
                disabled={!s.mulig}
                loading={setStatus.isPending && setStatus.variables === s.saksstatus}
                onClick={() => {
                  setDone('');
                  setStatus.mutate(s.saksstatus, { onSuccess: () => setDone(outcome()) });
                }}
              >
                {label}
              </Button>
            );
          })}
        </div>
      )}
      <div aria-live="polite" aria-atomic="true">
        {setStatus.error ? <FormAlert error={setStatus.error} /> : done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
    </section>
  );
}
