import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { useFieldForm, type FieldErrors } from '../common/use-field-form';
import { useAddPart } from './edit-api';

type PartField = 'partNavn' | 'partRolle';
const order: readonly PartField[] = ['partNavn', 'partRolle'];
const validate = (v: Record<PartField, string>): FieldErrors<PartField> => ({
  ...(!v.partNavn.trim() && { partNavn: 'addPart.errors.navn' }),
  ...(!v.partRolle.trim() && { partRolle: 'addPart.errors.rolle' }),
});

/** Adds a part (applicant, pupil …) to the case; the table above shows it once saved. */
export function AddPartForm({ saksmappeId }: { saksmappeId: string }) {
  const { t } = useTranslation();
  const add = useAddPart(saksmappeId);
  const form = useFieldForm({ partNavn: '', partRolle: '' }, validate, order);
  const server = useServerErrors(add.error, order);
  const [added, setAdded] = useState('');
  const field = (name: PartField, label: string) => {
    const own = form.errors[name];
    return {
      ref: form.ref(name),
      label,
      required: true,
      value: form.values[name],
      onChange: (e: { target: { value: string } }) => form.set(name)(e.target.value),
      onBlur: form.touch(name),
      error: own ? t(own) : server.forField(name, label),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.reset();
    setAdded('');
    if (!form.check()) return;
    const part = { partNavn: form.values.partNavn.trim(), partRolle: form.values.partRolle.trim() };
    add.mutate(part, {
      onSuccess: () => {
        form.reset();
        setAdded(part.partNavn);
      },
    });
  };

  return (
    <form className="stack inline-form" onSubmit={submit} noValidate aria-labelledby="add-part-heading">
      <Heading level={3} data-size="xs" id="add-part-heading">
        {t('addPart.heading')}
      </Heading>
      <div className="field-row">
        <Textfield {...field('partNavn', t('addPart.navn'))} autoComplete="off" />
        <Textfield {...field('partRolle', t('addPart.rolle'))} description={t('addPart.rolleHelp')} />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="secondary" loading={add.isPending}>
          {t('addPart.submit')}
        </Button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
        {added && <Paragraph data-size="sm">{t('addPart.added', { name: added })}</Paragraph>}
      </div>
    </form>
  );
}
