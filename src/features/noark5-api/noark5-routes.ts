import type { FastifyInstance } from 'fastify';
import { registerProtocol } from './protocol/protocol.js';
import { arkivstrukturRoutes } from './resources/arkivstruktur.js';
import { dokumentRoutes } from './resources/dokument.js';
import { journalpostRoutes } from './resources/journalpost.js';
import { korrespondansepartRoutes } from './resources/korrespondansepart.js';
import { loginRoutes } from './resources/login.js';
import { merknadRoutes } from './resources/merknad.js';
import { partRoutes } from './resources/part.js';
import { rootRoutes } from './resources/root.js';
import { saksmappeRoutes } from './resources/saksmappe.js';
import { writeRoutes } from './resources/writes.js';

/**
 * The Noark 5 tjenestegrensesnitt (docs/noark5-api.md): one more adapter over
 * the app's use cases, mounted at NOARK5_BASE. The protocol is registered
 * once for the whole scope; each resource module is a thin mapping.
 */
export async function noark5Routes(app: FastifyInstance): Promise<void> {
  registerProtocol(app);
  await rootRoutes(app);
  await loginRoutes(app);
  await arkivstrukturRoutes(app);
  await saksmappeRoutes(app);
  await journalpostRoutes(app);
  await dokumentRoutes(app);
  await writeRoutes(app);
  await korrespondansepartRoutes(app);
  await merknadRoutes(app);
  await partRoutes(app);
}
