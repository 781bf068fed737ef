import { sql, type Insertable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { BesvarelseTable } from '../ekspedering/tables.js';

/** How many records one answer answers, and one record is answered by, at most (Noark allows several; real use is a handful). */
export const MAX_BESVARTE = 50;

/** Answers (besvarelse, migration 0061) and the write-offs they make: the only SQL of answering. */
export const besvarelseRepository = {
  insert(tx: Tx, rows: readonly Insertable<BesvarelseTable>[]) {
    if (rows.length === 0) return Promise.resolve([]);
    return tx.insertInto('besvarelse').values(rows).returning(['id', 'besvart_journalpost_id', 'svarmaate']).execute();
  },

  /** What an answer answers, with how (the dispatch writes off those marked `avskriv`). */
  answeredBy(tx: Tx, orgId: string, svarId: string) {
    return tx
      .selectFrom('besvarelse')
      .select(['besvart_journalpost_id', 'svarmaate', 'korrespondansepart_id', 'opprettet_av'])
      .where('organisasjon_id', '=', orgId)
      .where('svar_journalpost_id', '=', svarId)
      .limit(MAX_BESVARTE)
      .execute();
  },

  /**
   * A record's answer links both ways, for its page: the records it answers
   * and the records that answer it, each with its number, type, status and
   * how it answers; and its write-offs (per recipient for a note).
   */
  async linksOf(tx: Tx, orgId: string, id: string) {
    const other = (col: 'svar_journalpost_id' | 'besvart_journalpost_id') =>
      tx
        .selectFrom('besvarelse as b')
        .innerJoin('journalpost as j', (join) => join.onRef('j.id', '=', `b.${col}`).onRef('j.organisasjon_id', '=', 'b.organisasjon_id'))
        .innerJoin('saksmappe as s', 's.id', 'j.saksmappe_id')
        .select(['j.id', 'j.journalposttype', 'j.journalstatus', 'j.journalpostnummer', 's.saksaar', 's.sakssekvensnummer', 'b.svarmaate'])
        .where('b.organisasjon_id', '=', orgId)
        .orderBy('j.journalpostnummer')
        .limit(MAX_BESVARTE);
    // One after the other: a transaction is one connection (PGlite has only one).
    const besvarer = await other('besvart_journalpost_id').where('b.svar_journalpost_id', '=', id).execute();
    const besvartAv = await other('svar_journalpost_id').where('b.besvart_journalpost_id', '=', id).execute();
    const avskrivninger = await tx
      .selectFrom('avskrivning as a')
      .leftJoin('korrespondansepart as k', 'k.id', 'a.korrespondansepart_id')
      .leftJoin('bruker as u', 'u.id', 'a.avskrevet_av')
      .select([
        'a.id',
        'a.avskrivningsmaate',
        'a.avskrivningsdato',
        'a.referanse_avskrives_av_journalpost',
        'a.merknad',
        'k.navn as mottaker',
        'u.navn as avskrevet_av',
      ])
      .where('a.organisasjon_id', '=', orgId)
      .where('a.journalpost_id', '=', id)
      .orderBy('a.opprettet_dato')
      .limit(MAX_BESVARTE)
      .execute();
    return { besvarer, besvartAv, avskrivninger };
  },

  /**
   * The internal recipient (IM) of a note that `who` answers for: the party
   * naming the person, else one naming their unit (a unit's note distributed
   * to them). None: the answer is the whole record's.
   */
  async internalRecipientOf(tx: Tx, orgId: string, journalpostId: string, who: { brukerId: string; enhetId: string | null }) {
    const row = await tx
      .selectFrom('korrespondansepart')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', journalpostId)
      .where('korrespondanseparttype', '=', 'IM')
      .where((eb) =>
        eb.or([
          eb('saksbehandler_id', '=', who.brukerId),
          ...(who.enhetId ? [eb.and([eb('saksbehandler_id', 'is', null), eb('administrativ_enhet_id', '=', who.enhetId)])] : []),
        ]),
      )
      .orderBy(sql`saksbehandler_id IS NULL`)
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? null;
  },

  /** What an answer starts from: the answered record's case, type, number and unit, its senders (EA) and its author. */
  async answerDefaults(tx: Tx, orgId: string, id: string) {
    const record = await tx
      .selectFrom('journalpost as j')
      .innerJoin('saksmappe as s', 's.id', 'j.saksmappe_id')
      .leftJoin('bruker as b', 'b.id', 'j.saksbehandler_id')
      .select([
        'j.saksmappe_id',
        'j.journalposttype',
        'j.journalpostnummer',
        'j.administrativ_enhet_id',
        'j.saksbehandler_id',
        'b.navn as saksbehandler_navn',
        's.saksaar',
        's.sakssekvensnummer',
      ])
      .where('j.organisasjon_id', '=', orgId)
      .where('j.id', '=', id)
      .executeTakeFirst();
    if (!record) return undefined;
    const avsendere = await tx
      .selectFrom('korrespondansepart')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', id)
      .where('korrespondanseparttype', '=', 'EA')
      .orderBy('opprettet_dato')
      .orderBy('navn')
      .limit(MAX_BESVARTE)
      .execute();
    const forfatter =
      record.saksbehandler_id && record.saksbehandler_navn ? { id: record.saksbehandler_id, navn: record.saksbehandler_navn } : null;
    return { ...record, avsendere, forfatter };
  },
};
