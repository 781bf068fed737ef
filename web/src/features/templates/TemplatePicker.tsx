import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import { useBrevmaler } from './api';
import { OWN_TYPES } from './kinds';

interface Props {
  journalposttype: string;
  value: string;
  onChange: (brevmalId: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
}

/** Whether a record of this type is made from a template (its merged DOCX is the main document). */
export const needsTemplate = (journalposttype: string) => OWN_TYPES.includes(journalposttype);

/**
 * The template a new own record starts from (seed 001: «velg mal, slik at
 * det ikke blir opprettet et tomt dokument»): the active templates that fit
 * the record type. Nothing for incoming post.
 */
export function TemplatePicker({ journalposttype, value, onChange, onBlur, error, ref }: Props) {
  const { t } = useTranslation();
  const own = needsTemplate(journalposttype);
  const maler = useBrevmaler({ journalposttype, enabled: own });
  if (!own) return null;
  const options = (maler.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.navn} (${t(`templates.kinds.${m.maltype}`)})` }));
  return (
    <SelectField
      ref={ref}
      label={t('templates.pick')}
      description={t('templates.pickHelp')}
      required
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      emptyLabel={maler.isPending ? t('app.loading') : t('templates.choose')}
      options={options}
      error={error}
    />
  );
}
