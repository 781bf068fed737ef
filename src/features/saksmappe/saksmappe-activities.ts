import type { Saksstatus } from '../noark/domain/index.js';
import { defineHandler } from '../rutiner/run-activity.js';
import { applySaksstatus } from './change-saksstatus.js';

/** A case's status step to the routine definition's `parametre.til`. */
export const saksstatusHandler = defineHandler('saksstatus', (ctx, tx, subject, _input: object, activity) =>
  applySaksstatus(ctx, tx, subject.id, activity.parametre!.til as Saksstatus),
);
