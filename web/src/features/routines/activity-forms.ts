import type { ComponentType } from 'react';
import { ApproveActivity, ForwardActivity, ReturnActivity, ReviewedActivity } from '../approval/AnswerButtons';
import { SendForApprovalActivity, SendForReviewActivity } from '../approval/SendForApprovalDialog';
import { AnswerAndWriteOffActivity, AnswerOnlyActivity, DispatchActivity, InterimAnswerActivity } from '../records/AnswerSteps';
import { VoidDialog } from '../records/CorrectionDialogs';
import { FinishDocumentsActivity } from '../documents/FinishDocumentsActivity';
import { WriteOffDialog } from '../worklists/WriteOffDialog';

/** What an activity's own form is given: the object, its number for headings, and the button's words. */
export interface ActivityFormProps {
  objectId: string;
  number: string;
  label: string;
}

/**
 * The activities that ask for more than a click, by the routine's activity
 * id: each opens its own form. An activity not listed here is a plain
 * status step (its `parametre.til`), done with one button.
 */
export const ACTIVITY_FORMS: Readonly<Record<string, ComponentType<ActivityFormProps>>> = {
  besvar: AnswerAndWriteOffActivity,
  'forelopig-svar': InterimAnswerActivity,
  'besvar-uten-avskrivning': AnswerOnlyActivity,
  avskriv: WriteOffDialog,
  utgaar: VoidDialog,
  'ferdigstill-dokumenter': FinishDocumentsActivity,
  ekspeder: DispatchActivity,
  'send-til-godkjenning': SendForApprovalActivity,
  'send-til-gjennomgang': SendForReviewActivity,
  godkjenn: ApproveActivity,
  returner: ReturnActivity,
  videresend: ForwardActivity,
  'ferdig-gjennomgaatt': ReviewedActivity,
};
