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
 * for saken»; product §3: «N notes arrive in the internal recipient's inbox»):
 * - incoming post (I) registered by the archive in a new case goes to the
 *   record's unit, whose leader distributes it;
 * - other incoming post goes straight to the record's case worker (for the
 *   archive's registration on an existing case, the case owner) to answer;
 * - a note (N) goes to each internal recipient (IM): a person answers it, a
 *   unit's leader distributes it; X notes and outgoing records need no answer.
 */
export function tasksOnRegistration(record: RegisteredRecord, parties: readonly InternalRecipient[], byArchive: boolean): NewTask[] {
  const task = (oppgavetype: Oppgavetype, brukerId: string | null, enhetId: string | null): NewTask => ({
    oppgavetype,
    mottakerBrukerId: brukerId,
    mottakerEnhetId: brukerId ? null : enhetId,
    saksmappeId: record.saksmappeId,
    journalpostId: record.id,
    frist: record.forfallsdato,
    merknad: null,
  });
  if (record.journalposttype === 'I') {
    const newCase = byArchive && record.journalpostnummer === 1;
    if (newCase && record.administrativEnhetId) return [task('fordele', null, record.administrativEnhetId)];
    return record.saksbehandlerId ? [task('besvare', record.saksbehandlerId, null)] : [];
  }
  if (record.journalposttype !== 'N') return [];
  const seen = new Set<string>();
  return parties
    .filter((p) => p.korrespondanseparttype === 'IM' && (p.saksbehandlerId || p.administrativEnhetId))
    .map((p) => task(p.saksbehandlerId ? 'besvare' : 'fordele', p.saksbehandlerId ?? null, p.administrativEnhetId ?? null))
    .filter((t) => {
      const key = t.mottakerBrukerId ?? t.mottakerEnhetId!;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}
