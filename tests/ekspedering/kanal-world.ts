import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { EKSPEDERING_JOBB } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import type { EksternKanal } from '../../src/features/ekspedering/domain/kanal.js';
import type { DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { jobRepository } from '../../src/jobs/job-repository.js';
import { EKSPEDERING_FORSOK } from '../../src/features/ekspedering/kanaler/kanal-job.js';
import { createJournalpost } from '../documents/fixtures.js';
import { orgId } from '../support/world.js';

export interface Mottaker {
  navn: string;
  kanal: EksternKanal;
  organisasjonsnummer?: string;
  foedselsnummer?: string;
  epostadresse?: string;
  postadresse?: string;
  postnummer?: string;
  poststed?: string;
}

export interface Dokument {
  filnavn: string;
  mimeType?: string;
  innhold?: Uint8Array;
  personsensitiv?: boolean;
}

/**
 * An outgoing letter (U, status E) in Våler with its recipients, documents
 * and, per recipient, what the dispatch core leaves for the channels: a
 * waiting dispatch row and its channel's job.
 */
export async function dispatchedLetter(
  handle: DatabaseHandle,
  stores: DocumentStores,
  mottakere: readonly Mottaker[],
  dokumenter: readonly Dokument[] = [{ filnavn: 'brev.pdf' }],
) {
  const db = handle.db;
  const org = await orgId(handle, 'valer');
  const user = await db.selectFrom('bruker').select('id').where('brukernavn', '=', 'valer.saksbehandler').executeTakeFirstOrThrow();
  const journalpostId = await createJournalpost(handle, 'valer', { journalposttype: 'U', journalstatus: 'E' });
  await db
    .updateTable('journalpost')
    .set({ saksbehandler_id: user.id, tittel: 'Svar på søknad om utslippstillatelse' })
    .where('id', '=', journalpostId)
    .execute();
  for (const [i, d] of dokumenter.entries()) {
    const innhold = d.innhold ?? (await makePdf(`Brev ${i + 1}\n\nVi viser til søknaden.`, d.filnavn));
    const store = d.personsensitiv ? stores.secure : stores.plain;
    const put = await store.put(org, Readable.from([Buffer.from(innhold)]));
    const mimeType = d.mimeType ?? 'application/pdf';
    await db
      .insertInto('fil')
      .values({ organisasjon_id: org, sjekksum: put.sha256, filstoerrelse: put.size, mime_type: mimeType, format: 'fmt/276' })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const beskrivelse = await db
      .insertInto('dokumentbeskrivelse')
      .values({
        organisasjon_id: org,
        journalpost_id: journalpostId,
        dokumenttype: 'B',
        dokumentstatus: 'F',
        tittel: d.filnavn,
        tilknyttet_registrering_som: i === 0 ? 'H' : 'V',
        dokumentnummer: i + 1,
        tilknyttet_av: user.id,
        opprettet_av: user.id,
        personsensitiv: d.personsensitiv ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('dokumentobjekt')
      .values({
        organisasjon_id: org,
        dokumentbeskrivelse_id: beskrivelse.id,
        versjonsnummer: 1,
        variantformat: 'P',
        format: 'fmt/276',
        filnavn: d.filnavn,
        mime_type: mimeType,
        sjekksum: put.sha256,
        filstoerrelse: put.size,
        opprettet_av: user.id,
      })
      .execute();
  }
  const rader: { id: string; kanal: EksternKanal; navn: string }[] = [];
  for (const m of mottakere) {
    const part = await db
      .insertInto('korrespondansepart')
      .values({
        organisasjon_id: org,
        journalpost_id: journalpostId,
        korrespondanseparttype: 'EM',
        navn: m.navn,
        organisasjonsnummer: m.organisasjonsnummer ?? null,
        foedselsnummer: m.foedselsnummer ?? null,
        epostadresse: m.epostadresse ?? null,
        postadresse: m.postadresse ?? null,
        postnummer: m.postnummer ?? null,
        poststed: m.poststed ?? null,
        opprettet_av: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('ekspedering')
      .values({
        organisasjon_id: org,
        journalpost_id: journalpostId,
        korrespondansepart_id: part.id,
        kanal: m.kanal,
        ekspedert_av: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await jobRepository.enqueue(db, {
      organisasjonId: org,
      type: EKSPEDERING_JOBB[m.kanal],
      nokkel: row.id,
      data: { ekspederingId: row.id },
      maksForsok: EKSPEDERING_FORSOK,
    });
    rader.push({ id: row.id, kanal: m.kanal, navn: m.navn });
  }
  return { org, journalpostId, rader };
}

/** A dispatch row as the case worker sees it. */
export const rowOf = (handle: DatabaseHandle, id: string) =>
  handle.db
    .selectFrom('ekspedering')
    .select(['status', 'sendt_dato', 'forsendelse_referanse', 'feilmelding'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

/** The dispatch row's job. */
export const jobOf = (handle: DatabaseHandle, id: string) =>
  handle.db.selectFrom('jobb').selectAll().where('nokkel', '=', id).executeTakeFirstOrThrow();

/** Makes a waiting job due now (the runner waits out its backoff otherwise). */
export const dueNow = (handle: DatabaseHandle, id: string) =>
  handle.db
    .updateTable('jobb')
    .set({ kjor_etter: sql<Date>`now()` })
    .where('nokkel', '=', id)
    .execute();

/** The process holding the job died: its lease runs out. */
export const leaseRunsOut = (handle: DatabaseHandle, id: string) =>
  handle.db
    .updateTable('jobb')
    .set({ laast_til: sql<Date>`now() - interval '1 second'` })
    .where('nokkel', '=', id)
    .execute();
