import type { FastifyInstance } from 'fastify';
import { healthRoutes } from '../features/health/health-routes.js';
import { authRoutes } from '../features/auth/auth-routes.js';
import { apiTokenRoutes } from '../features/auth/api-token-routes.js';
import { organisationRoutes } from '../features/organisations/organisation-routes.js';
import { arkivstrukturRoutes } from '../features/arkivstruktur/arkivstruktur-routes.js';
import { saksmappeRoutes } from '../features/saksmappe/saksmappe-routes.js';
import { saksmappeRelationRoutes } from '../features/saksmappe/saksmappe-relation-routes.js';
import { tilgangRoutes } from '../features/tilgang/tilgang-routes.js';
import { accessAdminRoutes } from '../features/tilgang/admin/access-admin-routes.js';
import { journalpostRoutes } from '../features/journalpost/journalpost-routes.js';
import { endringsloggRoutes } from '../features/endringslogg/endringslogg-routes.js';
import { kodelisteRoutes } from '../features/kodelister/kodeliste-routes.js';
import { dokumentRoutes } from '../features/dokumenter/dokument-routes.js';
import { sokRoutes } from '../features/sok/sok-routes.js';
import { sikkerSoneRoutes } from '../features/sikker-sone/sikker-sone-routes.js';
import { jobberRoutes } from '../features/jobber/jobber-routes.js';
import { midlertidigSperretRoutes } from '../features/midlertidig-sperret/midlertidig-sperret-routes.js';
import { oppgaverRoutes } from '../features/oppgaver/oppgaver-routes.js';
import { varselRoutes } from '../features/varsler/varsel-routes.js';
import { arbeidslisteRoutes } from '../features/arbeidslister/arbeidsliste-routes.js';
import { mottakRoutes } from '../features/mottak/mottak-routes.js';
import { mottakDecisionRoutes } from '../features/mottak/mottak-decision-routes.js';

/** Every feature's routes, mounted under /api. Add a feature by adding its plugin here. */
export async function featureRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(apiTokenRoutes);
  await app.register(organisationRoutes);
  await app.register(arkivstrukturRoutes);
  await app.register(saksmappeRoutes);
  await app.register(saksmappeRelationRoutes);
  await app.register(tilgangRoutes);
  await app.register(accessAdminRoutes);
  await app.register(journalpostRoutes);
  await app.register(endringsloggRoutes);
  await app.register(kodelisteRoutes);
  await app.register(dokumentRoutes);
  await app.register(sokRoutes);
  await app.register(sikkerSoneRoutes);
  await app.register(midlertidigSperretRoutes);
  await app.register(oppgaverRoutes);
  await app.register(varselRoutes);
  await app.register(arbeidslisteRoutes);
  await app.register(jobberRoutes);
  await app.register(mottakRoutes);
  await app.register(mottakDecisionRoutes);
}
