import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validationFailed, type FieldIssue } from '../shared/errors.js';

// NUL cannot be stored in a PostgreSQL text value at all (the statement fails),
// and a lone UTF-16 surrogate has no UTF-8 form (the driver would silently
// store U+FFFD instead). Both are refused where they come in.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const MESSAGE = {
  nb: 'inneholder tegn som ikke kan lagres (NUL-tegn eller ugyldig Unicode)',
  en: 'contains characters that cannot be stored (a NUL character or invalid Unicode)',
};

/** The fields (dotted paths, as validation errors name them) whose text, or key, cannot be stored. */
export function findUnstorableText(value: unknown, path = ''): FieldIssue[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [{ field: path, message: MESSAGE }] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    return UNSTORABLE.test(key) ? [{ field, message: MESSAGE }] : findUnstorableText(inner, field);
  });
}

/** Refuses a text value that cannot be stored, naming its field: `fieldPart` names a bare value (a string body). */
export function assertStorableText(value: unknown, fieldPart = 'body'): void {
  const issues = findUnstorableText(value).map((i) => ({ ...i, field: i.field || fieldPart }));
  if (issues.length) throw validationFailed(issues);
}

/**
 * Checks every request's path parameters, query and parsed body before
 * validation and before any handler, so login, search and every form are
 * covered once, for anonymous callers too. Multipart fields arrive later, as
 * the handler reads them; the upload reader checks them with assertStorableText.
 */
export function registerUnstorableTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    assertStorableText(request.params, 'params');
    assertStorableText(request.query, 'query');
    assertStorableText(request.body);
  });
}
