import { z } from 'zod';

/*
 * EnkelAdresse and Kontaktinformasjon (tg-07 datatypes) over the app's flat
 * party fields: one postal address (its lines in one text, a line each) and
 * one phone number. Shared by korrespondansepart and part.
 */

/** The kinds of korrespondansepart (each its own `ny-korrespondansepart<kind>` link and path). */
export const PARTY_KINDS = ['person', 'enhet', 'intern'] as const;

type Flat = Record<'postadresse' | 'postnummer' | 'poststed' | 'land' | 'epostadresse' | 'telefonnummer', string | null>;

const text = (max: number) => z.string().trim().max(max).nullish();

export const EnkelAdresseIn = z
  .object({
    adresselinje1: text(200),
    adresselinje2: text(200),
    adresselinje3: text(200),
    postnr: text(20),
    poststed: text(100),
    landkode: text(100),
  })
  .nullish();

export const KontaktinformasjonIn = z.object({ epostadresse: text(300), mobiltelefon: text(50), telefon: text(50) }).nullish();

/** The address's lines as the app keeps them; a line each so they come back as they went in. */
export function flatAdresse(a: z.infer<typeof EnkelAdresseIn>, k: z.infer<typeof KontaktinformasjonIn>) {
  const lines = [a?.adresselinje1, a?.adresselinje2, a?.adresselinje3].filter((l): l is string => Boolean(l));
  return {
    postadresse: lines.length > 0 ? lines.join('\n') : null,
    postnummer: a?.postnr ?? null,
    poststed: a?.poststed ?? null,
    land: a?.landkode ?? null,
    epostadresse: k?.epostadresse ?? null,
    telefonnummer: k?.telefon ?? k?.mobiltelefon ?? null,
  };
}

/** `postadresse` and `kontaktinformasjon` as the specification writes them, each left out when empty (or screened). */
export function adresseOf(p: Flat) {
  const [adresselinje1, adresselinje2, adresselinje3] = p.postadresse?.split('\n') ?? [];
  const hasAdresse = p.postadresse || p.postnummer || p.poststed || p.land;
  const hasKontakt = p.epostadresse || p.telefonnummer;
  return {
    ...(hasAdresse
      ? {
          postadresse: {
            adresselinje1: adresselinje1 ?? null,
            ...(adresselinje2 ? { adresselinje2 } : {}),
            ...(adresselinje3 ? { adresselinje3 } : {}),
            postnr: p.postnummer,
            poststed: p.poststed,
            landkode: p.land,
          },
        }
      : {}),
    ...(hasKontakt ? { kontaktinformasjon: { epostadresse: p.epostadresse, telefon: p.telefonnummer } } : {}),
  };
}

/** A person's or a unit's own fields (PartPerson/PartEnhet, KorrespondansepartPerson/-Enhet): name, identifier, address, contact person. */
export function personOrEnhet(kind: 'person' | 'enhet', p: Flat & { navn: string; id: string | null; kontaktperson: string | null }) {
  return {
    navn: p.navn,
    ...(kind === 'enhet'
      ? { enhetsidentifikator: p.id ? { organisasjonsnummer: p.id } : null }
      : { personidentifikator: p.id ? [{ foedselsnummer: p.id }] : [] }),
    ...adresseOf(p),
    ...(kind === 'enhet' ? { kontaktperson: p.kontaktperson } : {}),
  };
}
