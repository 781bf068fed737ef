import { Alert, Button, Field, Heading, Input, Label, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import { useUploadBrevmal, type Brevmal, type Maltype } from './api';
import { MALTYPER } from './kinds';

const FIELDS = ['navn', 'maltype', 'beskrivelse', 'fil'];

/** Uploading a new DOCX template: the server checks its merge fields and, for a case paper, its sections. */
export function UploadTemplateForm() {
  const { t } = useTranslation();
  const upload = useUploadBrevmal();
  const [navn, setNavn] = useState('');
  const [maltype, setMaltype] = useState<Maltype>('brev');
  const [beskrivelse, setBeskrivelse] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Brevmal | null>(null);
  const server = useServerErrors(upload.error, FIELDS);
  const error = (field: string, label: string) => missing[field] ?? server.forField(field, label);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const required = { ...(navn.trim() ? {} : { navn: t('templates.errors.name') }), ...(file ? {} : { fil: t('templates.errors.file') }) };
    setMissing(required);
    setDone(null);
    if (!file || Object.keys(required).length > 0) return;
    upload.mutate(
      { fields: { navn: navn.trim(), maltype, beskrivelse: beskrivelse.trim() }, file },
      {
        onSuccess: (created) => {
          setDone(created);
          setNavn('');
          setBeskrivelse('');
          setFile(null);
          form.reset();
        },
      },
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="upload-template-heading">
      <Heading level={2} data-size="sm" id="upload-template-heading">
        {t('templates.uploadHeading')}
      </Heading>
      <Textfield
        label={t('templates.name')}
        required
        value={navn}
        onChange={(e) => setNavn(e.target.value)}
        error={error('navn', t('templates.name'))}
      />
      <SelectField
        label={t('templates.kind')}
        value={maltype}
        onChange={(v) => setMaltype(v as Maltype)}
        options={MALTYPER.map((k) => ({ value: k, label: t(`templates.kinds.${k}`) }))}
        description={t(`templates.kindHelp.${maltype}`)}
        error={error('maltype', t('templates.kind'))}
      />
      <Textfield
        label={t('form.optional', { label: t('templates.description') })}
        value={beskrivelse}
        onChange={(e) => setBeskrivelse(e.target.value)}
        error={error('beskrivelse', t('templates.description'))}
      />
      <Field>
        <Label>{t('templates.file')}</Label>
        <Input
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={error('fil', t('templates.file')) ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {error('fil', t('templates.file')) && <ValidationMessage>{error('fil', t('templates.file'))}</ValidationMessage>}
      </Field>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
        {done && <Alert data-color="success">{t('templates.uploaded', { name: done.navn, count: done.flettefelt.length })}</Alert>}
      </div>
      <div>
        <Button type="submit" loading={upload.isPending}>
          {t('templates.upload')}
        </Button>
      </div>
    </form>
  );
}
