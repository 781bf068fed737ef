import { Alert, Button, Checkbox, Fieldset, Heading, Link, Paragraph, Radio, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { useFormat } from '../common/format';
import { FormAlert } from '../common/FormAlert';
import { MetaList } from '../common/MetaList';
import { SelectField } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import { useAnswer, useDecide, useInnsynskrav, type Del, type Innsynskrav } from './api';
import { RedactionTool } from './RedactionTool';
import './access-requests.css';

/** An access request: who asked and when it is due; each record with its documents, the redaction tool and the decision; the answer. */
export function DecisionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const krav = useInnsynskrav(id);
  const k = krav.data;
  return (
    <Page title={k ? t('accessRequests.decisionTitle', { ref: k.referanse }) : t('accessRequests.decisionTitleShort')}>
      {!k ? <QueryState query={krav} /> : <Request krav={k} />}
    </Page>
  );
}

function Request({ krav }: { krav: Innsynskrav }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswer(krav.id);
  return (
    <>
      {krav.besvartDato ? (
        <Alert data-color="success">
          <Paragraph>{t('accessRequests.answeredOn', { date: format.date(String(krav.besvartDato).slice(0, 10)) })}</Paragraph>
          {krav.svarJournalpostId && (
            <Link asChild>
              <RouterLink to={`/journalposter/${krav.svarJournalpostId}`}>{t('accessRequests.openAnswer')}</RouterLink>
            </Link>
          )}
        </Alert>
      ) : (
        krav.forfalt && (
          <Alert data-color="danger">
            <Paragraph>{t('accessRequests.overdue', { frist: format.date(krav.frist) })}</Paragraph>
          </Alert>
        )
      )}
      <MetaList
        items={[
          { label: t('accessRequests.requester'), value: [krav.bestiller.navn, krav.bestiller.epost].filter(Boolean).join(', ') },
          { label: t('accessRequests.channel'), value: t(`accessRequests.channels.${krav.kanal as 'offentlig'}`) },
          { label: t('accessRequests.receivedAt'), value: format.date(String(krav.mottattDato).slice(0, 10)) },
          { label: t('accessRequests.deadline'), value: format.date(krav.frist) },
          {
            label: t('accessRequests.requestRecord'),
            value: (
              <Link asChild>
                <RouterLink to={`/journalposter/${krav.journalpostId}`}>{krav.referanse}</RouterLink>
              </Link>
            ),
          },
        ]}
      />
      {krav.deler.map((d) => (
        <Part key={d.id} krav={krav} del={d} />
      ))}
      {!krav.besvartDato && (
        <section className="decision-part" aria-labelledby="answer-heading">
          <Heading level={2} data-size="xs" id="answer-heading">
            {t('accessRequests.answerHeading')}
          </Heading>
          <Paragraph data-size="sm">{t(`accessRequests.${answerState(krav)}`)}</Paragraph>
          <FormAlert error={answer.error} />
          <div>
            <Button disabled={!krav.kanSvare} loading={answer.isPending} onClick={() => answer.mutate()}>
              {t('accessRequests.sendAnswer')}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}

/** What the answer section says: ready to send, waiting for decisions, or (all decided) sent by someone else. */
function answerState(krav: Innsynskrav): 'answerHelp' | 'answerWaiting' | 'answerByOwner' {
  if (krav.kanSvare) return 'answerHelp';
  return krav.deler.every((d) => d.avgjoerelse !== null) ? 'answerByOwner' : 'answerWaiting';
}

function Part({ krav, del }: { krav: Innsynskrav; del: Del }) {
  const { t } = useTranslation();
  const headingId = `del-${del.id}`;
  return (
    <section className="decision-part" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {del.journalpost.journalpostId} {del.tittel ?? del.offentligTittel}
      </Heading>
      <Paragraph data-size="sm">
        {t('accessRequests.routedTo', { name: del.saksbehandler })}{' '}
        {del.avgjoerelse && (
          <Tag data-size="sm" data-color={del.avgjoerelse === 'innsyn' ? 'success' : 'warning'}>
            {t(`accessRequests.decisions.${del.avgjoerelse}`)}
          </Tag>
        )}
      </Paragraph>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/journalposter/${del.journalpost.id}`}>
            {t('accessRequests.openRecord', { number: del.journalpost.journalpostId })}
          </RouterLink>
        </Link>
      </Paragraph>
      {del.dokumenter.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('accessRequests.documents')}
          </Heading>
          <ul>
            {del.dokumenter.map((d) => (
              <li key={d.id}>
                {d.dokumentnummer}. {d.tittel}{' '}
                {d.offentligVariant && (
                  <Tag data-size="sm" data-color="info">
                    {t('accessRequests.publicVariant')}
                  </Tag>
                )}
                {d.sikkerSone && (
                  <Tag data-size="sm" data-color="warning">
                    {t('accessRequests.secureZone')}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {del.kanAvgjoere && (
        <>
          {del.dokumenter
            .filter((d) => d.pdf && !d.offentligVariant && !d.sikkerSone && d.antallSider)
            .map((d) => (
              <RedactionTool key={d.id} innsynskravId={krav.id} del={del} dokument={d} />
            ))}
          <DecisionForm krav={krav} del={del} />
        </>
      )}
    </section>
  );
}

function DecisionForm({ krav, del }: { krav: Innsynskrav; del: Del }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const hjemler = useKodeliste('innsynHjemmel') as { code: string; nb: string; en: string; taushetsplikt?: boolean }[];
  const [avgjoerelse, setAvgjoerelse] = useState<'innsyn' | 'delvis' | 'avslag'>(del.avgjoerelse ?? 'innsyn');
  const [hjemmel, setHjemmel] = useState(del.hjemmel ?? '');
  const [meroffentlighet, setMeroffentlighet] = useState(del.meroffentlighetVurdert ?? false);
  const [begrunnelse, setBegrunnelse] = useState(del.begrunnelse ?? '');
  const decide = useDecide(krav.id, del.id);
  const errors = useServerErrors(decide.error, ['hjemmel', 'meroffentlighetVurdert', 'begrunnelse']);
  const refusing = avgjoerelse !== 'innsyn';
  const taushetsplikt = hjemler.find((h) => h.code === hjemmel)?.taushetsplikt === true;
  const submit = () =>
    decide.mutate(
      refusing
        ? { avgjoerelse, hjemmel, meroffentlighetVurdert: meroffentlighet, begrunnelse: begrunnelse.trim() || null }
        : { avgjoerelse, begrunnelse: begrunnelse.trim() || null },
    );
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <Fieldset>
        <Fieldset.Legend>{t('accessRequests.decisionFor', { number: del.journalpost.journalpostId })}</Fieldset.Legend>
        {(['innsyn', 'delvis', 'avslag'] as const).map((a) => (
          <Radio
            key={a}
            name={`avgjoerelse-${del.id}`}
            value={a}
            label={t(`accessRequests.decisionOptions.${a}`)}
            checked={avgjoerelse === a}
            onChange={() => setAvgjoerelse(a)}
          />
        ))}
      </Fieldset>
      {refusing && (
        <>
          <SelectField
            label={t('accessRequests.basis')}
            value={hjemmel}
            onChange={setHjemmel}
            emptyLabel={t('accessRequests.chooseBasis')}
            options={hjemler.map((h) => ({ value: h.code, label: pick(h) }))}
            error={errors.forField('hjemmel', t('accessRequests.basis'))}
          />
          <Checkbox
            label={t('accessRequests.meroffentlighet')}
            description={taushetsplikt ? t('accessRequests.meroffentlighetSecrecy') : t('accessRequests.meroffentlighetHelp')}
            checked={meroffentlighet}
            onChange={(e) => setMeroffentlighet(e.target.checked)}
            error={errors.forField('meroffentlighetVurdert', t('accessRequests.meroffentlighetShort'))}
          />
        </>
      )}
      <Textfield
        multiline
        rows={2}
        label={t('accessRequests.reason')}
        value={begrunnelse}
        onChange={(e) => setBegrunnelse(e.target.value)}
      />
      <FormAlert error={errors.formError} others={errors.others} />
      <div>
        <Button type="submit" loading={decide.isPending}>
          {t('accessRequests.saveDecision')}
        </Button>
      </div>
    </form>
  );
}
