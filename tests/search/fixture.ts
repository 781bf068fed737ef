import { createHash } from 'node:crypto';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant, type Tx } from '../../src/db/tenant.js';
import type { Ctx } from '../../src/shared/context.js';
import { seedWorld, systemCtxFor } from '../support/world.js';

/*
 * Writes cases, records, parties and documents straight into the tables (as
 * saksgang_app, under RLS), so the search tests show that the triggers keep
 * the index right whatever writes — not only the records-core use cases.
 */
export interface Org {
  ctx: Ctx;
  id: string;
  enhet: Record<string, string>;
  bruker: Record<string, string>;
  klasse: Record<string, string>;
  arkivdelId: string;
  /** Last case and record number per year, as the counters would hand them out. */
  last: Map<string, number>;
}

export async function searchWorld(handle: DatabaseHandle) {
  await seedWorld(handle);
  return { valer: await prepareOrg(handle, 'valer'), asnes: await prepareOrg(handle, 'asnes') };
}

async function prepareOrg(handle: DatabaseHandle, kortnavn: string): Promise<Org> {
  const ctx = await systemCtxFor(handle, kortnavn);
  const by = ctx.actor.brukerId;
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const units = await tx.selectFrom('administrativ_enhet').select(['id', 'kortnavn']).execute();
    const users = await tx.selectFrom('bruker').select(['id', 'brukernavn']).execute();
    const arkiv = await tx
      .insertInto('arkiv')
      .values({ organisasjon_id: org, tittel: 'Arkiv', opprettet_av: by })
      .returning('id')
      .executeTakeFirstOrThrow();
    const del = await tx
      .insertInto('arkivdel')
      .values({ organisasjon_id: org, arkiv_id: arkiv.id, kortnavn: 'SAK', tittel: 'Sakarkiv', opprettet_av: by })
      .returning('id')
      .executeTakeFirstOrThrow();
    const system = await tx
      .insertInto('klassifikasjonssystem')
      .values({ organisasjon_id: org, kortnavn: 'NOK', klassifikasjonstype: 'Funksjonsbasert', tittel: 'Arkivnøkkel', opprettet_av: by })
      .returning('id')
      .executeTakeFirstOrThrow();
    const klasse: Record<string, string> = {};
    for (const [kode, tittel] of [
      ['L42', 'Byggesaker'],
      ['400', 'Personal'],
    ]) {
      const row = await tx
        .insertInto('klasse')
        .values({ organisasjon_id: org, klassifikasjonssystem_id: system.id, klasse_id: kode!, tittel: tittel!, opprettet_av: by })
        .returning('id')
        .executeTakeFirstOrThrow();
      klasse[kode!] = row.id;
    }
    return {
      ctx,
      id: org,
      enhet: Object.fromEntries(units.map((u) => [u.kortnavn, u.id])),
      bruker: Object.fromEntries(users.map((u) => [u.brukernavn.split('.')[1] ?? u.brukernavn, u.id])),
      klasse,
      arkivdelId: del.id,
      last: new Map(),
    };
  });
}

export interface SakInput {
  tittel: string;
  offentligTittel?: string;
  enhet?: string;
  ansvarlig?: string;
  status?: string;
  dato?: string;
  klasse?: string;
  klasseverdi?: string;
  tilgangskode?: string;
  parter?: string[];
}

export async function sak(o: Org, input: SakInput) {
  const dato = input.dato ?? '2026-03-01';
  return write(o, async (tx) => {
    const row = await tx
      .insertInto('saksmappe')
      .values({
        organisasjon_id: o.id,
        arkivdel_id: o.arkivdelId,
        saksaar: Number(dato.slice(0, 4)),
        sakssekvensnummer: next(o, `sak${dato.slice(0, 4)}`),
        tittel: input.tittel,
        offentlig_tittel: input.offentligTittel ?? null,
        saksdato: dato,
        administrativ_enhet_id: o.enhet[input.enhet ?? 'BYGG']!,
        saksansvarlig_id: o.bruker[input.ansvarlig ?? 'saksbehandler']!,
        saksstatus: input.status ?? 'B',
        primaer_klasse_id: input.klasse ? o.klasse[input.klasse]! : null,
        primaer_klasseverdi: input.klasseverdi ?? null,
        tilgangskode: input.tilgangskode ?? null,
        opprettet_av: o.ctx.actor.brukerId,
      })
      .returning(['id', 'saksaar', 'sakssekvensnummer'])
      .executeTakeFirstOrThrow();
    for (const navn of input.parter ?? []) {
      await tx
        .insertInto('part')
        .values({ organisasjon_id: o.id, saksmappe_id: row.id, part_navn: navn, part_rolle: 'Søker', opprettet_av: o.ctx.actor.brukerId })
        .execute();
    }
    return row;
  });
}

export interface JpInput {
  tittel: string;
  offentligTittel?: string;
  type?: string;
  status?: string;
  dato?: string;
  tilgangskode?: string;
  parter?: { navn: string; skjermet?: boolean }[];
  dokumenter?: { tittel: string; tekst?: string; tilgangskode?: string }[];
}

export async function jp(o: Org, saksmappe: { id: string; saksaar: number }, input: JpInput) {
  const by = o.ctx.actor.brukerId;
  return write(o, async (tx) => {
    const nr = await tx
      .updateTable('saksmappe')
      .set((eb) => ({ siste_journalpostnummer: eb('siste_journalpostnummer', '+', 1) }))
      .where('id', '=', saksmappe.id)
      .returning('siste_journalpostnummer')
      .executeTakeFirstOrThrow();
    const row = await tx
      .insertInto('journalpost')
      .values({
        organisasjon_id: o.id,
        saksmappe_id: saksmappe.id,
        registreringstype: 'journalpost',
        journalaar: saksmappe.saksaar,
        journalsekvensnummer: next(o, `jp${saksmappe.saksaar}`),
        journalpostnummer: nr.siste_journalpostnummer,
        journalposttype: input.type ?? 'I',
        journalstatus: input.status ?? 'J',
        journaldato: input.dato ?? '2026-03-02',
        tittel: input.tittel,
        offentlig_tittel: input.offentligTittel ?? null,
        tilgangskode: input.tilgangskode ?? null,
        opprettet_av: by,
      })
      .returning(['id', 'journalpostnummer'])
      .executeTakeFirstOrThrow();
    for (const p of input.parter ?? []) {
      await tx
        .insertInto('korrespondansepart')
        .values({
          organisasjon_id: o.id,
          journalpost_id: row.id,
          korrespondanseparttype: 'EA',
          navn: p.navn,
          skjermet: p.skjermet ?? false,
          opprettet_av: by,
        })
        .execute();
    }
    for (const [i, d] of (input.dokumenter ?? []).entries()) await dokument(tx, o, row.id, i + 1, d);
    return row;
  });
}

/** A document with a stored file; its extracted text lands in fil_tekst after the file, as in the real flow. */
async function dokument(tx: Tx, o: Org, journalpostId: string, nr: number, d: { tittel: string; tekst?: string; tilgangskode?: string }) {
  const by = o.ctx.actor.brukerId;
  const tekst = d.tekst ?? d.tittel;
  const sjekksum = createHash('sha256').update(`${journalpostId}:${nr}:${tekst}`).digest('hex');
  const db = await tx
    .insertInto('dokumentbeskrivelse')
    .values({
      organisasjon_id: o.id,
      journalpost_id: journalpostId,
      dokumenttype: 'Brev',
      dokumentstatus: 'F',
      tittel: d.tittel,
      tilknyttet_registrering_som: nr === 1 ? 'H' : 'V',
      dokumentnummer: nr,
      tilknyttet_av: by,
      tilgangskode: d.tilgangskode ?? null,
      opprettet_av: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('fil')
    .values({ organisasjon_id: o.id, sjekksum, filstoerrelse: tekst.length, mime_type: 'application/pdf', format: 'fmt/276' })
    .execute();
  await tx
    .insertInto('dokumentobjekt')
    .values({
      organisasjon_id: o.id,
      dokumentbeskrivelse_id: db.id,
      versjonsnummer: 1,
      variantformat: 'P',
      format: 'fmt/276',
      filnavn: 'brev.pdf',
      mime_type: 'application/pdf',
      sjekksum,
      filstoerrelse: tekst.length,
      opprettet_av: by,
    })
    .execute();
  await tx.insertInto('fil_tekst').values({ organisasjon_id: o.id, sjekksum, tekst }).execute();
}

function next(o: Org, serie: string): number {
  const n = (o.last.get(serie) ?? 0) + 1;
  o.last.set(serie, n);
  return n;
}

function write<T>(o: Org, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(o.ctx, work);
}
