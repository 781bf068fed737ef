import { Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MAX_SKJERMING_VARIGHET } from '../../../../src/features/tilgang/domain/screening-duration.js';
import { SelectField } from '../common/SelectField';
import type { Tilgangsgruppe } from '../../access-admin/api';
import type { Tilgangskode } from './api';
import { scopesOf, titleWords, type ScreenedLevel } from './screening-scope';
import { TitleWordChips } from './TitleWordChips';
import type { ScreeningForm } from './use-screening-form';

interface Props {
  level: ScreenedLevel;
  tittel: string;
  codes: readonly Tilgangskode[];
  groups: readonly Tilgangsgruppe[];
  form: ScreeningForm;
  /** The server's message for a field, if it refused the form for it. */
  errorOf: (field: ScreeningField, label: string) => string | undefined;
}

/** The fields the server may name in a refusal (tilgang-routes.ts SkjermingSchema). */
export const SCREENING_FIELDS = [
  'tilgangskode',
  'skjermingshjemmel',
  'tilgangsgruppeId',
  'skjermingVarighet',
  'skjermingOpphoerer',
] as const;
export type ScreeningField = (typeof SCREENING_FIELDS)[number];

/**
 * Access code, legal basis, access group, duration and end date, what is
 * screened and which title words, with the public title as readers will see it.
 */
export function ScreeningFields({ level, tittel, codes, groups, form, errorOf }: Props) {
  const { t } = useTranslation();
  const whole = form.scopes.has('hele');
  const labels = {
    kode: t('screening.code'),
    hjemmel: t('screening.basis'),
    gruppe: t('screening.group'),
    varighet: t('screening.duration'),
    opphoerer: t('screening.ends'),
  };
  return (
    <>
      <SelectField
        label={labels.kode}
        value={form.kode}
        onChange={(code) => form.chooseCode(code, codes)}
        emptyLabel={t('screening.noCode')}
        options={codes.filter((c) => c.aktiv || c.kode === form.kode).map((c) => ({ value: c.kode, label: `${c.kode} – ${c.navn}` }))}
        error={errorOf('tilgangskode', labels.kode)}
      />
      {form.screened && (
        <>
          <Textfield
            label={labels.hjemmel}
            description={t('screening.basisHelp')}
            value={form.hjemmel}
            onChange={(e) => form.setHjemmel(e.target.value)}
            error={errorOf('skjermingshjemmel', labels.hjemmel)}
          />
          <SelectField
            label={labels.gruppe}
            description={t('screening.groupHelp')}
            value={form.gruppe}
            onChange={form.setGruppe}
            emptyLabel={t('screening.noGroup')}
            options={groups.filter((g) => g.aktiv || g.id === form.gruppe).map((g) => ({ value: g.id, label: g.navn }))}
            error={errorOf('tilgangsgruppeId', labels.gruppe)}
          />
          <div className="screening-period">
            <Textfield
              label={t('form.optional', { label: labels.varighet })}
              description={t('screening.durationHelp')}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_SKJERMING_VARIGHET}
              step={1}
              value={form.varighet}
              onChange={(e) => form.setVarighet(e.target.value)}
              error={errorOf('skjermingVarighet', labels.varighet)}
            />
            <Textfield
              label={t('form.optional', { label: labels.opphoerer })}
              description={t('screening.endsHelp')}
              type="date"
              value={form.opphoerer}
              onChange={(e) => form.setOpphoerer(e.target.value)}
              error={errorOf('skjermingOpphoerer', labels.opphoerer)}
            />
          </div>
          <Fieldset>
            <Fieldset.Legend>{t('screening.what')}</Fieldset.Legend>
            {scopesOf(level).map((scope) => (
              <Checkbox
                key={scope}
                label={t(`screening.scope.${scope}`)}
                checked={whole || form.scopes.has(scope)}
                disabled={whole && scope !== 'hele'}
                onChange={(e) => form.toggleScope(scope, e.target.checked)}
              />
            ))}
          </Fieldset>
        </>
      )}
      {form.marksWords && <TitleWordChips words={titleWords(tittel)} selected={form.words} onToggle={form.toggleWord} />}
      <Paragraph role="status" className="screening-preview">
        {t('screening.preview')} <strong>{form.preview}</strong>
      </Paragraph>
    </>
  );
}
