import type { Tx } from '../../db/tenant.js';
import { peopleRepository as people } from './people-repository.js';

interface LoggedSaksmappe {
  tittel: string;
  offentlig_tittel: string | null;
  arkivdel_id: string;
  saksdato: string;
  administrativ_enhet_id: string;
  saksansvarlig_id: string;
  journalenhet: string | null;
  saksstatus: string;
  primaer_klasseverdi: string | null;
}

/**
 * A case as the change log records it (Noark names, vedlegg 3). Unit and
 * case owner are logged by name, as Noark writes administrativEnhet and
 * saksansvarlig, so the log still reads right after a unit is renamed.
 */
export async function saksmappeLogView(tx: Tx, orgId: string, s: LoggedSaksmappe): Promise<Record<string, unknown>> {
  const [units, names] = await Promise.all([
    people.unitNamesOf(tx, orgId, [s.administrativ_enhet_id]),
    people.namesOf(tx, [s.saksansvarlig_id]),
  ]);
  return {
    tittel: s.tittel,
    offentligTittel: s.offentlig_tittel,
    referanseArkivdel: s.arkivdel_id,
    saksdato: s.saksdato,
    administrativEnhet: units.get(s.administrativ_enhet_id) ?? s.administrativ_enhet_id,
    saksansvarlig: names.get(s.saksansvarlig_id) ?? s.saksansvarlig_id,
    journalenhet: s.journalenhet,
    saksstatus: s.saksstatus,
    klassifikasjon: s.primaer_klasseverdi,
  };
}
