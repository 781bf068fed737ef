import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.js';
import { MAX_MOTTAKERE } from '../ekspedering-repository.js';

/** At most this many documents go with one letter (a record holds a main document and a few attachments). */
export const MAX_DOKUMENTER = 100;

/** What the external channels read to send one recipient's letter (migration 0061's `ekspedering` row and what it points to). */
export const utsendingRepository = {
  /** One dispatch row with its recipient, record, case, case worker and sender; the job's whole picture in one statement. */
  find(tx: Tx, orgId: string, ekspederingId: string) {
    return tx
      .selectFrom('ekspedering as e')
      .innerJoin('korrespondansepart as k', (j) =>
        j.onRef('k.id', '=', 'e.korrespondansepart_id').onRef('k.organisasjon_id', '=', 'e.organisasjon_id'),
      )
      .innerJoin('journalpost as j', (j) => j.onRef('j.id', '=', 'e.journalpost_id').onRef('j.organisasjon_id', '=', 'e.organisasjon_id'))
      .innerJoin('saksmappe as s', (j) => j.onRef('s.id', '=', 'j.saksmappe_id').onRef('s.organisasjon_id', '=', 'j.organisasjon_id'))
      .innerJoin('organisasjon as o', 'o.id', 'e.organisasjon_id')
      .leftJoin('bruker as b', 'b.id', 'j.saksbehandler_id')
      .select([
        'e.id',
        'e.kanal',
        'e.status',
        'e.journalpost_id',
        'k.navn',
        'k.organisasjonsnummer',
        'k.foedselsnummer',
        'k.postadresse',
        'k.postnummer',
        'k.poststed',
        'k.land',
        'k.epostadresse',
        'k.kontaktperson',
        'j.journalaar',
        'j.journalsekvensnummer',
        'j.journalpostnummer',
        'j.journalposttype',
        'j.journalstatus',
        'j.journaldato',
        'j.dokumentets_dato',
        'j.tittel',
        's.saksaar',
        's.sakssekvensnummer',
        'b.navn as saksbehandler',
        'o.navn as avsender',
        'o.organisasjonsnummer as avsender_orgnr',
        'o.kortnavn as avsender_kortnavn',
      ])
      .where('e.organisasjon_id', '=', orgId)
      .where('e.id', '=', ekspederingId)
      .executeTakeFirst();
  },

  /** The record's failed dispatch rows (their jobs are keyed by the row's id). */
  async failedOf(tx: Tx, orgId: string, journalpostId: string): Promise<string[]> {
    const rows = await tx
      .selectFrom('ekspedering')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', journalpostId)
      .where('status', '=', 'feilet')
      .limit(MAX_MOTTAKERE)
      .execute();
    return rows.map((r) => r.id);
  },

  /**
   * The record's documents as sent: the main document first, then the
   * attachments by number; of each, the newest version's archival PDF/A
   * (variant A) when there is one, else its production file (P).
   */
  documents(tx: Tx, orgId: string, journalpostId: string) {
    return tx
      .selectFrom('dokumentbeskrivelse as d')
      .innerJoin('dokumentobjekt as o', (j) =>
        j.onRef('o.dokumentbeskrivelse_id', '=', 'd.id').onRef('o.organisasjon_id', '=', 'd.organisasjon_id'),
      )
      .distinctOn(['d.tilknyttet_registrering_som', 'd.dokumentnummer'])
      .select([
        'd.dokumentnummer',
        'd.tittel',
        'd.tilknyttet_registrering_som',
        'd.personsensitiv',
        'o.filnavn',
        'o.mime_type',
        'o.sjekksum',
        'o.filstoerrelse',
        'o.variantformat',
      ])
      .where('d.organisasjon_id', '=', orgId)
      .where('d.journalpost_id', '=', journalpostId)
      .where('o.variantformat', 'in', ['A', 'P'])
      .orderBy('d.tilknyttet_registrering_som')
      .orderBy('d.dokumentnummer')
      .orderBy('o.versjonsnummer', 'desc')
      .orderBy(sql`o.variantformat = 'A'`, 'desc')
      .limit(MAX_DOKUMENTER)
      .execute();
  },
};
