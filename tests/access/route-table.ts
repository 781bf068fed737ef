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
