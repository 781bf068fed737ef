import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ProtocolError } from './errors.js';

/** A request body checked against a schema; a 400 that names each field otherwise (nothing is stored). */
export function bodyOf<T extends z.ZodType>(request: FastifyRequest, schema: T): z.infer<T> {
  const parsed = schema.safeParse(request.body ?? {});
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => `${i.path.join('/') || 'innhold'}: ${i.message}`).join('; ');
  throw new ProtocolError(400, { nb: `Ugyldig innhold: ${fields}`, en: `Invalid body: ${fields}` });
}
