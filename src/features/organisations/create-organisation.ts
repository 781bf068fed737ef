import type { SystemCtx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { isValidOrganisasjonsnummer, normaliseOrganisasjonsnummer } from './organisasjonsnummer.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface CreateOrganisationInput {
  navn: string;
  kortnavn: string;
  organisasjonsnummer: string;
  dokumentsenter?: string | undefined;
}

/** Creates an organisation (arkivskaper). Installation-level work: CLI and demo loader. */
export async function createOrganisation(ctx: SystemCtx, input: CreateOrganisationInput) {
  const organisasjonsnummer = normaliseOrganisasjonsnummer(input.organisasjonsnummer);
  if (!isValidOrganisasjonsnummer(organisasjonsnummer)) {
    throw fieldError(
      'organisasjonsnummer',
      'er ikke et gyldig organisasjonsnummer (9 siffer med kontrollsiffer)',
      'is not a valid organisation number (9 digits with check digit)',
    );
  }
  const kortnavn = input.kortnavn.trim().toLowerCase();
  if (!/^[a-z0-9-]{2,30}$/.test(kortnavn)) {
    throw fieldError(
      'kortnavn',
      'kan bare ha små bokstaver a–z, sifre og bindestrek (2–30 tegn)',
      'may only contain lower-case a–z, digits and hyphens (2–30 characters)',
    );
  }
  return ctx.db
    .transaction()
    .execute(async (tx) => {
      if (await repo.findOrganisationByKortnavn(tx, kortnavn)) {
        throw new DomainError('ALREADY_EXISTS', {
          nb: `Organisasjonen ${kortnavn} finnes allerede.`,
          en: `Organisation ${kortnavn} already exists.`,
        });
      }
      const dokumentsenterId = input.dokumentsenter ? await repo.ensureDokumentsenter(tx, input.dokumentsenter) : null;
      return repo.insertOrganisation(tx, { navn: input.navn.trim(), kortnavn, organisasjonsnummer, dokumentsenterId });
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') {
        throw new DomainError('ALREADY_EXISTS', {
          nb: `Organisasjonsnummer ${organisasjonsnummer} er allerede registrert.`,
          en: `Organisation number ${organisasjonsnummer} is already registered.`,
        });
      }
      throw error;
    });
}
