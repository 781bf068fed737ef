import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * «Skjermet» beside an object with an access code. Everyone sees it, as in
 * the public journal: it tells that something is screened, not what (Noark 5
 * krav 5.2.26).
 */
export function ScreenedTag({ tilgangskode }: { tilgangskode: string | null | undefined }) {
  const { t } = useTranslation();
  if (!tilgangskode) return null;
  return (
    <>
      {' '}
      <Tag data-size="sm" data-color="warning">
        {t('screening.tag')}
      </Tag>
    </>
  );
}
