import { Alert, Button, Field, Fieldset, Heading, Input, Label, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { UploadProgressBar } from './UploadProgressBar';
import { useUploadForm } from './use-upload-form';

export function UploadForm({ journalpostId, hasMain }: { journalpostId: string; hasMain: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const form = useUploadForm(journalpostId, hasMain);
  const types = useKodeliste('dokumenttype').map((k) => ({ value: k.code, label: `${k.code} – ${pick(k)}` }));

  return (
    <form className="stack upload-form" onSubmit={form.submit} noValidate aria-labelledby="upload-heading">
      <Heading level={3} data-size="xs" id="upload-heading">
        {t('documents.uploadHeading')}
      </Heading>
      <Field>
        <Label>{t('documents.file')}</Label>
        <Input
          ref={form.fileRef}
          type="file"
          aria-invalid={form.errors.file ? true : undefined}
          onChange={(e) => form.chooseFile(e.target.files?.[0] ?? null)}
        />
        {form.errors.file && <ValidationMessage>{form.errors.file}</ValidationMessage>}
      </Field>
      <Textfield
        ref={form.titleRef}
        label={t('documents.docTitle')}
        required
        value={form.tittel}
        onChange={(e) => form.setTittel(e.target.value)}
        error={form.errors.tittel}
      />
      <SelectField
        label={t('documents.type')}
        value={form.dokumenttype}
        onChange={form.setDokumenttype}
        options={types}
        error={form.errors.dokumenttype}
      />
      <Fieldset>
        <Fieldset.Legend>{t('documents.role')}</Fieldset.Legend>
        {(['H', 'V'] as const).map((code) => (
          <Radio
            key={code}
            name="tilknyttetRegistreringSom"
            value={code}
            label={code === 'H' ? t('documents.main') : t('documents.attachment')}
            checked={form.rolle === code}
            onChange={() => form.setRolle(code)}
          />
        ))}
      </Fieldset>
      <UploadProgressBar progress={form.upload.progress} />
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={form.server.formError} others={form.server.others} />
        {form.done && <Alert data-color="success">{form.done}</Alert>}
      </div>
      <div>
        <Button type="submit" loading={form.upload.isPending}>
          {t('documents.upload')}
        </Button>
      </div>
    </form>
  );
}
