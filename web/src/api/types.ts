// Types of the API's bodies, read from the generated OpenAPI types
// (schema.d.ts, `npm run api-types`): a feature names a route and a method and
// gets what the server sends or takes, so a changed route fails the build.
import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of a route's success answer (200 or 201). */
export type ApiResponse<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? JsonOf<Ok>
      : R extends { 201: infer Created }
        ? JsonOf<Created>
        : never
    : never;

/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** One element of a list answer (`{ items: T[] }` or `T[]`). */
export type ItemOf<L> = L extends { items: (infer T)[] } ? T : L extends (infer T)[] ? T : never;
