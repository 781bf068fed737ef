import { Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';
import { useDebouncedValue } from '../common/use-debounced-value';

type Suggested = ItemOf<ApiResponse<'/api/sok/lignende-saker'>>;

interface Props {
  search: string;
  onSearch: (value: string) => void;
  chosen: string;
  onChoose: (id: string) => void;
  error?: string | undefined;
}

/** Finds the existing case: the cases whose title, parties or object (gnr/bnr, fødselsnummer) are like the search, to choose from. */
export function CasePicker({ search, onSearch, chosen, onChoose, error }: Props) {
  const { t } = useTranslation();
  const wanted = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['lignende-saker', wanted],
    queryFn: ({ signal }) => api<{ items: Suggested[] }>(`/api/sok/lignende-saker?tittel=${encodeURIComponent(wanted)}`, { signal }),
    enabled: wanted.length >= 3,
    staleTime: 30_000,
  });
  const items = wanted.length >= 3 ? (found.data?.items ?? []) : [];
  return (
    <div className="stack">
      <Textfield label={t('reception.register.search')} value={search} onChange={(e) => onSearch(e.target.value)} autoComplete="off" />
      <Fieldset>
        <Fieldset.Legend>{t('reception.register.suggestions')}</Fieldset.Legend>
        <div aria-live="polite">
          {found.data && items.length === 0 && <Paragraph data-size="sm">{t('reception.register.noSuggestions')}</Paragraph>}
        </div>
        {items.map((c) => (
          <Radio
            key={c.id}
            name="saksmappeId"
            value={c.id}
            label={t('reception.register.caseLabel', { number: c.saksnummer, title: c.tittel })}
            checked={chosen === c.id}
            onChange={() => onChoose(c.id)}
          />
        ))}
        {error && (
          <Paragraph data-size="sm" className="field-error">
            {error}
          </Paragraph>
        )}
      </Fieldset>
    </div>
  );
}
