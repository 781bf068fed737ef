import type { Ctx } from '../../shared/context.js';
import { runActivity } from '../rutiner/run-activity.js';
import { utgaarHandler, type StatusStepInput } from './journalpost-activities.js';

/** The routine's «Marker som utgått» on a record (`utgaarHandler`). */
export const voidJournalpost = (ctx: Ctx, id: string, input: StatusStepInput = {}) =>
  runActivity(ctx, 'journalpost', id, 'utgaar', utgaarHandler, input);
