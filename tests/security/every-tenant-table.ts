import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createSaksmappe } from '../../src/features/saksmappe/create-saksmappe.js';
import type { Ctx } from '../../src/shared/context.js';
import { jobRepository } from '../../src/jobs/job-repository.js';
import { catchUpSearchIndex } from '../../src/features/sok/search-index-queue.js';
import { FNR } from '../records/records-world.js';
import { seedDefaultBrevmaler } from '../../src/features/maler/seed-default-brevmaler.js';
import { systemOwnerCtx } from '../../src/shared/system-actor.js';

/**
 * Gives the context's organisation at least one row in every tenant table,
 * through the use cases where one exists and as the owner (like the upload
 * and text extraction do) for files and access rows. A new tenant table needs a row here:
 * the RLS test names the table that has none.
 */
export async function fillEveryTenantTable(handle: DatabaseHandle, ctx: Ctx): Promise<void> {
  const org = ctx.role.organisasjonId;
  const fnrSystem = await handle.db
    .selectFrom('klassifikasjonssystem')
    .select('id')
    .where('organisasjon_id', '=', org)
    .where('verdiformat', '=', 'fnr')
    .executeTakeFirstOrThrow();
  const sak = await createSaksmappe(ctx, {
    tittel: 'Byggesak – garasje',
    primaerKlasse: { verdi: 'L42' },
    sekundaerKlasser: [{ klassifikasjonssystemId: fnrSystem.id, verdi: FNR[0] }],
    prosjekt: 'Nytt sentrum',
    parter: [{ partNavn: 'Ola Nordmann', partRolle: 'Søker' }],
    merknader: [{ merknadstekst: 'Haster' }],
    presedenser: [{ presedensDato: '2026-01-05', tittel: 'Garasje i strandsonen', rettskildefaktor: 'Vedtak' }],
  });
  const record = await registerJournalpost(ctx, sak.id, {
    journalposttype: 'I',
    tittel: 'Søknad om garasje',
    korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Ola Nordmann' }],
    // A paper letter: journalført at once (its document below comes later).
    dokumentmedium: 'F',
  });
  const { dokumentbeskrivelseId } = await documentWithText(handle, ctx, record.id);
  // A deletion of an earlier version (sletting, 0088), as slett_dokumentobjekt records it.
  await handle.db
    .insertInto('sletting')
    .values({
      organisasjon_id: org,
      dokumentbeskrivelse_id: dokumentbeskrivelseId,
      slettingstype: 'SV',
      versjonsnummer: 1,
      slettet_av: ctx.actor.brukerId,
    })
    .execute();
  await accessRows(handle, ctx, sak.id);
  // The search index as the job runner brings it up to date; the case made after leaves a row in its queue.
  await catchUpSearchIndex(handle.db, org);
  await createSaksmappe(ctx, {
    tittel: 'Byggesak – carport',
    primaerKlasse: { verdi: 'L42' },
    kryssreferanser: [{ tilType: 'saksmappe', tilId: sak.id }],
  });
  await taskRows(handle, ctx, record.id);
  await answerRows(handle, ctx, sak.id, record.id);
  await innsynskravRows(handle, ctx, sak.id, record.id);
  await receptionRows(handle, ctx);
  await uttrekkRows(handle, ctx);
  await uttrekkImportRows(handle, ctx);
  // Templates and the letterhead (brevmal, brevhode), as the system owner sets them up.
  await seedDefaultBrevmaler(systemOwnerCtx(handle.db, org, ctx.log), { poststed: 'Våler i Solør' });
}

/** Registering the letter made its task (oppgave); a notification of it, a notification setting and a write-off besides. */
async function taskRows(handle: DatabaseHandle, ctx: Ctx, journalpostId: string) {
  const org = ctx.role.organisasjonId;
  const by = ctx.actor.brukerId;
  const task = await handle.db
    .selectFrom('oppgave')
    .select('id')
    .where('organisasjon_id', '=', org)
    .where('journalpost_id', '=', journalpostId)
    .executeTakeFirstOrThrow();
  await handle.db.insertInto('varsel').values({ organisasjon_id: org, bruker_id: by, oppgave_id: task.id }).execute();
  await handle.db.insertInto('varsel_innstilling').values({ organisasjon_id: org, bruker_id: by, epost: true }).execute();
  await handle.db
    .insertInto('avskrivning')
    .values({
      organisasjon_id: org,
      journalpost_id: journalpostId,
      avskrivningsmaate: 'TE',
      avskrivningsdato: '2026-01-05',
      avskrevet_av: by,
    })
    .execute();
  // A review round (flyt) of the letter with its one step (dokumentflyt), as the owner writes them.
  const flyt = await handle.db
    .insertInto('flyt')
    .values({ organisasjon_id: org, journalpost_id: journalpostId, flyttype: 'gjennomgang', sendt_av: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('dokumentflyt')
    .values({
      organisasjon_id: org,
      flyt_id: flyt.id,
      journalpost_id: journalpostId,
      rekkefoelge: 1,
      flyt_til: by,
      flyt_fra: by,
      flyt_mottatt_dato: new Date(),
    })
    .execute();
}

/**
 * An answer link and a dispatch row (besvarelse, ekspedering), as the owner writes them. The archive registers
 * no own records, so they join two of its incoming ones: row-level security does not read what they mean.
 */
async function answerRows(handle: DatabaseHandle, ctx: Ctx, saksmappeId: string, journalpostId: string) {
  const org = ctx.role.organisasjonId;
  const svar = await registerJournalpost(ctx, saksmappeId, {
    journalposttype: 'I',
    tittel: 'Tilleggsopplysninger om garasje',
    dokumentmedium: 'F',
    korrespondanseparter: [{ korrespondanseparttype: 'EM', navn: 'Ola Nordmann', epostadresse: 'ola@example.no' }],
  });
  const party = await handle.db
    .selectFrom('korrespondansepart')
    .select('id')
    .where('organisasjon_id', '=', org)
    .where('journalpost_id', '=', svar.id)
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('besvarelse')
    .values({
      organisasjon_id: org,
      svar_journalpost_id: svar.id,
      besvart_journalpost_id: journalpostId,
      svarmaate: 'avskriv',
      opprettet_av: ctx.actor.brukerId,
    })
    .execute();
  await handle.db
    .insertInto('ekspedering')
    .values({
      organisasjon_id: org,
      journalpost_id: svar.id,
      korrespondansepart_id: party.id,
      kanal: 'epost',
      ekspedert_av: ctx.actor.brukerId,
    })
    .execute();
}

/** An access request and one requested record (innsynskrav, innsynskrav_del), as the intake writes them; it asks about its own record. */
async function innsynskravRows(handle: DatabaseHandle, ctx: Ctx, saksmappeId: string, journalpostId: string) {
  const org = ctx.role.organisasjonId;
  const krav = await handle.db
    .insertInto('innsynskrav')
    .values({
      organisasjon_id: org,
      saksmappe_id: saksmappeId,
      journalpost_id: journalpostId,
      kanal: 'offentlig',
      bestiller_epost: 'per@avis.no',
      kvittering_hash: 'c'.repeat(64),
      frist: '2026-12-04',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('innsynskrav_del')
    .values({
      organisasjon_id: org,
      innsynskrav_id: krav.id,
      journalpost_id: journalpostId,
      saksbehandler_id: ctx.actor.brukerId,
      rekkefolge: 1,
    })
    .execute();
}

/** An extraction run and the arkivdel it covers (arkivuttrekk, arkivuttrekk_arkivdel), as the export records them. */
async function uttrekkRows(handle: DatabaseHandle, ctx: Ctx) {
  const org = ctx.role.organisasjonId;
  const del = await handle.db.selectFrom('arkivdel').select('id').where('organisasjon_id', '=', org).executeTakeFirstOrThrow();
  const run = await handle.db
    .insertInto('arkivuttrekk')
    .values({ organisasjon_id: org, utdata_katalog: '/tmp/uttrekk', opprettet_av: ctx.actor.brukerId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('arkivuttrekk_arkivdel')
    .values({ organisasjon_id: org, arkivuttrekk_id: run.id, arkivdel_id: del.id })
    .execute();
}

/** An extraction import run with one imported object and one entry of the package's change log (migration 0082), as the import writes them. */
async function uttrekkImportRows(handle: DatabaseHandle, ctx: Ctx) {
  const org = ctx.role.organisasjonId;
  const sak = await handle.db.selectFrom('saksmappe').select('id').where('organisasjon_id', '=', org).executeTakeFirstOrThrow();
  const run = await handle.db
    .insertInto('uttrekk_import')
    .values({
      organisasjon_id: org,
      pakke_sjekksum: 'c'.repeat(64),
      katalog: '/tmp/uttrekk',
      noark_versjon: '5.0',
      opprettet_av: ctx.actor.brukerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('uttrekk_import_objekt')
    .values({ organisasjon_id: org, import_id: run.id, system_id: 'sak-1', objekt_type: 'saksmappe', objekt_id: sak.id, opprinnelig: null })
    .execute();
  await handle.db
    .insertInto('uttrekk_import_endring')
    .values({
      organisasjon_id: org,
      import_id: run.id,
      objekt_type: 'saksmappe',
      objekt_id: sak.id,
      referanse_arkivenhet: 'sak-1',
      referanse_metadata: 'tittel',
      endret_dato: null,
      endret_av: 'Ola',
      tidligere_verdi: 'a',
      ny_verdi: 'b',
    })
    .execute();
}

/** A reception-queue item with a file and its «mottatt» event (arkivbegrensning_grunn is seeded per organisation). */
async function receptionRows(handle: DatabaseHandle, ctx: Ctx) {
  const org = ctx.role.organisasjonId;
  const sjekksum = 'b'.repeat(64);
  await handle.db
    .insertInto('fil')
    .values({ organisasjon_id: org, sjekksum, filstoerrelse: 10, mime_type: 'application/pdf', format: 'fmt/276' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const mottak = await handle.db
    .insertInto('mottak')
    .values({
      organisasjon_id: org,
      kanal: 'skanning',
      tittel: 'Skannet brev',
      sjekksum,
      merknader: '[]',
      opprettet_av: ctx.actor.brukerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('mottak_fil')
    .values({
      organisasjon_id: org,
      mottak_id: mottak.id,
      nummer: 1,
      tittel: 'Brev',
      filnavn: 'brev.pdf',
      sjekksum,
      filstoerrelse: 10,
      mime_type: 'application/pdf',
      format: 'fmt/276',
    })
    .execute();
  await handle.db.insertInto('mottak_hendelse').values({ organisasjon_id: org, mottak_id: mottak.id, hendelse: 'mottatt' }).execute();
}

/** A group member, an internal contact and a logged read of a screened case, written directly (the use cases ask for roles this context may not hold). */
async function accessRows(handle: DatabaseHandle, ctx: Ctx, saksmappeId: string) {
  const org = ctx.role.organisasjonId;
  const by = ctx.actor.brukerId;
  const gruppe = await handle.db
    .selectFrom('tilgangsgruppe')
    .select('id')
    .where('organisasjon_id', '=', org)
    .orderBy('navn')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('tilgangsgruppe_medlem')
    .values({ organisasjon_id: org, tilgangsgruppe_id: gruppe.id, bruker_id: by, opprettet_av: by })
    .execute();
  await handle.db
    .insertInto('saksmappe_intern_kontakt')
    .values({ organisasjon_id: org, saksmappe_id: saksmappeId, bruker_id: by, opprettet_av: by })
    .execute();
  await handle.db
    .insertInto('lesing_logg')
    .values({ organisasjon_id: org, objekt_type: 'saksmappe', objekt_id: saksmappeId, tilgangskode: 'P', lest_av: by })
    .execute();
  // A background job of the organisation, as an upload enqueues it.
  await jobRepository.enqueue(handle.db, { organisasjonId: org, type: 'tekstuttrekk', nokkel: `${org}:rls`, data: {} });
}

/** A document with a stored file and its extracted text, as the upload writes them. */
export async function documentWithText(handle: DatabaseHandle, ctx: Ctx, journalpostId: string, sjekksum = 'a'.repeat(64)) {
  const org = ctx.role.organisasjonId;
  const by = ctx.actor.brukerId;
  await handle.db
    .insertInto('fil')
    .values({ organisasjon_id: org, sjekksum, filstoerrelse: 10, mime_type: 'application/pdf', format: 'fmt/276' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await handle.db
    .insertInto('fil_tekst')
    .values({ organisasjon_id: org, sjekksum, tekst: 'Søknad om garasje på eiendommen' })
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
      tilknyttet_av: by,
      opprettet_av: by,
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
      opprettet_av: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { dokumentbeskrivelseId: dok.id, dokumentobjektId: obj.id };
}
