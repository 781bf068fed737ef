import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * The red flag of an urgent letter (seed 001 fase 1: «vises med rødt flagg»),
 * in lists and on the record. The word is there too, so colour is not all
 * that tells it.
 */
export function UrgentTag({ haster }: { haster: boolean | undefined }) {
  const { t } = useTranslation();
  if (!haster) return null;
  return (
    <>
      {' '}
      <Tag data-size="sm" data-color="danger">
        <span aria-hidden="true">⚑ </span>
        {t('records.urgent')}
      </Tag>
    </>
  );
}
