import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkHealth } from './check-health.js';

const HealthBody = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unavailable']),
  engine: z.enum(['pglite', 'postgres']),
  demo: z.enum(['none', 'loading', 'ready', 'failed']).describe('Demo archive on a first start: `loading` while it fills in'),
});

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['drift'],
        summary: 'Helsesjekk: svarer databasen, og er demoarkivet lastet?',
        response: { 200: HealthBody, 503: HealthBody },
      },
    },
    async (_request, reply) => {
      const health = await checkHealth(app.deps.db);
      return reply
        .code(health.status === 'ok' ? 200 : 503)
        .send({ ...health, engine: app.deps.engine, demo: app.deps.demoStatus?.get() ?? 'none' });
    },
  );
}
