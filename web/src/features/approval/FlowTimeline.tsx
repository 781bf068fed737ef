import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import type { Runde } from './api';
import '../common/features.css';

const COLOR = { G: 'success', I: 'danger', S: 'info', V: 'warning' } as const;

/** One round as a timeline: each step's person, from whom, when it came and went, the decision in words and the comment. */
export function FlowTimeline({ runde }: { runde: Runde }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormat();
  const en = i18n.language === 'en';
  return (
    <ol className="timeline flow-timeline">
      <li>{t(`approval.sentBy.${runde.flyttype}`, { name: runde.sendtAv.navn, when: dateTime(runde.sendtDato) })}</li>
      {runde.dokumentflyt.map((s) => (
        <li key={s.id}>
          <strong>{s.flytTil.navn}</strong>{' '}
          {s.flytStatus ? (
            <Tag data-color={COLOR[s.flytStatus.kode]}>{en ? s.flytStatus.navnEn : s.flytStatus.navn}</Tag>
          ) : s.flytMottattDato ? (
            <Tag data-color="neutral">{t('approval.waiting')}</Tag>
          ) : (
            <Tag data-color="neutral">{t('approval.planned')}</Tag>
          )}
          <div>
            {s.flytMottattDato && t('approval.received', { when: dateTime(s.flytMottattDato), from: s.flytFra?.navn ?? '' })}
            {s.flytSendtDato && ` · ${t('approval.answered', { when: dateTime(s.flytSendtDato) })}`}
          </div>
          {s.flytMerknad && <blockquote>{s.flytMerknad}</blockquote>}
        </li>
      ))}
      {runde.utfall && <li>{t(`approval.outcome.${runde.utfall}`, { when: dateTime(runde.avsluttetDato) })}</li>}
    </ol>
  );
}
