import { Button, Textfield } from '@digdir/designsystemet-react';
import type { ChangeEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useUnitOptions, useUserOptions } from '../common/people';
import { SelectField, type Option } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import { caseServerFields, caseServerName, type CaseField } from './case-validation';
import { ClassField } from './ClassField';
import { CaseSuggestions } from './CaseSuggestions';
import { useNewCaseForm } from './use-new-case-form';

export function NewCaseForm() {
  const { t } = useTranslation();
  const form = useNewCaseForm();
  const { values, set, touch, ref } = form;
  const server = useServerErrors(form.create.error, caseServerFields);
  const units = useUnitOptions();
  const users = useUserOptions();
  const error = (field: CaseField, label: string) => {
    const own = form.errors[field];
    return own ? t(own) : server.forField(caseServerName[field] ?? field, label);
  };
  const arkivdeler = (form.arkivdeler.data?.items ?? [])
    .filter((a) => ['A', 'O'].includes(a.arkivdelstatus.code))
    .map((a) => ({ value: a.id, label: a.tittel }));
  const field = (name: CaseField, label: string) => ({
    ref: ref(name),
    label,
    value: values[name],
    onBlur: touch(name),
    error: error(name, label),
  });
  const text = (name: CaseField, label: string) => ({
    ...field(name, label),
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(name)(e.target.value),
  });
  const select = (name: CaseField, label: string, options: Option[]) => ({
    ...field(name, label),
    onChange: set(name),
    options,
    emptyLabel: t('newCase.choose'),
    required: true,
  });
  const byValue = Boolean(form.system?.verdiformat);

  return (
    <form className="stack new-case-form" onSubmit={form.submit} noValidate>
      <div aria-live="assertive" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
      </div>
      <Textfield {...text('tittel', t('newCase.tittel'))} required />
      {/* Right under the title, where the eye and the screen reader are while typing. */}
      <CaseSuggestions
        title={values.tittel}
        object={
          form.system?.verdiformat === 'gnrbnr'
            ? { gnrBnr: values.klasseverdi }
            : form.system?.verdiformat === 'fnr'
              ? { foedselsnummer: values.klasseverdi }
              : undefined
        }
      />
      <Textfield
        {...text('offentligTittel', t('newCase.offentligTittel'))}
        label={t('form.optional', { label: t('newCase.offentligTittel') })}
        description={t('newCase.offentligTittelHelp')}
      />
      <SelectField {...select('arkivdelId', t('newCase.arkivdel'), arkivdeler)} />
      <ClassField
        system={form.system}
        klasser={form.klasser}
        klasseId={values.klasseId}
        klasseverdi={values.klasseverdi}
        onKlasse={set('klasseId')}
        onVerdi={set('klasseverdi')}
        onBlur={touch(byValue ? 'klasseverdi' : 'klasseId')}
        error={byValue ? error('klasseverdi', t('newCase.klasseverdiShort')) : error('klasseId', t('newCase.klasse'))}
        selectRef={ref('klasseId')}
        inputRef={ref('klasseverdi')}
      />
      <SelectField {...select('administrativEnhetId', t('newCase.enhet'), units)} />
      <SelectField {...select('saksansvarligId', t('newCase.saksansvarlig'), users)} />
      <Textfield {...text('saksdato', t('newCase.saksdato'))} type="date" required />
      <div className="form-actions">
        <Button type="submit" loading={form.create.isPending}>
          {t('newCase.submit')}
        </Button>
        <Button variant="tertiary" asChild>
          <RouterLink to="/saker">{t('newCase.cancel')}</RouterLink>
        </Button>
      </div>
    </form>
  );
}
