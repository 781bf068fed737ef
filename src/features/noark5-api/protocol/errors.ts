import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { preferredLanguage, statusOf, toDomainError } from '../../../http/problem.js';
import { DomainError, type ErrorCode, type Message } from '../../../shared/errors.js';
import { ODataSyntaxError } from '../odata/filter-ast.js';
import { NOARK5_JSON } from './media-type.js';

/** An error as the specification writes it (tg-06 «Håndtering av API-feil»): `feil` with the status as `kode`. */
export interface FeilBody {
  feil: { kode: number; beskrivelse: string };
}

/** How an anonymous or refused caller may log in: a token from the app, or the user's password. */
export const WWW_AUTHENTICATE = 'Bearer realm="Saksgang Noark 5", Basic realm="Saksgang Noark 5", charset="UTF-8"';

/** A refusal of the protocol itself (wrong media type, stale ETag, …) with its status. */
export class ProtocolError extends Error {
  constructor(
    readonly status: number,
    readonly text: Message,
    /** The stable code, where one of ours fits (ERROR_CODE_HEADER). */
    readonly code?: ErrorCode,
  ) {
    super(text.en);
    this.name = 'ProtocolError';
  }
}

/** Our stable error code beside the specification's body (which has room for the status only), for clients and tests that branch on it. */
export const ERROR_CODE_HEADER = 'saksgang-feilkode';

function classify(error: unknown): { status: number; text: Message; code?: string; retryAfter?: number | undefined } | null {
  if (error instanceof ProtocolError) return { status: error.status, text: error.text, ...(error.code ? { code: error.code } : {}) };
  if (error instanceof ODataSyntaxError) {
    const where = error.position > 0 ? ` (tegn ${error.position + 1})` : '';
    const whereEn = error.position > 0 ? ` (character ${error.position + 1})` : '';
    return {
      status: 400,
      text: { nb: `Ugyldig ${error.option}${where}: ${error.nb}.`, en: `Invalid ${error.option}${whereEn}: ${error.en}.` },
    };
  }
  const domain = error instanceof DomainError ? error : toDomainError(error as FastifyError);
  if (domain) return { status: statusOf(domain.code), text: domain.text, code: domain.code, retryAfter: domain.retryAfterSeconds };
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    const message = (error as Error).message;
    return { status, text: { nb: message, en: message } };
  }
  return null;
}

/** Answers any error of a Noark 5 route in the specification's form; the unexpected is logged and told as a plain 500. */
export function sendFeil(reply: FastifyReply, request: FastifyRequest, error: unknown): FastifyReply {
  const known = classify(error);
  if (!known) request.log.error({ err: error }, 'unexpected error in the Noark 5 API');
  const status = known?.status ?? 500;
  const text = known?.text ?? {
    nb: 'Noe gikk galt hos oss. Feilen er logget.',
    en: 'Something went wrong on our side. The error is logged.',
  };
  if (status === 401) reply.header('www-authenticate', WWW_AUTHENTICATE);
  if (known?.code) reply.header(ERROR_CODE_HEADER, known.code);
  if (known?.retryAfter !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(known.retryAfter))));
  const body: FeilBody = { feil: { kode: status, beskrivelse: text[preferredLanguage(request)] } };
  return reply.code(status).type(NOARK5_JSON).send(body);
}
