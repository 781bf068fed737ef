import type { Tx } from '../../db/tenant.js';
import { fieldError } from '../../shared/errors.js';
import { arkivstrukturRepository as structure } from '../arkivstruktur/arkivstruktur-repository.js';
import { normaliseKlasseverdi } from '../arkivstruktur/klasseverdi.js';

/**
 * A classification as the user gives it: a class by id, or a value in a
 * system — an ordningsverdi such as "L42" in the subject key, or a
 * fødselsnummer / gnr-bnr in an object system. Without a system the primary
 * classification uses the archive part's primary system.
 */
export interface KlassifikasjonInput {
  klasseId?: string | null | undefined;
  klassifikasjonssystemId?: string | null | undefined;
  verdi?: string | null | undefined;
}

export interface ResolvedKlasse {
  klassifikasjonssystemId: string;
  klasseId: string | null;
  /** The ordningsverdi or object value, kept beside the class id so lists and search need no join. */
  verdi: string;
}

type Systemer = Awaited<ReturnType<typeof structure.listSystemerForArkivdel>>;

export function loadSystemer(tx: Tx, orgId: string, arkivdelId: string): Promise<Systemer> {
  return structure.listSystemerForArkivdel(tx, orgId, arkivdelId);
}

export async function resolveKlassifikasjon(
  tx: Tx,
  orgId: string,
  systemer: Systemer,
  input: KlassifikasjonInput,
  field: string,
  primary: boolean,
): Promise<ResolvedKlasse> {
  const allowed = primary ? systemer.filter((s) => s.primaer) : systemer;
  const permits = (systemId: string) => systemer.length === 0 || allowed.some((s) => s.id === systemId);
  if (input.klasseId) {
    const klasse = await structure.findKlasse(tx, orgId, input.klasseId);
    if (!klasse) throw fieldError(`${field}.klasseId`, 'finnes ikke i denne organisasjonen', 'does not exist in this organisation');
    if (!permits(klasse.klassifikasjonssystem_id)) throw notInArkivdel(`${field}.klasseId`, primary);
    await assertLowestLevel(tx, orgId, klasse, `${field}.klasseId`);
    return { klassifikasjonssystemId: klasse.klassifikasjonssystem_id, klasseId: klasse.id, verdi: klasse.klasse_id };
  }
  const systemId = input.klassifikasjonssystemId ?? (primary ? allowed[0]?.id : undefined);
  if (!systemId) throw fieldError(`${field}.klassifikasjonssystemId`, 'må fylles ut', 'is required');
  const system = await structure.findKlassifikasjonssystem(tx, orgId, systemId);
  if (!system) {
    throw fieldError(`${field}.klassifikasjonssystemId`, 'finnes ikke i denne organisasjonen', 'does not exist in this organisation');
  }
  if (!permits(system.id)) throw notInArkivdel(`${field}.klassifikasjonssystemId`, primary);
  if (!input.verdi) throw fieldError(`${field}.verdi`, 'må fylles ut', 'is required');
  const verdi = normaliseKlasseverdi(system.verdiformat, input.verdi, `${field}.verdi`);
  if (system.verdiformat) return { klassifikasjonssystemId: system.id, klasseId: null, verdi };
  // A subject key holds only its own classes: the ordningsverdi must exist.
  const klasse = await structure.findKlasseByKlasseId(tx, orgId, system.id, verdi);
  if (!klasse)
    throw fieldError(`${field}.verdi`, `${verdi} er ingen klasse i ${system.tittel}`, `${verdi} is not a class in ${system.tittel}`);
  await assertLowestLevel(tx, orgId, klasse, `${field}.verdi`);
  return { klassifikasjonssystemId: system.id, klasseId: klasse.id, verdi: klasse.klasse_id };
}

/** Noark 5 krav 2.4.4: a case is classed on a class at the lowest level of the hierarchy, never on one with subclasses. */
async function assertLowestLevel(tx: Tx, orgId: string, klasse: { id: string; klasse_id: string }, field: string) {
  if (!(await structure.hasUnderklasser(tx, orgId, klasse.id))) return;
  throw fieldError(
    field,
    `klassen ${klasse.klasse_id} har underklasser; velg en klasse på nederste nivå (Noark 5 krav 2.4.4)`,
    `class ${klasse.klasse_id} has subclasses; choose a class at the lowest level (Noark 5 requirement 2.4.4)`,
  );
}

function notInArkivdel(field: string, primary: boolean) {
  return primary
    ? fieldError(
        field,
        'må høre til arkivdelens primære klassifikasjonssystem',
        "must belong to the archive part's primary classification system",
      )
    : fieldError(
        field,
        'må høre til et klassifikasjonssystem arkivdelen bruker',
        'must belong to a classification system the archive part uses',
      );
}
