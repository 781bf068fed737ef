import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import { TemplatePicker } from '../templates/TemplatePicker';
import { PartyRows } from './PartyRows';
import { recordFieldOrder } from './record-validation';
import { useNewRecordForm } from './use-new-record-form';

export function NewRecordForm({ saksmappeId }: { saksmappeId: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const form = useNewRecordForm(saksmappeId);
  const { values, set, touch, ref } = form;
  const server = useServerErrors(form.register.error, recordFieldOrder(values));
  const error = (path: string, label: string) => {
    const own = form.errors[path];
    return own ? t(own) : server.forField(path, label);
  };
  const types = useKodeliste('journalposttype').map((k) => ({ value: k.code, label: `${k.code} – ${pick(k)}` }));
  const date = (field: 'dokumentetsDato' | 'mottattDato' | 'forfallsdato', label: string, required = false) => (
    <Textfield
      ref={ref(field)}
      type="date"
      label={required ? label : t('form.optional', { label })}
      required={required}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      onBlur={touch(field)}
      error={error(field, label)}
    />
  );

  return (
    <form className="stack" onSubmit={form.submit} noValidate>
      <Paragraph>{t('form.allRequired')}</Paragraph>
      <div aria-live="assertive" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
      </div>
      <SelectField
        ref={ref('journalposttype')}
        label={t('newRecord.type')}
        required
        value={values.journalposttype}
        onChange={form.setType}
        onBlur={touch('journalposttype')}
        options={types}
        error={error('journalposttype', t('newRecord.type'))}
      />
      <TemplatePicker
        ref={ref('brevmalId')}
        journalposttype={values.journalposttype}
        value={values.brevmalId}
        onChange={(id) => set('brevmalId', id)}
        onBlur={touch('brevmalId')}
        error={error('brevmalId', t('templates.pick'))}
      />
      <Textfield
        ref={ref('tittel')}
        label={t('newRecord.tittel')}
        required
        value={values.tittel}
        onChange={(e) => set('tittel', e.target.value)}
        onBlur={touch('tittel')}
        error={error('tittel', t('newRecord.tittel'))}
      />
      <Textfield
        ref={ref('offentligTittel')}
        label={t('form.optional', { label: t('newRecord.offentligTittel') })}
        description={t('newCase.offentligTittelHelp')}
        value={values.offentligTittel}
        onChange={(e) => set('offentligTittel', e.target.value)}
        error={error('offentligTittel', t('newRecord.offentligTittel'))}
      />
      <div className="field-row">
        {date('dokumentetsDato', t('newRecord.dokumentetsDato'))}
        {values.journalposttype === 'I' && date('mottattDato', t('newRecord.mottattDato'), true)}
        {date('forfallsdato', t('newRecord.forfallsdato'))}
      </div>
      <PartyRows
        parter={values.parter}
        onChange={form.setParty}
        onAdd={form.addParty}
        onRemove={form.removeParty}
        touch={touch}
        refFor={ref}
        error={error}
      />
      <div className="form-actions">
        <Button type="submit" loading={form.register.isPending}>
          {t('newRecord.submit')}
        </Button>
        <Button variant="tertiary" asChild>
          <RouterLink to={`/saker/${saksmappeId}`}>{t('newCase.cancel')}</RouterLink>
        </Button>
      </div>
    </form>
  );
}
