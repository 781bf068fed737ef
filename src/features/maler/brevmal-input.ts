import type { Tx } from '../../db/tenant.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { isMaltype, MALTYPER, type Maltype } from './domain/brevmal-kinds.js';
import { malerRepository as repo } from './maler-repository.js';

/** Multipart fields arrive as text: the kind must be one we know. */
export function checkMaltype(value: string | undefined): Maltype {
  if (value && isMaltype(value)) return value;
  throw fieldError('maltype', `må være en av ${MALTYPER.join(', ')}`, `must be one of ${MALTYPER.join(', ')}`);
}

/** A trimmed text field within its length; '' is left out (or refused when required). */
export function templateText(value: string | undefined, field: string, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (text === '') {
    if (required) throw fieldError(field, 'må fylles ut', 'is required');
    return null;
  }
  if (text.length > max) throw fieldError(field, `kan ha høyst ${max} tegn`, `may have at most ${max} characters`);
  return text;
}

export async function checkNavnFree(tx: Tx, org: string, navn: string, except?: string): Promise<void> {
  if (!(await repo.activeNameTaken(tx, org, navn, except))) return;
  throw new DomainError(
    'ALREADY_EXISTS',
    { nb: `En aktiv mal heter allerede «${navn}».`, en: `An active template is already called «${navn}».` },
    [{ field: 'navn', message: { nb: 'finnes allerede', en: 'exists already' } }],
  );
}

export async function findBrevmal(tx: Tx, org: string, id: string, lock = false) {
  const row = await repo.find(tx, org, id, lock);
  if (!row) throw notFound({ nb: 'malen', en: 'the template' }, id);
  return row;
}
