import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { relationsRepository as repo } from './relations-repository.js';

/* Inserting the secondary objects of a case or record inside the caller's transaction. */

export interface PartInput {
  partNavn: string;
  partRolle: string;
  partId?: string | null | undefined;
  postadresse?: string | null | undefined;
  postnummer?: string | null | undefined;
  poststed?: string | null | undefined;
  land?: string | null | undefined;
  epostadresse?: string | null | undefined;
  telefonnummer?: string | null | undefined;
  kontaktperson?: string | null | undefined;
}

export interface MerknadInput {
  merknadstekst: string;
  merknadstype?: string | null | undefined;
}

export interface KryssreferanseInput {
  tilType: 'saksmappe' | 'journalpost' | 'klasse';
  tilId: string;
}

export interface PresedensInput {
  presedensDato: string;
  tittel: string;
  beskrivelse?: string | null | undefined;
  presedensHjemmel?: string | null | undefined;
  rettskildefaktor: string;
}

const orNull = (v: string | null | undefined) => v?.trim() || null;

export async function insertPart(ctx: Ctx, tx: Tx, saksmappeId: string, p: PartInput) {
  const row = await repo.insertPart(tx, {
    organisasjon_id: ctx.role.organisasjonId,
    saksmappe_id: saksmappeId,
    part_id: orNull(p.partId),
    part_navn: p.partNavn.trim(),
    part_rolle: p.partRolle.trim(),
    postadresse: orNull(p.postadresse),
    postnummer: orNull(p.postnummer),
    poststed: orNull(p.poststed),
    land: orNull(p.land),
    epostadresse: orNull(p.epostadresse),
    telefonnummer: orNull(p.telefonnummer),
    kontaktperson: orNull(p.kontaktperson),
    opprettet_av: ctx.actor.brukerId,
  });
  return row;
}

export function insertMerknad(ctx: Ctx, tx: Tx, objektType: 'saksmappe' | 'journalpost', objektId: string, m: MerknadInput) {
  return repo.insertMerknad(tx, {
    organisasjon_id: ctx.role.organisasjonId,
    objekt_type: objektType,
    objekt_id: objektId,
    merknadstekst: m.merknadstekst.trim(),
    merknadstype: orNull(m.merknadstype),
    merknad_registrert_av: ctx.actor.brukerId,
  });
}

export async function insertKryssreferanse(ctx: Ctx, tx: Tx, fraType: 'saksmappe' | 'journalpost', fraId: string, k: KryssreferanseInput) {
  const orgId = ctx.role.organisasjonId;
  if (k.tilId === fraId) throw fieldError('tilId', 'kan ikke vise til seg selv', 'cannot refer to itself');
  if (!(await repo.targetExists(tx, orgId, k.tilType, k.tilId))) {
    throw fieldError('tilId', `finnes ikke (${k.tilType})`, `does not exist (${k.tilType})`);
  }
  const row = await repo.insertKryssreferanse(tx, {
    organisasjon_id: orgId,
    fra_type: fraType,
    fra_id: fraId,
    til_type: k.tilType,
    til_id: k.tilId,
    opprettet_av: ctx.actor.brukerId,
  });
  return repo.findKryssreferanse(tx, orgId, row.id);
}

export async function insertPresedens(ctx: Ctx, tx: Tx, saksmappeId: string, p: PresedensInput) {
  const row = await repo.insertPresedens(tx, {
    organisasjon_id: ctx.role.organisasjonId,
    saksmappe_id: saksmappeId,
    journalpost_id: null,
    presedens_dato: p.presedensDato,
    tittel: p.tittel.trim(),
    beskrivelse: orNull(p.beskrivelse),
    presedens_hjemmel: orNull(p.presedensHjemmel),
    rettskildefaktor: p.rettskildefaktor.trim(),
    opprettet_av: ctx.actor.brukerId,
  });
  await logChanges(tx, 'presedens', row.id, {}, { tittel: row.tittel });
  return row;
}
