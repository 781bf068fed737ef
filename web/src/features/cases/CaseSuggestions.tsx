import { Button, Card, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';
import { useCodeName } from '../common/code-lists';
import { useDebouncedValue } from '../common/use-debounced-value';
import { ScreenedTag } from '../screening/ScreenedTag';
import { queryOf, type SuggestionObject, type SuggestionParty } from './suggestion-query';

type Forslag = ApiResponse<'/api/saksmapper/forslag'>;
/** A case the server suggests, with why (`grunner`: the same object, the same party, a similar title). */
export type SuggestedCase = ItemOf<Forslag>;

interface Props {
  title: string;
  party?: SuggestionParty | undefined;
  object?: SuggestionObject | undefined;
  /** When given, each case gets a «Velg» button (registration from the reception queue); otherwise its number links to it. */
  onSelect?: ((c: SuggestedCase) => void) | undefined;
  /** The heading level where the component sits (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * «Finnes saken allerede?» before a new case is made (seed 001): existing
 * cases with the same object, the same party or a similar title, ranked by
 * the server, each saying why. Announced politely while typing; every case a
 * link (or a «Velg» button), so it is reached and chosen with the keyboard.
 */
export function CaseSuggestions({ title, party, object, onSelect, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const headingId = useId();
  const wanted = useDebouncedValue(queryOf(title, party, object), 400);
  const suggestions = useQuery({
    queryKey: ['saksforslag', wanted],
    queryFn: ({ signal }) => api<Forslag>(`/api/saksmapper/forslag?${wanted}`, { signal }),
    enabled: wanted !== null,
    staleTime: 30_000,
  });
  const items = wanted !== null ? (suggestions.data?.items ?? []) : [];

  let status = t('caseSuggestions.hint');
  if (wanted !== null && suggestions.error) status = t('caseSuggestions.failed');
  else if (wanted !== null && suggestions.isFetching && !suggestions.data) status = t('caseSuggestions.searching');
  else if (wanted !== null && suggestions.data) {
    status = items.length === 0 ? t('caseSuggestions.none') : t('caseSuggestions.found', { count: items.length });
  }

  return (
    <Card data-color="neutral" className="similar-cases">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('caseSuggestions.heading')}
      </Heading>
      <Paragraph data-size="sm" aria-live="polite" aria-atomic="true">
        {status}
      </Paragraph>
      {items.length > 0 && (
        <List.Unordered aria-labelledby={headingId}>
          {items.map((c) => (
            <List.Item key={c.id}>
              <Link asChild>
                <RouterLink to={`/saker/${c.id}`}>{`${c.saksnummer} ${c.tittel}`}</RouterLink>
              </Link>
              <ScreenedTag tilgangskode={c.tilgangskode} />{' '}
              <span className="muted">
                ({codeName('saksstatus', c.saksstatus)}; {c.grunner.map((g) => t(`caseSuggestions.reason.${g}`)).join(', ')})
              </span>
              {onSelect && (
                <>
                  {' '}
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    onClick={() => onSelect(c)}
                    aria-label={t('caseSuggestions.selectCase', { number: c.saksnummer })}
                  >
                    {t('caseSuggestions.select')}
                  </Button>
                </>
              )}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </Card>
  );
}
