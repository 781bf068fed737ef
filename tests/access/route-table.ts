import type { FastifyInstance } from 'fastify';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route of the app as "METHOD /path", read from Fastify's own route
 * tree (printRoutes), so a route added anywhere shows up here.
 */
export async function allRoutes(app: FastifyInstance): Promise<string[]> {
  await app.ready();
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (depth > 0 ? stack[depth - 1]! : '') + m[2]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      routes.push(`${method} ${path}`);
  }
  return routes;
}

/** The routes that can change something: POST, PUT, PATCH, DELETE. */
export async function writeRoutes(app: FastifyInstance): Promise<string[]> {
  return (await allRoutes(app)).filter((r) => WRITE_METHODS.has(r.split(' ')[0]!));
}

/**
 * The routes that read: GET. Fastify answers HEAD with the GET handler
 * (exposeHeadRoutes), so a HEAD route is the GET route's and is not listed;
 * one without its GET twin would be, as a route of its own.
 */
export async function readRoutes(app: FastifyInstance): Promise<string[]> {
  const routes = await allRoutes(app);
  const gets = new Set(routes.filter((r) => r.startsWith('GET ')));
  return routes.filter((r) => r.startsWith('GET ') || (r.startsWith('HEAD ') && !gets.has(r.replace(/^HEAD /, 'GET '))));
}

/**
 * What a matrix has not accounted for: routes neither probed nor named with
 * a reason, and probed or named routes the app no longer has (`optional`:
 * routes that exist only under some configuration, such as OIDC or a built UI).
 */
export function uncoveredRoutes(
  routes: readonly string[],
  probed: Iterable<string>,
  named: Record<string, string>,
  optional: ReadonlySet<string> = new Set(),
) {
  const covered = new Set([...probed, ...Object.keys(named)]);
  return {
    notCovered: routes.filter((r) => !covered.has(r)),
    gone: [...covered].filter((r) => !routes.includes(r) && !optional.has(r)),
  };
}
