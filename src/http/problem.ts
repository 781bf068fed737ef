import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isConnectionFault } from '../db/connection-fault.js';
import { DomainError, type ErrorCode, type FieldIssue, type Message } from '../shared/errors.js';
import { toFieldIssues } from './validation-messages.js';

/** The one place where domain error codes become HTTP statuses. */
const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  ACCESS_DENIED: 403,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOO_MANY_ATTEMPTS: 429,
  LOGIN_BUSY: 429,
  CSRF_FAILED: 403,
  NO_ACTIVE_ROLE: 403,
  CONFLICT: 409,
  ACTIVITY_NOT_OPEN: 409,
  PERIOD_CLOSED: 409,
  DISPOSAL_REFUSED: 409,
  DELETION_REFUSED: 409,
  UTTREKK_INVALID: 422,
  ALREADY_EXISTS: 409,
  ILLEGAL_STATUS_TRANSITION: 409,
  CASE_CLOSED: 409,
  RECORD_LOCKED: 409,
  OBJECT_FROZEN: 409,
  NUMBER_CONFLICT: 409,
  FILE_INTEGRITY: 422,
  FILE_TOO_LARGE: 413,
  OIDC_FAILED: 400,
  STEP_UP_REQUIRED: 403,
  SECURE_ZONE_UNAVAILABLE: 503,
  SECURE_ZONE_NO_EMAIL: 409,
  DATABASE_UNAVAILABLE: 503,
  IMPLAUSIBLE_DATE: 400,
  MAIN_DOCUMENT_MISSING: 409,
  TEMPLATE_INVALID: 422,
  TEMPLATE_DOES_NOT_FIT: 422,
};

/** The HTTP status of a domain error code (the Noark 5 API answers with it too). */
export const statusOf = (code: ErrorCode): number => STATUS[code];

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  messages: Message;
  errors?: { field: string; messages: Message }[];
}

export function problemFrom(code: string, status: number, messages: Message, fields: FieldIssue[], lang: 'nb' | 'en'): Problem {
  return {
    type: `https://saksgang.no/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: code,
    status,
    code,
    detail: messages[lang],
    messages,
    ...(fields.length ? { errors: fields.map((f) => ({ field: f.field, messages: f.message })) } : {}),
  };
}

export function preferredLanguage(request: FastifyRequest): 'nb' | 'en' {
  const header = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'nb';
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: DomainError): FastifyReply {
  const status = STATUS[error.code];
  const body = problemFrom(error.code, status, error.text, error.fields, preferredLanguage(request));
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
  return reply.code(status).type('application/problem+json').send(body);
}

/** Fastify's own errors (bad JSON, too large, schema validation) as domain errors. */
export function toDomainError(error: FastifyError): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = toFieldIssues(error.validation, error.validationContext);
    return new DomainError(
      'VALIDATION_FAILED',
      {
        nb: `Ugyldige data: ${fields.map((f) => `${f.field} ${f.message.nb}`).join('; ')}`,
        en: `Invalid input: ${fields.map((f) => `${f.field} ${f.message.en}`).join('; ')}`,
      },
      fields,
    );
  }
  return databaseErrorToDomain(error) ?? fastifyCodeToDomain(error);
}

/**
 * Constraint violations that slip past the use cases' own checks still get a
 * clear 4xx instead of a 500 (the database is the last guard of the rules).
 */
function databaseErrorToDomain(error: { code?: string; constraint?: string }): DomainError | undefined {
  if (isConnectionFault(error)) return databaseUnavailable();
  const constraint = error.constraint ? ` (${error.constraint})` : '';
  switch (error.code) {
    case '23505':
      return new DomainError('CONFLICT', {
        nb: `Finnes allerede${constraint}.`,
        en: `Already exists${constraint}.`,
      });
    case '23503':
      return new DomainError('VALIDATION_FAILED', {
        nb: `Viser til noe som ikke finnes${constraint}.`,
        en: `Refers to something that does not exist${constraint}.`,
      });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22001':
      return new DomainError('VALIDATION_FAILED', {
        nb: `Ugyldig verdi${constraint}.`,
        en: `Invalid value${constraint}.`,
      });
    case '42501':
      return new DomainError('ACCESS_DENIED', {
        nb: 'Handlingen er ikke tillatt.',
        en: 'The operation is not allowed.',
      });
    // Raised by the evidence guards (migration 0008): a number, identity or
    // status the archive must keep was about to change.
    case 'SG001':
      return new DomainError('RECORD_LOCKED', {
        nb: 'Arkivverdig informasjon kan ikke endres på denne måten.',
        en: 'Archival evidence cannot be changed this way.',
      });
    case '40001':
    case '40P01':
      return new DomainError('CONFLICT', {
        nb: 'Samtidig endring. Prøv igjen.',
        en: 'Concurrent change. Try again.',
      });
    default:
      return undefined;
  }
}

/** Seconds a client should wait before retrying when the database connection broke (a restart takes a few). */
const DATABASE_RETRY_SECONDS = 5;

// The request's connection broke (terminated, restart, failover): only this
// request failed, and it may be sent again; the pool reconnects by itself.
const databaseUnavailable = () =>
  new DomainError(
    'DATABASE_UNAVAILABLE',
    {
      nb: 'Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
      en: 'The database is unavailable right now. Try again shortly.',
    },
    [],
    DATABASE_RETRY_SECONDS,
  );

function fastifyCodeToDomain(error: FastifyError): DomainError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DomainError(
        'VALIDATION_FAILED',
        {
          nb: 'Forespørselen inneholder ugyldig JSON.',
          en: 'The request body is not valid JSON.',
        },
        [{ field: 'body', message: { nb: 'er ikke gyldig JSON', en: 'is not valid JSON' } }],
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('FILE_TOO_LARGE', {
        nb: 'Forespørselen er for stor.',
        en: 'The request body is too large.',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('VALIDATION_FAILED', {
        nb: 'Innholdstypen støttes ikke. Send JSON (application/json).',
        en: 'Unsupported content type. Send JSON (application/json).',
      });
    default:
      return error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? new DomainError('VALIDATION_FAILED', { nb: `Ugyldig forespørsel: ${error.message}`, en: `Bad request: ${error.message}` })
        : undefined;
  }
}
