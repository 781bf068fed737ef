/** Pure Noark 5 records rules: code lists, status lifecycles, numbering, change-log fields. */
export { codeGuard, codesOf, findCode, type CodeEntry, type CodeOf } from './code-list.js';
export * from './code-lists.js';
export * from './code-lists-archive.js';
export * from './access-codes.js';
export { TRANSITION_CONDITIONS, type ConditionFacts, type TransitionCondition } from './transition-conditions.js';
export { TRANSITIONS, type JournalpostRule, type NoarkEntity, type SaksmappeRule, type TransitionRule } from './transition-table.js';
export { allowedNextStatuses, checkTransition, findTransition, type StatusOf } from './status-transitions.js';
export * from './numbering.js';
export { CHANGE_LOG_FIELDS, loggedFields, type ChangeLogObjectType, type LoggedField, type LoggedFieldKind } from './change-log-fields.js';
export { diffLoggedFields, renderLogValue, type FieldChange } from './change-log-diff.js';
