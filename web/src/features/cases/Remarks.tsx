import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import type { Merknad } from './types';

/** Remarks (merknader), newest last as they were written. */
export function Remarks({ items }: { items: readonly Merknad[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Paragraph>{t('remarks.empty')}</Paragraph>;
  const who = (m: Merknad) => (typeof m.registrertAv === 'string' ? m.registrertAv : (m.registrertAv?.navn ?? ''));
  return (
    <ul className="remarks">
      {items.map((m) => (
        <li key={m.id}>
          <Paragraph>{m.merknadstekst}</Paragraph>
          <Paragraph data-size="sm" className="muted">
            {[m.merknadstype, format.dateTime(m.merknadsdato), who(m)].filter(Boolean).join(' · ')}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
