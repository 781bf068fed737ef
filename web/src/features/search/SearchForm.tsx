import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useKodeliste } from '../common/code-lists';
import { useUnitOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import type { SearchParams } from './types';

interface Props {
  initial: SearchParams;
  onSearch: (params: SearchParams) => void;
}

/** Words and filters; Enter in any field searches, from page 1. */
export function SearchForm({ initial, onSearch }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const [draft, setDraft] = useState(initial);
  const units = useUnitOptions();
  const saksstatus = useKodeliste('saksstatus');
  const journalstatus = useKodeliste('journalstatus');
  const statusList = draft.type === 'saksmappe' ? saksstatus : draft.type === 'journalpost' ? journalstatus : [];
  const set = (field: keyof SearchParams) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const invalidRange = draft.fra && draft.til && draft.fra > draft.til ? t('search.errors.range') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalidRange) return;
    onSearch({ ...draft, q: draft.q.trim(), side: 1 });
  };

  return (
    <form role="search" className="stack search-form" onSubmit={submit} noValidate>
      <div className="search-form__query">
        <Textfield
          type="search"
          label={t('search.label')}
          description={t('search.help')}
          value={draft.q}
          onChange={(e) => set('q')(e.target.value)}
          autoComplete="off"
        />
        <Button type="submit">{t('search.submit')}</Button>
      </div>
      <div className="filters" role="group" aria-label={t('search.filtersLabel')}>
        <SelectField
          label={t('search.type')}
          value={draft.type}
          emptyLabel={t('filters.all')}
          onChange={(type) => setDraft((d) => ({ ...d, type, status: '' }))}
          options={[
            { value: 'saksmappe', label: t('search.types.saksmappe') },
            { value: 'journalpost', label: t('search.types.journalpost') },
          ]}
        />
        <SelectField
          label={t('search.status')}
          value={draft.status}
          onChange={set('status')}
          emptyLabel={t('filters.all')}
          description={draft.type ? undefined : t('search.statusHelp')}
          options={statusList.map((s) => ({ value: s.code, label: `${s.code} – ${pick(s)}` }))}
        />
        <SelectField
          label={t('cases.unit')}
          value={draft.enhetId}
          onChange={set('enhetId')}
          options={units}
          emptyLabel={t('filters.all')}
        />
        <Textfield type="date" label={t('search.from')} value={draft.fra} onChange={(e) => set('fra')(e.target.value)} />
        <Textfield type="date" label={t('search.to')} value={draft.til} onChange={(e) => set('til')(e.target.value)} error={invalidRange} />
      </div>
    </form>
  );
}
