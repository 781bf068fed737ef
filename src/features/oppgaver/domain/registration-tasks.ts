import type { Oppgavetype } from './task-kinds.js';

/** What distribution needs of a newly registered record. */
export interface RegisteredRecord {
  id: string;
  saksmappeId: string;
  journalposttype: string;
  /** 1 for the first record of its case: a new case. */
  journalpostnummer: number;
  saksbehandlerId: string | null;
  administrativEnhetId: string | null;
  forfallsdato: string | null;
}

/** An internal recipient (IM) of a note. */
export interface InternalRecipient {
  korrespondanseparttype: string;
  saksbehandlerId?: string | null | undefined;
  administrativEnhetId?: string | null | undefined;
}

export interface NewTask {
  oppgavetype: Oppgavetype;
  mottakerBrukerId: string | null;
  mottakerEnhetId: string | null;
  saksmappeId: string;
  journalpostId: string;
  frist: string | null;
  merknad: string | null;
}

/**
 * The tasks a registration creates (seed 001, «Arkivet fordeler post
 * registrert i ny sak direkte til aktuell enhet … Ny korrespondanse på
 * eksisterende saker fordeles direkte til den saksbehandler som er ansvarlig
 * for saken»):
 * - incoming post (I) registered by the archive in a new case goes to the
 *   record's unit, whose leader distributes it;
 * - other incoming post goes straight to the record's case worker (for the
 *   archive's registration on an existing case, the case owner) to answer.
 * Own records (U, N, X, S) need nothing on registration: a note reaches its
 * internal recipients when it is dispatched (`tasksOnDispatch`).
 */
export function tasksOnRegistration(record: RegisteredRecord, byArchive: boolean): NewTask[] {
  if (record.journalposttype !== 'I') return [];
  const newCase = byArchive && record.journalpostnummer === 1;
  if (newCase && record.administrativEnhetId) return [taskOn(record, 'fordele', null, record.administrativEnhetId)];
  return record.saksbehandlerId ? [taskOn(record, 'besvare', record.saksbehandlerId, null)] : [];
}

/**
 * The tasks a dispatch creates for the record's internal recipients (seed
 * 001 «Rutine for intern korrespondanse»: «Notatet mottas i 360° (Til
 * fordeling eller Ubesvarte) straks notatet er ekspedert»; seed 002 10.6.1
 * step 8: «notatet blir da elektronisk tilgjengelig hos mottaker i
 * vedkommendes Innboks og eventuelt i Restanse-liste»):
 * - a note for follow-up (N) to a person (IM): `besvare`, in their Ubesvarte;
 *   to a unit: `fordele`, for its leader to distribute;
 * - a note without follow-up (X), and an internal copy recipient (IK) of any
 *   record: `kopi`, for information — never answered nor written off.
 * One task per person or unit, whatever the number of parties naming it.
 */
export function tasksOnDispatch(record: RegisteredRecord, recipients: readonly InternalRecipient[]): NewTask[] {
  const seen = new Set<string>();
  return recipients
    .filter(
      (p) => (p.korrespondanseparttype === 'IM' || p.korrespondanseparttype === 'IK') && (p.saksbehandlerId || p.administrativEnhetId),
    )
    .map((p) => {
      const forFollowUp = record.journalposttype === 'N' && p.korrespondanseparttype === 'IM';
      const type: Oppgavetype = !forFollowUp ? 'kopi' : p.saksbehandlerId ? 'besvare' : 'fordele';
      return taskOn(record, type, p.saksbehandlerId ?? null, p.administrativEnhetId ?? null);
    })
    .filter((t) => {
      const key = t.mottakerBrukerId ?? t.mottakerEnhetId!;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

function taskOn(record: RegisteredRecord, oppgavetype: Oppgavetype, brukerId: string | null, enhetId: string | null): NewTask {
  return {
    oppgavetype,
    mottakerBrukerId: brukerId,
    mottakerEnhetId: brukerId ? null : enhetId,
    saksmappeId: record.saksmappeId,
    journalpostId: record.id,
    frist: record.forfallsdato,
    merknad: null,
  };
}
