import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** A file part in the OpenAPI description of a multipart body. */
export const binaryFile = (description: string) => z.string().meta({ format: 'binary' }).describe(description);

/**
 * Route options that describe a multipart/form-data body in the OpenAPI
 * document (so the API docs can send files) while the handler streams the
 * parts itself: the body is not validated by the schema, since nothing is
 * parsed before the handler reads it; the use case checks every field.
 */
export function multipartForm<S extends object>(shape: z.ZodRawShape, schema: S) {
  const passBody = ((request) =>
    request.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(request)) as FastifySchemaCompiler<z.ZodType>;
  return {
    schema: { ...schema, consumes: ['multipart/form-data'], body: z.object(shape) },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Fastify types the compiler by the route's schema; this one serves any.
    validatorCompiler: passBody as FastifySchemaCompiler<any>,
  };
}
