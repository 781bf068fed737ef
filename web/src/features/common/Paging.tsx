import { Pagination, Paragraph, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  perPage: number;
  total: number;
  onChange: (page: number) => void;
  /** Names the navigation landmark, e.g. "Sider i saksliste". */
  label: string;
}

/** "Viser 21–40 av 312" and page buttons; nothing to page through means no navigation. */
export function Paging({ page, perPage, total, onChange, label }: Props) {
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: Math.min(page, totalPages),
    totalPages,
    showPages: 7,
    onChange: (_event, next) => onChange(next),
  });
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(page * perPage, total);

  return (
    <div className="paging">
      <Paragraph data-size="sm" aria-live="polite">
        {t('paging.showing', { from, to, total })}
      </Paragraph>
      {totalPages > 1 && (
        <Pagination aria-label={label}>
          <Pagination.List>
            <Pagination.Item>
              <Pagination.Button {...prevButtonProps} aria-label={t('paging.previous')}>
                {t('paging.previous')}
              </Pagination.Button>
            </Pagination.Item>
            {pages.map(({ page: p, itemKey, buttonProps }) => (
              <Pagination.Item key={itemKey}>
                {buttonProps && typeof p === 'number' ? (
                  <Pagination.Button {...buttonProps} aria-label={t('paging.page', { page: p })}>
                    {p}
                  </Pagination.Button>
                ) : null}
              </Pagination.Item>
            ))}
            <Pagination.Item>
              <Pagination.Button {...nextButtonProps} aria-label={t('paging.next')}>
                {t('paging.next')}
              </Pagination.Button>
            </Pagination.Item>
          </Pagination.List>
        </Pagination>
      )}
    </div>
  );
}
