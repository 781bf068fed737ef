import { Button, Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { Page } from '../../app/Page';
import { Paging } from '../common/Paging';
import { PER_PAGE, toQuery, useSaksmapper, type CaseFilter } from './api';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import '../common/features.css';

function filterFrom(params: URLSearchParams): CaseFilter {
  const side = Number(params.get('side'));
  return {
    status: params.get('status') ?? '',
    enhetId: params.get('enhetId') ?? '',
    saksansvarligId: params.get('saksansvarligId') ?? '',
    aar: params.get('aar') ?? '',
    side: Number.isInteger(side) && side > 0 ? side : 1,
  };
}

/** The filters live in the address, so back, reload and a shared link keep them. */
export function CasesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const cases = useSaksmapper(filter);
  const update = (changes: Partial<CaseFilter>) => {
    const next = { ...filter, side: 1, ...changes };
    setParams(toQuery({ ...next, side: next.side > 1 ? next.side : undefined }));
  };

  return (
    <Page title={t('cases.title')}>
      <div className="page-actions">
        <Button asChild>
          <RouterLink to="/saker/ny">{t('cases.new')}</RouterLink>
        </Button>
      </div>
      <CaseFilters filter={filter} onChange={update} />
      <section aria-labelledby="case-list-heading" className="stack">
        <Heading level={2} data-size="sm" id="case-list-heading">
          {t('cases.listHeading')}
        </Heading>
        {cases.isPending && <Loading />}
        {cases.error && <ErrorNotice error={cases.error} headingLevel={3} onRetry={() => void cases.refetch()} />}
        {cases.data && (
          <>
            <CaseTable items={cases.data.items} />
            <Paging
              page={filter.side}
              perPage={PER_PAGE}
              total={cases.data.total}
              onChange={(side) => update({ side })}
              label={t('cases.pagingLabel')}
            />
          </>
        )}
      </section>
    </Page>
  );
}
