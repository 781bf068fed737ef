import type { FastifyInstance } from 'fastify';
import { healthRoutes } from '../features/health/health-routes.js';
import { authRoutes } from '../features/auth/auth-routes.js';
import { organisationRoutes } from '../features/organisations/organisation-routes.js';

/** Every feature's routes, mounted under /api. Add a feature by adding its plugin here. */
export async function featureRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(organisationRoutes);
}
