import type { Tx } from '../../../db/tenant.js';
import { fieldError, notFound } from '../../../shared/errors.js';
import { saksmappeRepository } from '../../saksmappe/saksmappe-repository.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';

/** The organisation's group, locked for the change; another organisation's is "not found". */
export async function findGruppe(tx: Tx, orgId: string, id: string) {
  const gruppe = await repo.findGruppeForUpdate(tx, orgId, id);
  if (!gruppe) throw notFound({ nb: 'tilgangsgruppen', en: 'access group' }, id);
  return gruppe;
}

/** A member or contact must be an active user with a role in the organisation (400 naming the field otherwise). */
export async function findOrgUser(tx: Tx, orgId: string, brukerId: string) {
  const user = await repo.findOrgUser(tx, orgId, brukerId);
  if (!user) throw fieldError('brukerId', 'er ikke en aktiv bruker i organisasjonen', 'is not an active user of the organisation');
  return user;
}

/** The case whose internal contacts are read or changed, locked for a change; another organisation's is "not found". */
export async function findCaseOf(tx: Tx, orgId: string, saksmappeId: string, lock: boolean) {
  const row = lock
    ? await saksmappeRepository.findForUpdate(tx, orgId, saksmappeId)
    : await saksmappeRepository.find(tx, orgId, saksmappeId);
  if (!row) throw notFound({ nb: 'saksmappen', en: 'case file' }, saksmappeId);
  return row;
}
