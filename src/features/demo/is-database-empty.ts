import type { Database } from '../../db/open-database.js';
import { organisationRepository } from '../organisations/organisation-repository.js';

/** True when no organisation exists yet (a fresh installation). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return !(await organisationRepository.hasAnyOrganisation(db));
}
