import type { Tx } from '../../db/tenant.js';
import { fieldError } from '../../shared/errors.js';
import { peopleRepository as people } from './people-repository.js';

/** A unit named in input, which must exist in the active organisation; `field` names the input field in the error. */
export async function resolveEnhet(tx: Tx, orgId: string, id: string | null | undefined, field: string) {
  return checkedEnhet(await people.findEnhet(tx, orgId, required(id, field)), field);
}

/** A person named in input, who must hold a role in the active organisation. */
export async function resolveMedarbeider(tx: Tx, orgId: string, id: string | null | undefined, field: string) {
  return checkedMedarbeider(await people.findMedarbeider(tx, orgId, required(id, field)), field);
}

/** An id input must name, or the error saying the field is required. */
export function required(id: string | null | undefined, field: string): string {
  if (!id) throw fieldError(field, 'må fylles ut', 'is required');
  return id;
}

/** The unit a lookup found (`resolveEnhet`, or `peopleRepository.columns`), or the error naming the field. */
export function checkedEnhet<T>(enhet: T | null | undefined, field: string): T {
  if (!enhet) throw fieldError(field, 'finnes ikke i denne organisasjonen', 'does not exist in this organisation');
  return enhet;
}

/** The person a lookup found, or the error naming the field. */
export function checkedMedarbeider<T>(person: T | null | undefined, field: string): T {
  if (!person) throw fieldError(field, 'har ingen rolle i denne organisasjonen', 'holds no role in this organisation');
  return person;
}
