import { useTranslation } from 'react-i18next';
import { useCodeName } from '../common/code-lists';
import type { Korrespondansepart } from './types';

/**
 * "Ola Nordmann (Avsender)"; a screened party as the server sent it, marked
 * as screened. A list of records carries only a record's first few parties:
 * `total` says how many more there are (the record's page shows them all).
 */
export function PartyNames({ parties, total = parties.length }: { parties: readonly Korrespondansepart[]; total?: number }) {
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
      {total > parties.length && <li className="muted">{t('records.moreParties', { count: total - parties.length })}</li>}
    </ul>
  );
}
