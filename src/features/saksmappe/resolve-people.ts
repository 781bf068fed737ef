import type { Tx } from '../../db/tenant.js';
import { fieldError } from '../../shared/errors.js';
import { peopleRepository as people } from './people-repository.js';

/** A unit named in input, which must exist in the active organisation; `field` names the input field in the error. */
export async function resolveEnhet(tx: Tx, orgId: string, id: string | null | undefined, field: string) {
  if (!id) throw fieldError(field, 'må fylles ut', 'is required');
  const enhet = await people.findEnhet(tx, orgId, id);
  if (!enhet) throw fieldError(field, 'finnes ikke i denne organisasjonen', 'does not exist in this organisation');
  return enhet;
}

/** A person named in input, who must hold a role in the active organisation. */
export async function resolveMedarbeider(tx: Tx, orgId: string, id: string | null | undefined, field: string) {
  if (!id) throw fieldError(field, 'må fylles ut', 'is required');
  const person = await people.findMedarbeider(tx, orgId, id);
  if (!person) throw fieldError(field, 'har ingen rolle i denne organisasjonen', 'holds no role in this organisation');
  return person;
}
