import type { Rolle } from '../../../shared/roles.js';
import type { Journalposttype, Journalstatus, Saksstatus } from './code-lists.js';
import type { TransitionCondition } from './transition-conditions.js';

/*
 * The status lifecycles of saksmappe and journalpost, defined once as data.
 * Seed 001 = IKT Agder's Public 360 routines, seed 002 = Elverum's WebSak
 * routines, krav = Noark 5 requirement number. `from: null` is creation: the
 * status a new object may start in. Anything not listed is refused; SYS and
 * LES appear in no row, so they change no status.
 */

export type NoarkEntity = 'saksmappe' | 'journalpost';

interface RuleBase {
  readonly allowedRoles: readonly Rolle[];
  readonly when?: readonly TransitionCondition[];
}
export interface SaksmappeRule extends RuleBase {
  readonly entity: 'saksmappe';
  readonly from: Saksstatus | null;
  readonly to: Saksstatus;
}
export interface JournalpostRule extends RuleBase {
  readonly entity: 'journalpost';
  readonly types: readonly Journalposttype[];
  readonly from: Journalstatus | null;
  readonly to: Journalstatus;
}
export type TransitionRule = SaksmappeRule | JournalpostRule;

/** Everyone who writes documents and owns cases; the seeds' «SB/LED». */
const AUTHORS: readonly Rolle[] = ['SB', 'LED', 'SF', 'MS'];
const ARCHIVE: readonly Rolle[] = ['ARK'];
const INCOMING: readonly Journalposttype[] = ['I'];
/** Own documents: seed 002 §6.2 "U-utgående dokumenter og N- og X-dokumenter og S-sakpapir". */
const OWN: readonly Journalposttype[] = ['U', 'N', 'X', 'S'];
const ALL_TYPES: readonly Journalposttype[] = [...INCOMING, ...OWN];

const sak = (
  from: Saksstatus | null,
  to: Saksstatus,
  allowedRoles: readonly Rolle[],
  when?: readonly TransitionCondition[],
): SaksmappeRule => ({ entity: 'saksmappe', from, to, allowedRoles, ...(when && { when }) });

const jp = (
  types: readonly Journalposttype[],
  from: Journalstatus | null,
  to: Journalstatus,
  allowedRoles: readonly Rolle[],
  when?: readonly TransitionCondition[],
): JournalpostRule => ({ entity: 'journalpost', types, from, to, allowedRoles, ...(when && { when }) });

export const TRANSITIONS: readonly TransitionRule[] = [
  // ── saksmappe ──
  // 001: "Saksbehandler kan selv opprette nye saker"; 002: "reserveres ny sak".
  sak(null, 'R', AUTHORS),
  // 001: "Arkivtjenesten oppretter nye saker før journalføring av inngående
  // post" — the archive's own cases need no quality check.
  sak(null, 'B', ARCHIVE),
  // 001: "Arkivet kvalitetssikrer alle nyopprettede saker … endres sakens
  // status fra Reservert til 'Under behandling'".
  sak('R', 'B', ARCHIVE),
  // 001: "Dersom det ikke forventes flere dokumenter i saken … settes saken til
  // status 'Avsluttet av saksbehandler'" (002: merknad ØA «Ønskes avsluttet»).
  sak('B', 'S', AUTHORS, ['allRecordsWrittenOff']),
  // The archive's check fails and it sends the case back, or the case owner
  // withdraws the request because more documents are coming. S is a request,
  // not a closing, so its owner may take it back.
  sak('S', 'B', [...ARCHIVE, ...AUTHORS]),
  // 001: "Arkivet søker frem saker som er avsluttet av saksbehandler og
  // gjennomfører kvalitetskontroll før saken avsluttes med status A."
  sak('S', 'A', ARCHIVE, ['recordsFinished', 'archivalFormats']),
  // 002: the case stays B with an ØA remark; "Arkivtjenestens rutiner fanger
  // opp denne statusen og avslutter saken formelt".
  sak('B', 'A', ARCHIVE, ['recordsFinished', 'archivalFormats']),
  // 001: "Saksbehandlere … må henvende seg til arkivet for å få gjenåpnet en
  // sak … Arkivet kan åpne/endre status på avsluttede saker."
  sak('A', 'B', ARCHIVE),
  // 002 §6.1 "U Utgår. Saken utgår" — a case made by mistake or twice. Only
  // the archive voids, as it alone corrects the register (product §1).
  sak('R', 'U', ARCHIVE, ['noActiveRecords']),
  sak('B', 'U', ARCHIVE, ['noActiveRecords']),

  // ── journalpost, incoming (I) ──
  // 002 §6.2 "M – Midlertidig journalført av arkivtjenesten"; 001: the archive
  // sets «Midlertidig registrert» on post whose screening is in doubt.
  jp(INCOMING, null, 'M', ARCHIVE),
  // 002 §6.2 "S – Registrert i førstehånd av saksbehandler eller leder" (e-mail).
  jp(INCOMING, null, 'S', AUTHORS),
  // 002 §6.2 "J – … Standardverdi ved ferdig registrering av ny journalpost i arkivet".
  jp(INCOMING, null, 'J', ARCHIVE, ['noTemporaryScreening', 'documentsFinalised', 'archivalFormats']),
  // 002 §6.2 "J – Journalført eller kontrollert av arkivtjenesten"; M waits for
  // the leader's screening decision (002 §7.1.1).
  jp(INCOMING, 'M', 'J', ARCHIVE, ['noTemporaryScreening', 'documentsFinalised', 'archivalFormats']),
  jp(INCOMING, 'S', 'J', ARCHIVE, ['noTemporaryScreening', 'documentsFinalised', 'archivalFormats']),
  // A wrong temporary registration (duplicate, not archive-worthy). The case
  // worker "sender melding til arkivet om hva som skal endres" (001).
  jp(INCOMING, 'M', 'U', ARCHIVE),
  jp(INCOMING, 'S', 'U', ARCHIVE),

  // ── journalpost, own documents (U, N, X, S) ──
  // 002 §6.2 "R – Reservert. … reservert for leder/SB".
  jp(OWN, null, 'R', AUTHORS),
  // 002 §10: "Når dokumentet er endelig med underskrifter og godkjent fra ev.
  // leder endrer saksbehandler journalstatus til F"; for S the chief executive
  // (a leader) sets F. Approval itself happens while the record is R.
  jp(OWN, 'R', 'F', AUTHORS, ['approvalCompleted']),
  // The author drops a draft. Krav 3.2.21 even allows deleting an R record.
  jp(OWN, 'R', 'U', [...AUTHORS, ...ARCHIVE]),
  // 001: "Når dokumentet er godkjent skal dokumentet ekspederes" — letters by
  // SvarUt/e-mail, N/X notes to the internal recipient, S to the meeting
  // secretary ("status blir endret til – ekspedert"). Krav 3.2.30 for E.
  jp(OWN, 'F', 'E', AUTHORS, ['documentsFinalised']),
  // 002 §10: "Arkivtjenesten endrer status fra F til J (journalført) slik at
  // det kommer på offentlig journal" — Elverum journalfører straight from F.
  jp(OWN, 'F', 'J', ARCHIVE, ['documentsFinalised', 'archivalFormats']),
  // Product §5: the archive checks dispatched records and journalfører them.
  jp(OWN, 'E', 'J', ARCHIVE, ['documentsFinalised', 'archivalFormats']),
  // No going back from F or E (krav 3.2.32: a finalised document should not
  // be reopened); a wrong one is voided by the archive and made anew.
  jp(OWN, 'F', 'U', ARCHIVE),
  jp(OWN, 'E', 'U', ARCHIVE),

  // Seed 001, restanseoppfølging: «Restanselisten arkiveres» — the archive's
  // own internal note (its quarterly backlog list) is journalført as it is
  // made, with its document finalised.
  jp(['X'], null, 'J', ARCHIVE, ['documentsFinalised', 'archivalFormats']),

  // ── journalpost, every type ──
  // Issue 17 item 3: journalføring (J) and closing a case (A) wait for the
  // archival variant of office documents (`archivalFormats`).
  // Arkivering freezes the record (arkivertDato, TG M604); done by the archive,
  // typically when it closes the case.
  jp(ALL_TYPES, 'J', 'A', ARCHIVE, ['documentsFinalised']),
  // Krav 3.2.19: a journalført record is never deleted; the archive voids it.
  // An archived (A) record is frozen and cannot even be voided.
  jp(ALL_TYPES, 'J', 'U', ARCHIVE),
];
