import { Alert, Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { fieldSentence, useErrorText } from '../api/use-error-text';
import { useLanguage } from '../i18n/use-language';
import { useCreateEnhet, type Enhet } from './api';

const empty = { kortnavn: '', navn: '', overordnetEnhetId: '' };

export function CreateUnitForm({ units }: { units: readonly Enhet[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const errorText = useErrorText();
  const create = useCreateEnhet();
  const [values, setValues] = useState(empty);
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState('');
  const refs = { kortnavn: useRef<HTMLInputElement>(null), navn: useRef<HTMLInputElement>(null) };

  const missing = {
    kortnavn: touched && !values.kortnavn.trim() ? t('admin.shortNameRequired') : undefined,
    navn: touched && !values.navn.trim() ? t('admin.unitNameRequired') : undefined,
  };
  const serverField = (field: 'kortnavn' | 'navn', label: string) => {
    const message = create.error instanceof ApiError ? create.error.fieldMessage(field) : undefined;
    return message ? fieldSentence(label, pick(message)) : undefined;
  };
  const set = (field: keyof typeof empty) => (value: string) => setValues({ ...values, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setCreated('');
    create.reset();
    const first = (['kortnavn', 'navn'] as const).find((f) => !values[f].trim());
    if (first) return refs[first].current?.focus();
    const input = { kortnavn: values.kortnavn.trim(), navn: values.navn.trim() };
    const parent = values.overordnetEnhetId ? { overordnetEnhetId: values.overordnetEnhetId } : {};
    create.mutate(
      { ...input, ...parent },
      {
        onSuccess: () => {
          setCreated(t('admin.unitCreated', { name: input.navn }));
          setValues(empty);
          setTouched(false);
        },
      },
    );
  };

  const formError = create.error instanceof ApiError && create.error.fieldErrors.length > 0 ? null : create.error;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="create-unit-heading">
      <Heading level={3} data-size="xs" id="create-unit-heading">
        {t('admin.createUnitHeading')}
      </Heading>
      <div aria-live="polite" aria-atomic="true">
        {formError && <Alert data-color="danger">{errorText(formError)}</Alert>}
        {created && <Alert data-color="success">{created}</Alert>}
      </div>
      <Textfield
        ref={refs.kortnavn}
        label={t('admin.shortName')}
        description={t('admin.shortNameHelp')}
        required
        value={values.kortnavn}
        onChange={(e) => set('kortnavn')(e.target.value)}
        error={missing.kortnavn ?? serverField('kortnavn', t('admin.shortName'))}
      />
      <Textfield
        ref={refs.navn}
        label={t('admin.unitName')}
        required
        value={values.navn}
        onChange={(e) => set('navn')(e.target.value)}
        error={missing.navn ?? serverField('navn', t('admin.unitName'))}
      />
      <Field>
        <Label>{t('admin.parentUnit')}</Label>
        <Select value={values.overordnetEnhetId} onChange={(e) => set('overordnetEnhetId')(e.target.value)}>
          <Select.Option value="">{t('admin.noParent')}</Select.Option>
          {[...units]
            .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'))
            .map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {`${unit.navn} (${unit.kortnavn})`}
              </Select.Option>
            ))}
        </Select>
      </Field>
      <Button type="submit" loading={create.isPending}>
        {t('admin.createUnit')}
      </Button>
    </form>
  );
}
