import { useTranslation } from 'react-i18next';
import { useKodeliste } from '../common/code-lists';
import { useUnitOptions, useUserOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import { useLanguage } from '../../i18n/use-language';
import type { CaseFilter } from './api';

interface Props {
  filter: CaseFilter;
  onChange: (changes: Partial<CaseFilter>) => void;
}

const YEARS_BACK = 10;

/** Each choice filters at once; the list below announces its new count. */
export function CaseFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const statuses = useKodeliste('saksstatus').map((s) => ({ value: s.code, label: `${s.code} – ${pick(s)}` }));
  const units = useUnitOptions();
  const users = useUserOptions();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }));

  return (
    <div className="filters" role="group" aria-label={t('cases.filtersLabel')}>
      <SelectField
        label={t('cases.status')}
        value={filter.status}
        onChange={(status) => onChange({ status })}
        options={statuses}
        emptyLabel={t('filters.all')}
      />
      <SelectField
        label={t('cases.unit')}
        value={filter.enhetId}
        onChange={(enhetId) => onChange({ enhetId })}
        options={units}
        emptyLabel={t('filters.all')}
      />
      <SelectField
        label={t('cases.caseWorker')}
        value={filter.saksansvarligId}
        onChange={(saksansvarligId) => onChange({ saksansvarligId })}
        options={users}
        emptyLabel={t('filters.all')}
      />
      <SelectField
        label={t('cases.year')}
        value={filter.aar}
        onChange={(aar) => onChange({ aar })}
        options={years}
        emptyLabel={t('filters.all')}
      />
    </div>
  );
}
