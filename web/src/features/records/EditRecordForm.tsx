import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { activeRole, useSession } from '../../auth/session';
import { codeOf } from '../common/code-lists';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { editRecordFieldOrder, type EditRecordField } from './edit-record-values';
import type { Journalpost } from './types';
import { useEditRecordForm } from './use-edit-record-form';

export function EditRecordForm({ jp }: { jp: Journalpost }) {
  const { t } = useTranslation();
  const form = useEditRecordForm(jp);
  const server = useServerErrors(form.update.error, editRecordFieldOrder);
  const session = useSession();
  const archive = session.data ? activeRole(session.data)?.rolle === 'ARK' : false;
  const letter = ['I', 'U'].includes(codeOf(jp.journalposttype));
  const checkbox = (name: 'haster' | 'dokumentmedium', on: string, label: string, description: string) => (
    <Checkbox
      label={label}
      description={description}
      checked={form.values[name] === on}
      onChange={(e) => form.set(name)(e.target.checked ? on : name === 'haster' ? 'false' : '')}
      error={server.forField(name, label)}
    />
  );
  const field = (name: EditRecordField, label: string, optional = false) => {
    const own = form.errors[name];
    return {
      ref: form.ref(name),
      label: optional ? t('form.optional', { label }) : label,
      required: !optional,
      value: form.values[name],
      onChange: (e: { target: { value: string } }) => form.set(name)(e.target.value),
      onBlur: form.touch(name),
      error: own ? t(own) : server.forField(name, label),
    };
  };

  return (
    <form className="stack edit-form" onSubmit={form.submit} noValidate>
      <div aria-live="assertive" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
      </div>
      <Textfield {...field('tittel', t('newRecord.tittel'))} />
      <Textfield {...field('offentligTittel', t('newRecord.offentligTittel'), true)} description={t('newCase.offentligTittelHelp')} />
      <div className="field-row">
        <Textfield {...field('dokumentetsDato', t('newRecord.dokumentetsDato'), true)} type="date" />
        {form.incoming && <Textfield {...field('mottattDato', t('newRecord.mottattDato'))} type="date" />}
        <Textfield {...field('forfallsdato', t('newRecord.forfallsdato'), true)} type="date" />
      </div>
      {form.incoming && checkbox('haster', 'true', t('newRecord.haster'), t('editRecord.hasterHelp'))}
      {archive && letter && checkbox('dokumentmedium', 'F', t('newRecord.kunPapir'), t('newRecord.kunPapirHelp'))}
      <Textfield {...field('antallVedlegg', t('editRecord.antallVedlegg'), true)} type="number" min={0} max={10000} inputMode="numeric" />
      <div className="form-actions">
        <Button type="submit" loading={form.update.isPending}>
          {t('editCase.submit')}
        </Button>
        <Button variant="tertiary" asChild>
          <RouterLink to={`/journalposter/${jp.id}`}>{t('newCase.cancel')}</RouterLink>
        </Button>
      </div>
    </form>
  );
}
