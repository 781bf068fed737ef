import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { Page } from '../../app/Page';
import { toQuery } from '../cases/api';
import { Paging } from '../common/Paging';
import { paramsFrom, SEARCH_PER_PAGE, useSearch } from './api';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import type { SearchParams } from './types';
import '../common/features.css';

/** The query lives in the address: back, reload and shared links repeat the search. */
export function SearchPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const result = useSearch(params);
  const go = (next: SearchParams) => setSearch(toQuery({ ...next, side: next.side > 1 ? next.side : undefined }));
  const searched = search.toString() !== '';

  return (
    <Page title={t('search.title')}>
      <SearchForm key={search.toString()} initial={params} onSearch={go} />
      <section aria-labelledby="results-heading" className="stack">
        <Heading level={2} data-size="sm" id="results-heading">
          {t('search.results')}
        </Heading>
        {!searched && <Paragraph>{t('search.intro')}</Paragraph>}
        {searched && result.isFetching && !result.data && <Loading />}
        {result.error && <ErrorNotice error={result.error} headingLevel={3} onRetry={() => void result.refetch()} />}
        {searched && result.data && (
          <>
            {result.data.items.length === 0 ? (
              <Paragraph aria-live="polite">{t('search.none')}</Paragraph>
            ) : (
              <SearchResults items={result.data.items} start={(params.side - 1) * SEARCH_PER_PAGE + 1} />
            )}
            {result.data.flere && <Paragraph data-size="sm">{t('search.more', { total: result.data.total })}</Paragraph>}
            {result.data.total > 0 && (
              <Paging
                page={params.side}
                perPage={SEARCH_PER_PAGE}
                total={result.data.total}
                label={t('search.pagingLabel')}
                onChange={(side) => go({ ...params, side })}
              />
            )}
          </>
        )}
      </section>
    </Page>
  );
}
