/**
 * Domain errors carry a stable code and a message in Norwegian bokmål and
 * English. They are mapped to HTTP exactly once, in src/http/problem.ts;
 * domain code never speaks HTTP.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'ACCESS_DENIED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'LOGIN_BUSY'
  | 'CSRF_FAILED'
  | 'NO_ACTIVE_ROLE'
  | 'CONFLICT'
  | 'ALREADY_EXISTS'
  | 'ILLEGAL_STATUS_TRANSITION'
  | 'CASE_CLOSED'
  | 'RECORD_LOCKED'
  | 'OBJECT_FROZEN'
  | 'NUMBER_CONFLICT'
  | 'FILE_INTEGRITY'
  | 'FILE_TOO_LARGE'
  | 'OIDC_FAILED'
  | 'STEP_UP_REQUIRED'
  | 'SECURE_ZONE_UNAVAILABLE'
  | 'SECURE_ZONE_NO_EMAIL'
  | 'DATABASE_UNAVAILABLE'
  | 'IMPLAUSIBLE_DATE'
  | 'MAIN_DOCUMENT_MISSING'
  | 'TEMPLATE_INVALID'
  | 'TEMPLATE_DOES_NOT_FIT'
  | 'ACTIVITY_NOT_OPEN'
  | 'PERIOD_CLOSED'
  | 'DISPOSAL_REFUSED'
  | 'DELETION_REFUSED'
  | 'UTTREKK_INVALID';

export interface Message {
  nb: string;
  en: string;
}

export interface FieldIssue {
  field: string;
  message: Message;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    readonly fields: FieldIssue[] = [],
    /** When the caller may try again (HTTP Retry-After), for refusals that pass with time. */
    readonly retryAfterSeconds?: number,
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}

export const notFound = (what: Message, id?: string) =>
  new DomainError('NOT_FOUND', {
    nb: `Fant ikke ${what.nb}${id ? ` (${id})` : ''}.`,
    en: `${capitalise(what.en)} not found${id ? ` (${id})` : ''}.`,
  });

export const accessDenied = (text?: Message) =>
  new DomainError(
    'ACCESS_DENIED',
    text ?? {
      nb: 'Du har ikke tilgang til dette i den aktive rollen.',
      en: 'Your active role does not allow this.',
    },
  );

export const validationFailed = (fields: FieldIssue[]) =>
  new DomainError(
    'VALIDATION_FAILED',
    {
      nb: `Ugyldige data: ${fields.map((f) => `${f.field}: ${f.message.nb}`).join('; ')}`,
      en: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message.en}`).join('; ')}`,
    },
    fields,
  );

export const fieldError = (field: string, nb: string, en: string) => validationFailed([{ field, message: { nb, en } }]);

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
