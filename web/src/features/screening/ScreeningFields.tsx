import { Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import type { Tilgangskode } from './api';
import { scopesOf, titleWords, type ScreenedLevel } from './screening-scope';
import { TitleWordChips } from './TitleWordChips';
import type { ScreeningForm } from './use-screening-form';

interface Props {
  level: ScreenedLevel;
  tittel: string;
  codes: readonly Tilgangskode[];
  form: ScreeningForm;
}

/** Access code, legal basis, what is screened and which title words, with the public title as readers will see it. */
export function ScreeningFields({ level, tittel, codes, form }: Props) {
  const { t } = useTranslation();
  const whole = form.scopes.has('hele');
  return (
    <>
      <SelectField
        label={t('screening.code')}
        value={form.kode}
        onChange={(code) => form.chooseCode(code, codes)}
        emptyLabel={t('screening.noCode')}
        options={codes.filter((c) => c.aktiv || c.kode === form.kode).map((c) => ({ value: c.kode, label: `${c.kode} – ${c.navn}` }))}
      />
      {form.screened && (
        <>
          <Textfield
            label={t('screening.basis')}
            description={t('screening.basisHelp')}
            value={form.hjemmel}
            onChange={(e) => form.setHjemmel(e.target.value)}
          />
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
