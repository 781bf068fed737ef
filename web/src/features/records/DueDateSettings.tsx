import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { useSetSvarfrister, useSvarfrister } from './svarfrist-api';

const FIELDS = ['svarfristDager', 'hasterSvarfristDager'] as const;

/** The organisation's due-date periods for incoming post: ordinary and urgent (seed 001 fase 1). */
export function DueDateSettings() {
  const { t } = useTranslation();
  const current = useSvarfrister();
  const save = useSetSvarfrister();
  const server = useServerErrors(save.error, [...FIELDS]);
  const [values, setValues] = useState({ svarfristDager: '', hasterSvarfristDager: '' });
  useEffect(() => {
    if (current.data)
      setValues({ svarfristDager: String(current.data.svarfristDager), hasterSvarfristDager: String(current.data.hasterSvarfristDager) });
  }, [current.data]);
  if (!current.data?.kanEndre) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ svarfristDager: Number(values.svarfristDager), hasterSvarfristDager: Number(values.hasterSvarfristDager) });
  };
  const field = (name: (typeof FIELDS)[number]) => (
    <Textfield
      label={t(`dueDates.${name}`)}
      type="number"
      inputMode="numeric"
      value={values[name]}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      error={server.forField(name, t(`dueDates.${name}`))}
    />
  );

  return (
    <section aria-labelledby="due-dates-heading" className="stack">
      <Heading level={2} data-size="md" id="due-dates-heading">
        {t('dueDates.heading')}
      </Heading>
      <form className="stack" onSubmit={submit} noValidate>
        <div aria-live="assertive" aria-atomic="true">
          <FormAlert error={server.formError} others={server.others} />
        </div>
        <div className="field-row">
          {field('svarfristDager')}
          {field('hasterSvarfristDager')}
        </div>
        <div aria-live="polite">{save.isSuccess && <Alert data-color="success">{t('dueDates.saved')}</Alert>}</div>
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('dueDates.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
