import type { Tx } from '../../db/tenant.js';
import { formatJournalpostId } from '../noark/domain/index.js';
import { peopleRepository as people } from '../saksmappe/people-repository.js';

interface LoggedJournalpost {
  tittel: string;
  offentlig_tittel: string | null;
  journalposttype: string;
  journalstatus: string;
  journaldato: string;
  dokumentets_dato: string | null;
  mottatt_dato: Date | string | null;
  sendt_dato: Date | string | null;
  forfallsdato: string | null;
  offentlighetsvurdert_dato: string | null;
  administrativ_enhet_id: string | null;
  saksbehandler_id: string | null;
  journalenhet: string | null;
  journalpostnummer: number;
}

/** A record as the change log records it: Noark names, unit and case worker by name, registreringsID as "2026/123-4". */
export async function journalpostLogView(
  tx: Tx,
  orgId: string,
  j: LoggedJournalpost,
  saksnummer: { saksaar: number; sakssekvensnummer: number },
): Promise<Record<string, unknown>> {
  const [units, names] = await Promise.all([
    people.unitNamesOf(tx, orgId, [j.administrativ_enhet_id]),
    people.namesOf(tx, [j.saksbehandler_id]),
  ]);
  const name = (map: Map<string, string>, id: string | null) => (id ? (map.get(id) ?? id) : null);
  return {
    tittel: j.tittel,
    offentligTittel: j.offentlig_tittel,
    journalposttype: j.journalposttype,
    journalstatus: j.journalstatus,
    journaldato: j.journaldato,
    dokumentetsDato: j.dokumentets_dato,
    mottattDato: toDate(j.mottatt_dato),
    sendtDato: toDate(j.sendt_dato),
    forfallsdato: j.forfallsdato,
    offentlighetsvurdertDato: j.offentlighetsvurdert_dato,
    administrativEnhet: name(units, j.administrativ_enhet_id),
    saksbehandler: name(names, j.saksbehandler_id),
    journalenhet: j.journalenhet,
    registreringsID: formatJournalpostId(saksnummer.saksaar, saksnummer.sakssekvensnummer, j.journalpostnummer),
  };
}

/** The same instant logs the same way whether it came from the driver or from input. */
const toDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
