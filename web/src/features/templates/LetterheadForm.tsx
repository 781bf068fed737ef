import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { useBrevhode, useSaveBrevhode, type Brevhode } from './api';

const FIELDS = ['postadresse', 'postnummer', 'poststed', 'telefon', 'epost', 'nettside'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

const toValues = (b: Brevhode): Values => Object.fromEntries(FIELDS.map((f) => [f, b[f] ?? ''])) as Values;

/** The letterhead's address and contact lines (the organisation's name and number come from the organisation). */
export function LetterheadForm() {
  const { t } = useTranslation();
  const brevhode = useBrevhode();
  const save = useSaveBrevhode();
  const [values, setValues] = useState<Values | null>(null);
  const server = useServerErrors(save.error, FIELDS);
  useEffect(() => {
    if (brevhode.data && values === null) setValues(toValues(brevhode.data));
  }, [brevhode.data, values]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values) save.mutate(Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null])));
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="letterhead-heading">
      <Heading level={2} data-size="sm" id="letterhead-heading">
        {t('templates.letterheadHeading')}
      </Heading>
      {values && (
        <div className="field-row">
          {FIELDS.map((f) => (
            <Textfield
              key={f}
              label={t('form.optional', { label: t(`templates.letterhead.${f}`) })}
              value={values[f]}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
              error={server.forField(f, t(`templates.letterhead.${f}`))}
            />
          ))}
        </div>
      )}
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
        {save.isSuccess && <Alert data-color="success">{t('templates.letterheadSaved')}</Alert>}
      </div>
      <div>
        <Button type="submit" loading={save.isPending} disabled={!values}>
          {t('templates.saveLetterhead')}
        </Button>
      </div>
    </form>
  );
}
