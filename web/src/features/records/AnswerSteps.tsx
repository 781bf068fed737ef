import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SelectField } from '../common/SelectField';
import { TemplatePicker } from '../templates/TemplatePicker';
import { StepDialog } from '../worklists/StepDialog';
import type { ActivityFormProps } from '../routines/activity-forms';
import { codeOf } from '../common/code-lists';
import { useJournalpost } from './api';
import { useBesvar, useEkspeder, useSvar, type Kanal, type SvarOgEkspedering, type Svarmaate } from './svar-api';

const SVARTYPER = ['U', 'N', 'X'] as const;

/**
 * «Besvar», «Foreløpig svar», «Besvar uten å avskrive» (seed 002 10.2.2 step
 * 2): the answer is a new letter or note from a template in the same case;
 * once registered, its page opens (edit the document, finish, dispatch).
 */
function AnswerDialog({ id, number, type, svarmaate }: { id: string; number: string; type: string; svarmaate: Svarmaate }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const besvar = useBesvar(id);
  const [form, setForm] = useState({ journalposttype: type === 'I' ? 'U' : 'N', brevmalId: '', tittel: '' });
  return (
    <StepDialog
      id={`besvar-${svarmaate}-${id}`}
      label={t(`answers.buttons.${svarmaate}`)}
      heading={t(`answers.headings.${svarmaate}`, { number })}
      pending={besvar.isPending}
      error={besvar.error}
      disabled={!form.brevmalId}
      submitLabel={t('answers.register')}
      onSubmit={(done) =>
        besvar.mutate(
          {
            svarmaate,
            journalposttype: form.journalposttype as (typeof SVARTYPER)[number],
            brevmalId: form.brevmalId,
            tittel: form.tittel.trim() || null,
          },
          {
            onSuccess: (svar) => {
              done();
              void navigate(`/journalposter/${svar.id}`);
            },
          },
        )
      }
    >
      <SelectField
        label={t('answers.type')}
        value={form.journalposttype}
        onChange={(journalposttype) => setForm({ ...form, journalposttype, brevmalId: '' })}
        options={SVARTYPER.map((s) => ({ value: s, label: t(`answers.types.${s}`) }))}
      />
      <TemplatePicker
        journalposttype={form.journalposttype}
        value={form.brevmalId}
        onChange={(brevmalId) => setForm({ ...form, brevmalId })}
      />
      <Textfield
        label={t('answers.title')}
        description={t('answers.titleHelp', { number })}
        value={form.tittel}
        onChange={(e) => setForm({ ...form, tittel: e.target.value })}
      />
    </StepDialog>
  );
}

/** The answered record's type (the answer's default: a letter to a letter, a note to a note), read with the page's record. */
function AnswerActivity({ objectId, number, svarmaate }: ActivityFormProps & { svarmaate: Svarmaate }) {
  const jp = useJournalpost(objectId);
  return jp.data ? <AnswerDialog id={objectId} number={number} type={codeOf(jp.data.journalposttype) ?? ''} svarmaate={svarmaate} /> : null;
}

/** The routine's «Besvar og avskriv». */
export const AnswerAndWriteOffActivity = (p: ActivityFormProps) => <AnswerActivity {...p} svarmaate="avskriv" />;
/** The routine's «Foreløpig svar». */
export const InterimAnswerActivity = (p: ActivityFormProps) => <AnswerActivity {...p} svarmaate="forelopig" />;
/** The routine's «Besvar uten å avskrive». */
export const AnswerOnlyActivity = (p: ActivityFormProps) => <AnswerActivity {...p} svarmaate="uten" />;

/**
 * «Ekspeder» (seed 001 «Rutine for ekspedering»): each recipient with the
 * channel proposed for it, which the case worker may change among those
 * that reach it; internal recipients get the note at once.
 */
/** The routine's activity «Ekspeder»: the recipients with their proposed channels, read when the button is shown. */
export function DispatchActivity({ objectId, number }: ActivityFormProps) {
  const svar = useSvar(objectId);
  return svar.data ? <DispatchDialog id={objectId} number={number} forslag={svar.data.forslag} /> : null;
}

function DispatchDialog({ id, number, forslag }: { id: string; number: string; forslag: SvarOgEkspedering['forslag'] }) {
  const { t } = useTranslation();
  const ekspeder = useEkspeder(id);
  const [kanaler, setKanaler] = useState<Record<string, Kanal>>({});
  const kanalOf = (f: SvarOgEkspedering['forslag'][number]) => kanaler[f.korrespondansepartId] ?? f.kanal;
  return (
    <StepDialog
      id={`ekspeder-${id}`}
      label={t('answers.dispatch')}
      heading={t('answers.dispatchHeading', { number })}
      pending={ekspeder.isPending}
      error={ekspeder.error}
      disabled={forslag.length === 0}
      submitLabel={t('answers.dispatch')}
      onSubmit={(done) =>
        ekspeder.mutate(
          { mottakere: forslag.map((f) => ({ korrespondansepartId: f.korrespondansepartId, kanal: kanalOf(f) })) },
          { onSuccess: done },
        )
      }
    >
      {forslag.length === 0 && <p>{t('answers.noRecipients')}</p>}
      {forslag.map((f) => (
        <SelectField
          key={f.korrespondansepartId}
          label={t('answers.channelFor', { name: f.mottaker })}
          value={kanalOf(f)}
          onChange={(k) => setKanaler({ ...kanaler, [f.korrespondansepartId]: k as Kanal })}
          options={f.muligeKanaler.map((k) => ({ value: k, label: t(`answers.channels.${k}`) }))}
        />
      ))}
    </StepDialog>
  );
}
