import type { SystemCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { normaliseOrganisasjonsnummer } from '../organisations/organisasjonsnummer.js';
import { innsynskravRepository as repo } from './innsynskrav-repository.js';

/** The organisation a public address names by its organisation number; unknown ones are not found. */
export async function publicOrganisation(ctx: SystemCtx, orgnr: string) {
  const org = await repo.organisationByNumber(ctx.db, normaliseOrganisasjonsnummer(orgnr));
  if (!org) throw notFound({ nb: 'organisasjonen', en: 'the organisation' }, orgnr);
  return org;
}
