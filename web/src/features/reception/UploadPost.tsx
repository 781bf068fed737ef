import { Alert, Button, Details, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../../app/shell-context';
import { FormAlert } from '../common/FormAlert';
import { useUploadPost } from './api';

/** Scanned letters and saved e-mail into the queue; the server decides by content what each file is. */
export function UploadPost() {
  const { t } = useTranslation();
  const { session } = useShell();
  const upload = useUploadPost(session.csrfToken);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [modus, setModus] = useState<'hver' | 'samlet'>('hver');
  const [sider, setSider] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (files.length === 0) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    upload.mutate(
      { files, modus, sider },
      {
        onSuccess: () => {
          setFiles([]);
          setSider('');
          if (input.current) input.current.value = '';
        },
      },
    );
  };
  const done = upload.data;

  return (
    <Details>
      <Details.Summary>{t('reception.upload.heading')}</Details.Summary>
      <Details.Content>
        <form className="stack" onSubmit={submit} noValidate>
          <div className="stack-sm">
            <label htmlFor={inputId} className="ds-label">
              {t('reception.upload.files')}
            </label>
            <Paragraph data-size="sm" id={`${inputId}-help`}>
              {t('reception.upload.filesHelp')}
            </Paragraph>
            <input
              ref={input}
              id={inputId}
              type="file"
              multiple
              accept=".pdf,.tif,.tiff,.png,.jpg,.jpeg,.eml,application/pdf,image/*,message/rfc822"
              aria-describedby={`${inputId}-help`}
              aria-invalid={missing || undefined}
              onChange={(e) => {
                setFiles(Array.from(e.target.files ?? []));
                setMissing(false);
              }}
            />
            {missing && (
              <Paragraph data-size="sm" className="field-error" role="alert">
                {t('reception.upload.chooseFiles')}
              </Paragraph>
            )}
          </div>
          {files.length > 1 && (
            <Fieldset>
              <Fieldset.Legend>{t('reception.upload.mode')}</Fieldset.Legend>
              <Radio
                name="modus"
                value="hver"
                label={t('reception.upload.modeEach')}
                checked={modus === 'hver'}
                onChange={() => setModus('hver')}
              />
              <Radio
                name="modus"
                value="samlet"
                label={t('reception.upload.modeTogether')}
                checked={modus === 'samlet'}
                onChange={() => setModus('samlet')}
              />
            </Fieldset>
          )}
          {files.length === 1 && !/\.eml$/i.test(files[0]!.name) && (
            <Textfield
              label={t('form.optional', { label: t('reception.upload.pages') })}
              description={t('reception.upload.pagesHelp')}
              value={sider}
              onChange={(e) => setSider(e.target.value)}
            />
          )}
          <div aria-live="polite" aria-atomic="true">
            <FormAlert error={upload.error} />
            {done && !upload.error && (
              <Alert data-color="success">
                {t('reception.upload.done', {
                  created: done.filter((d) => !d.duplikat).length,
                  duplicates: done.filter((d) => d.duplikat).length,
                })}
              </Alert>
            )}
          </div>
          <div className="form-actions">
            <Button type="submit" loading={upload.isPending}>
              {t('reception.upload.submit')}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
