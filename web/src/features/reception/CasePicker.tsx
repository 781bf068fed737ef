import { Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';
import { useDebouncedValue } from '../common/use-debounced-value';
import { suggestionQuery } from '../cases/suggestion-query';

type Forslag = ApiResponse<'/api/saksmapper/forslag'>;
type Suggested = ItemOf<Forslag>;

interface Props {
  search: string;
  onSearch: (value: string) => void;
  /** The sender as registered: cases with the same party are suggested first after the same object. */
  partyName: string;
  chosen: string;
  onChoose: (id: string) => void;
  error?: string | undefined;
}

/** Finds the existing case: the cases whose title, parties or object (gnr/bnr, fødselsnummer) are like the search, to choose from. */
export function CasePicker({ search, onSearch, partyName, chosen, onChoose, error }: Props) {
  const { t } = useTranslation();
  const wanted = useDebouncedValue(suggestionQuery(search, partyName), 300);
  const found = useQuery({
    queryKey: ['saksforslag', wanted],
    queryFn: ({ signal }) => api<Forslag>(`/api/saksmapper/forslag?${wanted}`, { signal }),
    enabled: wanted !== null,
    staleTime: 30_000,
  });
  const items: Suggested[] = wanted !== null ? (found.data?.items ?? []) : [];
  const why = (c: Suggested) => c.grunner.map((g) => t(`caseSuggestions.reason.${g}`)).join(', ');
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
            label={`${t('reception.register.caseLabel', { number: c.saksnummer, title: c.tittel })} (${why(c)})`}
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
