import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import type { Ctx } from '../../src/shared/context.js';
import { createCase, valerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';
import { asAppRole, refusal, sql } from './app-role.js';

const EVIDENCE_PROTECTED = 'SG001';

describe(`the database keeps numbers and identities of the evidence (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let ark: Ctx;

  valerTeam((team) => {
    ({ handle, ark } = team);
  });

  async function journalfoert() {
    const sak = await createCase(ark);
    const record = await registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'Søknad om skjenkebevilling' });
    return { sak, record };
  }

  /** A document with one stored file under the record, written by the owner as the upload would. */
  async function documentOf(journalpostId: string) {
    const org = ark.role.organisasjonId;
    const sjekksum = 'a'.repeat(64);
    await handle.db
      .insertInto('fil')
      .values({ organisasjon_id: org, sjekksum, filstoerrelse: 10, mime_type: 'application/pdf', format: 'fmt/276' })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const dok = await handle.db
      .insertInto('dokumentbeskrivelse')
      .values({
        organisasjon_id: org,
        journalpost_id: journalpostId,
        dokumenttype: 'Brev',
        dokumentstatus: 'F',
        tittel: 'Søknaden',
        tilknyttet_registrering_som: 'H',
        dokumentnummer: 1,
        tilknyttet_av: ark.actor.brukerId,
        opprettet_av: ark.actor.brukerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const obj = await handle.db
      .insertInto('dokumentobjekt')
      .values({
        organisasjon_id: org,
        dokumentbeskrivelse_id: dok.id,
        versjonsnummer: 1,
        variantformat: 'P',
        format: 'fmt/276',
        filnavn: 'soknad.pdf',
        mime_type: 'application/pdf',
        sjekksum,
        filstoerrelse: 10,
        opprettet_av: ark.actor.brukerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { dokumentbeskrivelseId: dok.id, dokumentobjektId: obj.id };
  }

  it('refuses to renumber a case or a record, even to a free number', async () => {
    const { sak, record } = await journalfoert();
    const attempts = [
      sql`UPDATE saksmappe SET sakssekvensnummer = 9999 WHERE id = ${sak.id}`,
      sql`UPDATE saksmappe SET saksaar = 1999 WHERE id = ${sak.id}`,
      sql`UPDATE saksmappe SET id = gen_random_uuid() WHERE id = ${sak.id}`,
      sql`UPDATE journalpost SET journalsekvensnummer = 9999 WHERE id = ${record.id}`,
      sql`UPDATE journalpost SET journalaar = 1999 WHERE id = ${record.id}`,
      sql`UPDATE journalpost SET journalpostnummer = 99 WHERE id = ${record.id}`,
      sql`UPDATE journalpost SET registreringstype = 'arkivnotat', journalaar = NULL, journalsekvensnummer = NULL WHERE id = ${record.id}`,
      sql`UPDATE journalpost SET opprettet_av = ${ark.actor.brukerId}::uuid, opprettet_dato = '2001-01-01' WHERE id = ${record.id}`,
    ];
    for (const attempt of attempts) {
      const error = await refusal(ark, attempt);
      expect(error.code, error.message).toBe(EVIDENCE_PROTECTED);
    }
  });

  it('refuses to rewind a number counter, of the organisation or of a case', async () => {
    const { sak } = await journalfoert();
    const series = await refusal(ark, sql`UPDATE nummerserie SET siste = siste - 1`);
    expect(series.code).toBe(EVIDENCE_PROTECTED);
    const moved = await refusal(ark, sql`UPDATE nummerserie SET aar = aar + 1`);
    expect(moved.code).toBe(EVIDENCE_PROTECTED);
    const inCase = await refusal(ark, sql`UPDATE saksmappe SET siste_journalpostnummer = 0 WHERE id = ${sak.id}`);
    expect(inCase.code).toBe(EVIDENCE_PROTECTED);
    await asAppRole(ark, sql`UPDATE nummerserie SET siste = siste`);
  });

  it('refuses to set a journalført or archived record back, and lets it be archived', async () => {
    const { record } = await journalfoert();
    for (const status of ['R', 'F', 'E', 'S', 'M']) {
      const error = await refusal(ark, sql`UPDATE journalpost SET journalstatus = ${status} WHERE id = ${record.id}`);
      expect(error.code, status).toBe(EVIDENCE_PROTECTED);
    }
    await asAppRole(ark, sql`UPDATE journalpost SET journalstatus = 'A' WHERE id = ${record.id}`);
    for (const status of ['J', 'R', 'U']) {
      const error = await refusal(ark, sql`UPDATE journalpost SET journalstatus = ${status} WHERE id = ${record.id}`);
      expect(error.code, status).toBe(EVIDENCE_PROTECTED);
    }
  });

  it('refuses to move a document or swap or rename the file under it', async () => {
    const { record } = await journalfoert();
    const other = await journalfoert();
    const { dokumentbeskrivelseId, dokumentobjektId } = await documentOf(record.id);
    const attempts = [
      sql`UPDATE dokumentbeskrivelse SET journalpost_id = ${other.record.id} WHERE id = ${dokumentbeskrivelseId}`,
      sql`UPDATE dokumentbeskrivelse SET dokumentnummer = 7 WHERE id = ${dokumentbeskrivelseId}`,
      sql`UPDATE dokumentobjekt SET sjekksum = ${'b'.repeat(64)} WHERE id = ${dokumentobjektId}`,
      sql`UPDATE dokumentobjekt SET filnavn = 'noe-annet.pdf' WHERE id = ${dokumentobjektId}`,
      sql`UPDATE dokumentobjekt SET versjonsnummer = 2 WHERE id = ${dokumentobjektId}`,
      sql`UPDATE dokumentobjekt SET variantformat = 'A' WHERE id = ${dokumentobjektId}`,
    ];
    for (const attempt of attempts) {
      const error = await refusal(ark, attempt);
      expect(error.code, error.message).toBe(EVIDENCE_PROTECTED);
    }
  });

  it('lets only the triggers write the search index: no delete, insert or update by the app role', async () => {
    const { record } = await journalfoert();
    const { dokumentbeskrivelseId } = await documentOf(record.id);
    for (const attempt of [
      sql`DELETE FROM sok_indeks WHERE objekt_id = ${record.id}`,
      sql`UPDATE sok_indeks SET sokevektor = ''::tsvector WHERE objekt_id = ${record.id}`,
      sql`INSERT INTO sok_indeks SELECT * FROM sok_kilde_journalpost WHERE objekt_id = ${record.id}`,
      sql`DELETE FROM sok_dokument WHERE objekt_id = ${dokumentbeskrivelseId}`,
      sql`UPDATE sok_dokument SET tilgangskode = NULL WHERE objekt_id = ${dokumentbeskrivelseId}`,
      sql`INSERT INTO sok_dokument SELECT * FROM sok_kilde_dokument WHERE objekt_id = ${dokumentbeskrivelseId}`,
    ]) {
      expect((await refusal(ark, attempt)).code).toBe('42501');
    }
    // The function the triggers drop a deleted document's row with removes no row of a document that exists.
    await asAppRole(ark, sql`SELECT sok_slett_dokument(${dokumentbeskrivelseId}::uuid)`);
    const kept = await asAppRole(ark, sql`SELECT objekt_id FROM sok_dokument WHERE objekt_id = ${dokumentbeskrivelseId}`);
    expect(kept.rows).toHaveLength(1);
    // A change queues its reindex (migration 0035); the app role may only ask for the queue to be done, which builds the rows from the data.
    await asAppRole(ark, sql`UPDATE journalpost SET tittel = 'Søknad om serveringsbevilling' WHERE id = ${record.id}`);
    await asAppRole(ark, sql`SELECT sok_ta_igjen(${ark.role.organisasjonId}::uuid)`);
    for (const attempt of [
      sql`INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id) VALUES (${ark.role.organisasjonId}, 'journalpost', ${record.id})`,
    ]) {
      expect((await refusal(ark, attempt)).code).toBe('42501');
    }
    const row = await asAppRole(ark, sql<{ tittel: string }>`SELECT tittel FROM sok_indeks WHERE objekt_id = ${record.id}`);
    expect(row.rows).toEqual([{ tittel: 'Søknad om serveringsbevilling' }]);
  });
});
