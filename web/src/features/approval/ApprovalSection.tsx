import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/QueryState';
import { useDokumentflyt } from './api';
import { FlowTimeline } from './FlowTimeline';
import './approval.css';

/**
 * «Godkjenning» on the record page: whose turn it is, and every round as a
 * timeline. Sending and answering are the routine's activities, shown with
 * the others (`ActivityActions`, forms in `activity-forms.ts`).
 */
export function ApprovalSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const flow = useDokumentflyt(id);
  const data = flow.data;
  return (
    <section aria-labelledby="approval-heading" className="stack">
      <Heading level={2} data-size="sm" id="approval-heading">
        {t('approval.heading')}
      </Heading>
      {!data && <QueryState query={flow} />}
      {data && data.mineHandlinger.length > 0 && <Paragraph>{t(`approval.yourTurn.${data.aktivFlyttype ?? 'godkjenning'}`)}</Paragraph>}
      {data && data.runder.length === 0 && <Paragraph>{t('approval.none')}</Paragraph>}
      {data?.runder.map((r) => (
        <FlowTimeline key={r.id} runde={r} />
      ))}
    </section>
  );
}
