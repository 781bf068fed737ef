import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../app/QueryState';
import { useSvar, type SvarOgEkspedering } from './svar-api';

interface Props {
  id: string;
  number: string;
}

/**
 * The record's answers and dispatch (issue 14 items 1, 3, 6): what it
 * answers and is answered by, its write-offs and its dispatch per
 * recipient. «Besvar», «Foreløpig svar», «Besvar uten å avskrive»,
 * «Avskriv» and «Ekspeder» are the routine's activities, shown with the
 * others (`ActivityActions`).
 */
export function AnswerSection({ id, number }: Props) {
  const { t } = useTranslation();
  const svar = useSvar(id);
  if (!svar.data) return <QueryState query={svar} />;
  const s = svar.data;
  if (s.besvarer.length + s.besvartAv.length + s.avskrivninger.length + s.ekspedering.length === 0) return null;
  return (
    <section aria-labelledby={`svar-${id}`} className="stack">
      <Heading level={2} data-size="sm" id={`svar-${id}`}>
        {t('answers.heading')}
      </Heading>
      <Links title={t('answers.answers')} items={s.besvarer} />
      <Links title={t('answers.answeredBy')} items={s.besvartAv} />
      {s.avskrivninger.length > 0 && (
        <Paragraph>
          {t('answers.writtenOff')}:{' '}
          {s.avskrivninger
            .map((a) =>
              [`${a.avskrivningsmaate} ${a.avskrivningsdato}`, a.mottaker && t('answers.forRecipient', { name: a.mottaker }), a.merknad]
                .filter(Boolean)
                .join(' – '),
            )
            .join('; ')}
        </Paragraph>
      )}
      {s.ekspedering.length > 0 && <DispatchTable items={s.ekspedering} caption={t('answers.dispatchCaption', { number })} />}
    </section>
  );
}

function Links({ title, items }: { title: string; items: SvarOgEkspedering['besvarer'] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Paragraph>
      {title}:{' '}
      {items.map((l, i) => (
        <span key={l.id}>
          {i > 0 && ', '}
          <Link asChild>
            <RouterLink to={`/journalposter/${l.id}`}>{l.registreringsID}</RouterLink>
          </Link>{' '}
          ({l.journalposttype}, {t(`answers.how.${l.svarmaate}`)}, {l.journalstatus})
        </span>
      ))}
    </Paragraph>
  );
}

function DispatchTable({ items, caption }: { items: SvarOgEkspedering['ekspedering']; caption: string }) {
  const { t, i18n } = useTranslation();
  const when = (d: string | null) => (d ? new Date(d).toLocaleString(i18n.language) : '');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('answers.recipient')}</Table.HeaderCell>
            <Table.HeaderCell>{t('answers.channel')}</Table.HeaderCell>
            <Table.HeaderCell>{t('answers.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('answers.sent')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell>{e.mottaker}</Table.Cell>
              <Table.Cell>{t(`answers.channels.${e.kanal}`)}</Table.Cell>
              <Table.Cell>
                {t(`answers.statuses.${e.status}`)}
                {e.feilmelding ? ` – ${e.feilmelding}` : ''}
              </Table.Cell>
              <Table.Cell>{when(e.sendtDato)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
