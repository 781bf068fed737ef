import { Button, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTilgangskodeOptions } from '../../access-admin/api';
import { FormAlert } from '../common/FormAlert';
import { useUnitOptions, useUserOptions } from '../common/people';
import { SelectField, type Option } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import type { Saksmappe } from './api';
import { editCaseFieldOrder, type EditCaseField } from './edit-case-values';
import { useEditCaseForm } from './use-edit-case-form';

export function EditCaseForm({ sak }: { sak: Saksmappe }) {
  const { t } = useTranslation();
  const form = useEditCaseForm(sak);
  const server = useServerErrors(form.update.error, editCaseFieldOrder);
  const units = useUnitOptions();
  const users = useUserOptions();
  const tilgangskoder = useTilgangskodeOptions(sak.tilgangskode);
  const field = (name: EditCaseField, label: string, optional = false) => {
    const own = form.errors[name];
    return {
      ref: form.ref(name),
      label: optional ? t('form.optional', { label }) : label,
      required: !optional,
      value: form.values[name],
      onBlur: form.touch(name),
      error: own ? t(own) : server.forField(name, label),
    };
  };
  const text = (name: EditCaseField, label: string, optional = false) => ({
    ...field(name, label, optional),
    onChange: (e: { target: { value: string } }) => form.set(name)(e.target.value),
  });
  const select = (name: EditCaseField, label: string, options: Option[], emptyLabel = t('newCase.choose'), optional = false) => ({
    ...field(name, label, optional),
    onChange: form.set(name),
    options,
    emptyLabel,
  });

  return (
    <form className="stack edit-form" onSubmit={form.submit} noValidate>
      <div aria-live="assertive" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
      </div>
      <Textfield {...text('tittel', t('newCase.tittel'))} />
      <Textfield {...text('offentligTittel', t('newCase.offentligTittel'), true)} description={t('newCase.offentligTittelHelp')} />
      <Textfield {...text('beskrivelse', t('editCase.beskrivelse'), true)} multiline rows={4} />
      <Textfield {...text('saksdato', t('newCase.saksdato'))} type="date" />
      <SelectField {...select('administrativEnhetId', t('newCase.enhet'), units)} />
      <SelectField {...select('saksansvarligId', t('newCase.saksansvarlig'), users)} />
      <Textfield {...text('obsDato', t('cases.obsDate'), true)} type="date" description={t('editCase.obsDatoHelp')} />
      <SelectField {...select('tilgangskode', t('editCase.tilgangskode'), tilgangskoder, t('editCase.noTilgangskode'), true)} />
      <div className="form-actions">
        <Button type="submit" loading={form.update.isPending}>
          {t('editCase.submit')}
        </Button>
        <Button variant="tertiary" asChild>
          <RouterLink to={`/saker/${sak.id}`}>{t('newCase.cancel')}</RouterLink>
        </Button>
      </div>
    </form>
  );
}
