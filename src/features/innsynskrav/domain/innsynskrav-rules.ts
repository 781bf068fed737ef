import { addWorkingDays } from '../../midlertidig-sperret/domain/working-days.js';
import type { Rolle } from '../../../shared/roles.js';

/**
 * Access requests (offentleglova § 29 second paragraph: «Organet skal
 * avgjere innsynskrav utan ugrunna opphald»). The seeds give the working-day
 * target: «tre virkedager» (seed 001, what must be fixed before the public
 * journal) and «3 arbeidsdager» (seed 002 9.2.1); the Parliamentary
 * Ombud's practice is one to three working days. A request received on a
 * day is due three working days later (Norwegian holidays skipped).
 */
export const INNSYN_FRIST_ARBEIDSDAGER = 3;

export function innsynFrist(mottattDato: string): string {
  return addWorkingDays(mottattDato, INNSYN_FRIST_ARBEIDSDAGER);
}

/** Overdue once the deadline day has passed (the whole deadline day counts). */
export function isInnsynOverdue(frist: string, today: string): boolean {
  return today > frist;
}

/** At most this many records in one request (a larger one is split by the requester). */
export const MAX_DELER = 50;

export const AVGJOERELSER = ['innsyn', 'delvis', 'avslag'] as const;
export type Avgjoerelse = (typeof AVGJOERELSER)[number];

/**
 * The legal bases for refusing access, in whole or in part (offentleglova;
 * seed 002 §§ 5, 5a, 6 name the older law's counterparts). `taushetsplikt`:
 * the information is confidential by law, so «meroffentlighet» (§ 11) cannot
 * release it; for the others the body must consider releasing it anyway.
 */
export const INNSYN_HJEMLER = [
  {
    code: 'offl13-fvl13-1',
    nb: 'Offentleglova § 13 første ledd, jf. forvaltningsloven § 13 første ledd nr. 1 (personlige forhold)',
    en: 'Freedom of Information Act s. 13 (1), cf. Public Administration Act s. 13 (1) no. 1 (personal matters)',
    taushetsplikt: true,
  },
  {
    code: 'offl13-fvl13-2',
    nb: 'Offentleglova § 13 første ledd, jf. forvaltningsloven § 13 første ledd nr. 2 (forretningshemmeligheter)',
    en: 'Freedom of Information Act s. 13 (1), cf. Public Administration Act s. 13 (1) no. 2 (trade secrets)',
    taushetsplikt: true,
  },
  {
    code: 'offl14',
    nb: 'Offentleglova § 14 første ledd (organinterne dokument)',
    en: 'Freedom of Information Act s. 14 (1) (internal documents)',
    taushetsplikt: false,
  },
  {
    code: 'offl15',
    nb: 'Offentleglova § 15 (dokument innhenta utanfrå for intern saksførebuing)',
    en: 'Freedom of Information Act s. 15 (documents obtained for internal preparation)',
    taushetsplikt: false,
  },
  {
    code: 'offl16',
    nb: 'Offentleglova § 16 (interne dokument i kommunar og fylkeskommunar)',
    en: 'Freedom of Information Act s. 16 (internal documents of municipalities)',
    taushetsplikt: false,
  },
  { code: 'offl18', nb: 'Offentleglova § 18 (prosessføring)', en: 'Freedom of Information Act s. 18 (litigation)', taushetsplikt: false },
  {
    code: 'offl23',
    nb: 'Offentleglova § 23 (forhandlingsposisjon, økonomisk forvaltning)',
    en: 'Freedom of Information Act s. 23 (negotiating position, financial management)',
    taushetsplikt: false,
  },
  {
    code: 'offl24',
    nb: 'Offentleglova § 24 (kontroll- og reguleringstiltak, lovbrot)',
    en: 'Freedom of Information Act s. 24 (control measures, offences)',
    taushetsplikt: false,
  },
  {
    code: 'offl25',
    nb: 'Offentleglova § 25 (tilsetjingssaker)',
    en: 'Freedom of Information Act s. 25 (appointments)',
    taushetsplikt: false,
  },
  {
    code: 'offl26',
    nb: 'Offentleglova § 26 (eksamen, personbilete, fødselsnummer m.m.)',
    en: 'Freedom of Information Act s. 26 (exams, photos of persons, national identity numbers etc.)',
    taushetsplikt: false,
  },
  { code: 'offl5', nb: 'Offentleglova § 5 (utsett innsyn)', en: 'Freedom of Information Act s. 5 (deferred access)', taushetsplikt: false },
] as const;
export type InnsynHjemmel = (typeof INNSYN_HJEMLER)[number];

export const hjemmelOf = (kode: string | null | undefined): InnsynHjemmel | undefined => INNSYN_HJEMLER.find((h) => h.code === kode);

export interface AvgjoerelseInput {
  avgjoerelse: string;
  hjemmel?: string | null | undefined;
  meroffentlighetVurdert?: boolean | undefined;
  begrunnelse?: string | null | undefined;
}

export interface FieldProblem {
  field: string;
  nb: string;
  en: string;
}

/**
 * A decision on one requested record: full access needs nothing more; a
 * refusal or a partial access names its legal basis from the list, and
 * confirms that «meroffentlighet» (offentleglova § 11: «Organet skal vurdere
 * å gi innsyn dersom omsynet til offentleg innsyn veg tyngre enn behovet for
 * unntak»; seed 001 «I <kommunen> praktiseres meroffentlighet») was considered.
 */
export function checkAvgjoerelse(input: AvgjoerelseInput): FieldProblem | null {
  if (!(AVGJOERELSER as readonly string[]).includes(input.avgjoerelse)) {
    return { field: 'avgjoerelse', nb: 'må være innsyn, delvis eller avslag', en: 'must be innsyn, delvis or avslag' };
  }
  if (input.avgjoerelse === 'innsyn') {
    if (input.hjemmel)
      return { field: 'hjemmel', nb: 'gis bare ved avslag eller delvis innsyn', en: 'is given only for a refusal or partial access' };
    return null;
  }
  if (!input.hjemmel)
    return { field: 'hjemmel', nb: 'må velges ved avslag og delvis innsyn', en: 'must be chosen for a refusal or partial access' };
  if (!hjemmelOf(input.hjemmel)) return { field: 'hjemmel', nb: 'er ikke en kjent hjemmel', en: 'is not a known legal basis' };
  if (input.meroffentlighetVurdert !== true) {
    return {
      field: 'meroffentlighetVurdert',
      nb: 'må bekreftes: vurder meroffentlighet (offentleglova § 11) før du avslår',
      en: 'must be confirmed: consider «meroffentlighet» (offentleglova § 11) before refusing',
    };
  }
  return null;
}

/** Who decides a requested record: the case owner it was routed to, a leader, or the archive. */
export function mayDecide(rolle: Rolle, brukerId: string, del: { saksbehandlerId: string }): boolean {
  return del.saksbehandlerId === brukerId || rolle === 'ARK' || rolle === 'LED' || rolle === 'SF';
}

/**
 * Who sends the answer: the case worker (seed 001, «Rutine for behandling av
 * innsynsbegjæringer» step 3: «Saksbehandler ekspederer svar om hvilket
 * alternativ som er valgt», Ansvarlig SB; the dispatch routine «Saksbehandler
 * sørger for utsendelse»), so those who author outgoing letters: the
 * request's case owner or a leader of its unit, by the change rule. The
 * archive receives, follows up and may decide (seed 003 lists
 * «Innsynsbestillinger» among its tasks, steps 1–2 of seed 001 name ARK/SB
 * and LED/SB), but does not author an outgoing letter (the status table:
 * only authors make U records).
 */
export const ANSWERING_ROLES: readonly Rolle[] = ['SB', 'LED', 'SF', 'MS'];

export function mayAnswerRole(rolle: Rolle): boolean {
  return ANSWERING_ROLES.includes(rolle);
}

/** The appeal information every refusal carries (offentleglova §§ 31, 32; forvaltningsloven § 29). */
export function klageTekst(organisasjon: string): string {
  return (
    `Du kan klage på avslaget. Send klagen til ${organisasjon} innen tre uker fra du fikk dette svaret ` +
    '(offentleglova § 32, jf. forvaltningsloven § 29). Klagen avgjøres av statsforvalteren. ' +
    'Du kan også be om en nærmere begrunnelse for avslaget innen tre uker; den gis innen ti arbeidsdager (offentleglova § 31).'
  );
}
