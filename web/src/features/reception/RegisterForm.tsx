import { Alert, Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnheter } from '../../admin/api';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { useServerErrors } from '../common/server-errors';
import { useRegister, type Mottak, type Registration } from './api';
import { CaseSuggestions, type SuggestedCase } from '../cases/CaseSuggestions';
import { CasePicker } from './CasePicker';

const FIELDS = [
  'saksmappeId',
  'nySak.tittel',
  'nySak.primaerKlasse',
  'nySak.administrativEnhetId',
  'tittel',
  'offentligTittel',
  'tilgangskode',
  'dokumentetsDato',
  'forfallsdato',
  'korrespondanseparter.0.navn',
  'korrespondanseparter.0.epostadresse',
];

interface Props {
  item: Mottak;
  formRef: Ref<HTMLFormElement>;
  onRegistered: (journalpostId: string) => void;
}

/** Registration from the queue: find or make the case, describe the record; the post's files become its documents. */
export function RegisterForm({ item, formRef, onRegistered }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const register = useRegister(item.id);
  const server = useServerErrors(register.error, FIELDS);
  const units = useEnheter();
  const codes = useKodeliste('tilgangskode');
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [search, setSearch] = useState(item.foreslaattTittel);
  const [v, setV] = useState({
    saksmappeId: '',
    sakTittel: item.foreslaattTittel,
    klasse: '',
    enhetId: '',
    tittel: item.foreslaattTittel,
    offentligTittel: '',
    tilgangskode: '',
    dokumentetsDato: item.sendtDato?.slice(0, 10) ?? '',
    forfallsdato: '',
    avsenderNavn: item.avsender?.navn ?? item.avsender?.epost ?? '',
    avsenderEpost: item.avsender?.epost ?? '',
    journalstatus: 'J' as 'J' | 'M',
  });
  const set = (field: keyof typeof v) => (value: string) => setV({ ...v, [field]: value });
  const text = (
    field: keyof typeof v,
    label: string,
    path: string,
    options: { required?: boolean; type?: 'date' | 'email'; help?: string } = {},
  ) => (
    <Textfield
      label={options.required ? label : t('form.optional', { label })}
      required={options.required}
      type={options.type}
      description={options.help}
      value={v[field]}
      onChange={(e) => set(field)(e.target.value)}
      error={server.forField(path, label)}
    />
  );
  // «Finnes saken allerede?» before a new case (seed 001): choosing one goes back to an existing case.
  const chooseSuggested = (c: SuggestedCase) => {
    setSearch(v.sakTittel);
    setV({ ...v, saksmappeId: c.id });
    setMode('existing');
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body: Registration = {
      ...(mode === 'existing'
        ? { saksmappeId: v.saksmappeId || undefined }
        : {
            nySak: {
              tittel: v.sakTittel,
              primaerKlasse: v.klasse.trim() ? { verdi: v.klasse.trim() } : undefined,
              administrativEnhetId: v.enhetId || undefined,
            },
          }),
      tittel: v.tittel,
      offentligTittel: v.offentligTittel || undefined,
      tilgangskode: v.tilgangskode || undefined,
      dokumentetsDato: v.dokumentetsDato || undefined,
      forfallsdato: v.forfallsdato || undefined,
      journalstatus: v.journalstatus,
      korrespondanseparter: v.avsenderNavn.trim()
        ? [{ korrespondanseparttype: 'EA', navn: v.avsenderNavn.trim(), epostadresse: v.avsenderEpost.trim() || undefined }]
        : [],
    };
    register.mutate(body, { onSuccess: (r) => onRegistered(r.journalpostId) });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-labelledby="register-heading">
      <Heading level={2} data-size="xs" id="register-heading">
        {t('reception.register.heading')}
      </Heading>
      {item.tittelUklar && <Alert data-color="warning">{t('reception.register.unclearWarning')}</Alert>}
      <div aria-live="assertive" aria-atomic="true">
        <FormAlert error={server.formError} others={server.others} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('reception.register.caseChoice')}</Fieldset.Legend>
        <Radio
          name="sakvalg"
          value="existing"
          label={t('reception.register.existing')}
          checked={mode === 'existing'}
          onChange={() => setMode('existing')}
        />
        <Radio
          name="sakvalg"
          value="new"
          label={t('reception.register.newCase')}
          checked={mode === 'new'}
          onChange={() => setMode('new')}
        />
      </Fieldset>
      {mode === 'existing' ? (
        <CasePicker
          search={search}
          onSearch={setSearch}
          partyName={v.avsenderNavn}
          chosen={v.saksmappeId}
          onChoose={set('saksmappeId')}
          error={server.forField('saksmappeId', t('reception.register.chooseCase'))}
        />
      ) : (
        <>
          {text('sakTittel', t('reception.register.newCaseTitle'), 'nySak.tittel', { required: true })}
          <CaseSuggestions title={v.sakTittel} party={{ navn: v.avsenderNavn }} onSelect={chooseSuggested} headingLevel={3} />
          {text('klasse', t('reception.register.newCaseClass'), 'nySak.primaerKlasse', { help: t('reception.register.newCaseClassHelp') })}
          <SelectField
            label={t('reception.register.newCaseUnit')}
            value={v.enhetId}
            onChange={set('enhetId')}
            emptyLabel={t('reception.register.chooseUnit')}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.navn }))}
            error={server.forField('nySak.administrativEnhetId', t('reception.register.newCaseUnit'))}
          />
        </>
      )}
      {text('tittel', t('reception.register.recordTitle'), 'tittel', { required: true })}
      {text('offentligTittel', t('reception.register.publicTitle'), 'offentligTittel')}
      <SelectField
        label={t('reception.register.accessCode')}
        value={v.tilgangskode}
        onChange={set('tilgangskode')}
        emptyLabel={t('reception.register.noAccessCode')}
        options={codes.map((c) => ({ value: c.code, label: `${c.code} – ${pick(c)}` }))}
        error={server.forField('tilgangskode', t('reception.register.accessCode'))}
      />
      <div className="field-row">
        {text('dokumentetsDato', t('reception.register.documentDate'), 'dokumentetsDato', { type: 'date' })}
        {text('forfallsdato', t('reception.register.dueDate'), 'forfallsdato', { type: 'date', help: t('reception.register.dueDateHelp') })}
      </div>
      <div className="field-row">
        {text('avsenderNavn', t('reception.register.senderName'), 'korrespondanseparter.0.navn')}
        {text('avsenderEpost', t('reception.register.senderEmail'), 'korrespondanseparter.0.epostadresse', { type: 'email' })}
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('reception.register.statusLegend')}</Fieldset.Legend>
        <Radio
          name="journalstatus"
          value="J"
          label={t('reception.register.statusJ')}
          checked={v.journalstatus === 'J'}
          onChange={() => set('journalstatus')('J')}
        />
        <Radio
          name="journalstatus"
          value="M"
          label={t('reception.register.statusM')}
          checked={v.journalstatus === 'M'}
          onChange={() => set('journalstatus')('M')}
        />
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" loading={register.isPending} aria-keyshortcuts="Control+Enter">
          {t('reception.register.submit')}
        </Button>
      </div>
    </form>
  );
}
