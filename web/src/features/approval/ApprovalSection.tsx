import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/QueryState';
import { useDokumentflyt } from './api';
import { AnswerButtons } from './AnswerButtons';
import { FlowTimeline } from './FlowTimeline';
import { SendForApprovalDialog } from './SendForApprovalDialog';
import './approval.css';

interface Props {
  id: string;
  number: string;
  /** The reader may send it for approval (an author's reserved own document) … */
  canSendForApproval: boolean;
  /** … or for review. */
  canSendForReview: boolean;
}

/** «Godkjenning» on the record page: the answers the reader has now, sending, and every round as a timeline. */
export function ApprovalSection({ id, number, canSendForApproval, canSendForReview }: Props) {
  const { t } = useTranslation();
  const flow = useDokumentflyt(id);
  const data = flow.data;
  const idle = data && data.aktivFlyttype === null;
  return (
    <section aria-labelledby="approval-heading" className="stack">
      <Heading level={2} data-size="sm" id="approval-heading">
        {t('approval.heading')}
      </Heading>
      {!data && <QueryState query={flow} />}
      {data && data.mineHandlinger.length > 0 && (
        <>
          <Paragraph>{t(`approval.yourTurn.${data.aktivFlyttype ?? 'godkjenning'}`)}</Paragraph>
          <AnswerButtons id={id} number={number} flow={data} />
        </>
      )}
      {idle && (canSendForApproval || canSendForReview) && (
        <div className="page-actions">
          {canSendForApproval && <SendForApprovalDialog id={id} number={number} flyttype="godkjenning" />}
          {canSendForReview && <SendForApprovalDialog id={id} number={number} flyttype="gjennomgang" />}
        </div>
      )}
      {data && data.runder.length === 0 && <Paragraph>{t('approval.none')}</Paragraph>}
      {data?.runder.map((r) => (
        <FlowTimeline key={r.id} runde={r} />
      ))}
    </section>
  );
}
