import { useTranslation } from 'react-i18next';
import { useCodeName } from '../common/code-lists';
import type { Korrespondansepart } from './types';

/** "Ola Nordmann (Avsender)"; a screened party as the server sent it, marked as screened. */
export function PartyNames({ parties }: { parties: readonly Korrespondansepart[] }) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  if (parties.length === 0) return null;
  return (
    <ul className="plain-list">
      {parties.map((p, i) => (
        <li key={p.id ?? i}>
          {p.navn || t('records.screenedName')}{' '}
          <span className="muted">({codeName('korrespondanseparttype', p.korrespondanseparttype)})</span>
          {p.skjermet && <span className="screened"> {t('records.screened')}</span>}
        </li>
      ))}
    </ul>
  );
}
