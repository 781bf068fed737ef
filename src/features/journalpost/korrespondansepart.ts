import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { isValidFoedselsnummer } from '../arkivstruktur/klasseverdi.js';
import type { Korrespondanseparttype } from '../noark/domain/index.js';
import { isValidOrganisasjonsnummer } from '../organisations/organisasjonsnummer.js';
import { resolveEnhet, resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { journalpostRepository as repo } from './journalpost-repository.js';

export interface KorrespondansepartInput {
  korrespondanseparttype: Korrespondanseparttype;
  navn: string;
  organisasjonsnummer?: string | null | undefined;
  foedselsnummer?: string | null | undefined;
  postadresse?: string | null | undefined;
  postnummer?: string | null | undefined;
  poststed?: string | null | undefined;
  land?: string | null | undefined;
  epostadresse?: string | null | undefined;
  telefonnummer?: string | null | undefined;
  kontaktperson?: string | null | undefined;
  /** For internal parties (IA, IM, IK): the unit and person inside the organisation. */
  administrativEnhetId?: string | null | undefined;
  saksbehandlerId?: string | null | undefined;
  /** Screened: only readers allowed by `maySeeScreenedParties` see the name. */
  skjermet?: boolean | undefined;
}

const orNull = (v: string | null | undefined) => v?.trim() || null;

/** Adds a correspondence party to a record inside the caller's transaction; `prefix` names the party in error field names. */
export async function insertKorrespondansepart(ctx: Ctx, tx: Tx, journalpostId: string, p: KorrespondansepartInput, prefix = '') {
  const orgId = ctx.role.organisasjonId;
  const f = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (!p.navn?.trim()) throw fieldError(f('navn'), 'må fylles ut', 'is required');
  const fnr = p.foedselsnummer?.replace(/\s+/g, '') || null;
  if (fnr && !isValidFoedselsnummer(fnr)) {
    throw fieldError(f('foedselsnummer'), 'er ikke et gyldig fødselsnummer', 'is not a valid national identity number');
  }
  const orgnr = p.organisasjonsnummer?.replace(/\s+/g, '') || null;
  if (orgnr && !isValidOrganisasjonsnummer(orgnr)) {
    throw fieldError(f('organisasjonsnummer'), 'er ikke et gyldig organisasjonsnummer', 'is not a valid organisation number');
  }
  const enhet = p.administrativEnhetId ? await resolveEnhet(tx, orgId, p.administrativEnhetId, f('administrativEnhetId')) : null;
  const person = p.saksbehandlerId ? await resolveMedarbeider(tx, orgId, p.saksbehandlerId, f('saksbehandlerId')) : null;
  const row = await repo.insertKorrespondansepart(tx, {
    organisasjon_id: orgId,
    journalpost_id: journalpostId,
    korrespondanseparttype: p.korrespondanseparttype,
    navn: p.navn.trim(),
    organisasjonsnummer: orgnr,
    foedselsnummer: fnr,
    postadresse: orNull(p.postadresse),
    postnummer: orNull(p.postnummer),
    poststed: orNull(p.poststed),
    land: orNull(p.land),
    epostadresse: orNull(p.epostadresse),
    telefonnummer: orNull(p.telefonnummer),
    kontaktperson: orNull(p.kontaktperson),
    administrativ_enhet_id: enhet?.id ?? null,
    saksbehandler_id: person?.id ?? null,
    skjermet: p.skjermet ?? false,
    opprettet_av: ctx.actor.brukerId,
  });
  return row;
}
