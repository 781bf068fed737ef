import { publicTitle } from '../../tilgang/domain/public-title.js';
import { maskFoedselsnummer } from './public-entry.js';

/** A file object of a document marked for publishing, with what decides whether the public may open it. */
export interface PublishedFileRow {
  dokumentbeskrivelse_id: string;
  journalpost_id: string;
  dokumentnummer: number;
  tittel: string;
  skjermede_tittelord: number[];
  /** The document's own code, else its record's (a document is never more open than its record). */
  tilgangskode: string | null;
  personsensitiv: boolean;
  dokumentobjekt_id: string;
  versjonsnummer: number;
  variantformat: string;
  filnavn: string;
  mime_type: string;
}

export interface PublicFile {
  dokumentbeskrivelseId: string;
  dokumentobjektId: string;
  tittel: string;
  filnavn: string;
  mimeType: string;
  /** O: the public variant (screened parts removed); A or P: the document itself, which has no access code. */
  variantformat: string;
}

/**
 * The full text the public may open of a document the case worker marked
 * for publishing (seed 004: «saksbehandlere kan velge å gjøre
 * enkeltdokumenter tilgjengelig for innsyn gjennom fulltekstpublisering»):
 * its public variant (O) of the newest version that has one; else, only when
 * neither the document nor its record has an access code, the newest
 * version's archive format (A), else its production format (P). Never a
 * document of the secure zone. The title shown is the document's public title.
 */
export function publicFileOf(objects: readonly PublishedFileRow[]): PublicFile | null {
  const first = objects[0];
  if (!first || first.personsensitiv) return null;
  const newest = (variant: string) =>
    objects.filter((o) => o.variantformat === variant).sort((a, b) => b.versjonsnummer - a.versjonsnummer)[0];
  const top = Math.max(...objects.map((o) => o.versjonsnummer));
  const ofTop = (variant: string) => objects.find((o) => o.versjonsnummer === top && o.variantformat === variant);
  const chosen = newest('O') ?? (first.tilgangskode === null ? (ofTop('A') ?? ofTop('P')) : undefined);
  if (!chosen) return null;
  const tittel = publicTitle(
    { tittel: first.tittel, offentligTittel: null, tilgangskode: first.tilgangskode, skjermedeTittelord: first.skjermede_tittelord },
    'dokumentbeskrivelse',
  );
  return {
    dokumentbeskrivelseId: first.dokumentbeskrivelse_id,
    dokumentobjektId: chosen.dokumentobjekt_id,
    tittel: maskFoedselsnummer(tittel),
    // A screened document's file name is screened like its title: the public variant goes out under a neutral one.
    filnavn:
      first.tilgangskode === null
        ? maskFoedselsnummer(chosen.filnavn)
        : `dokument-${first.dokumentnummer}${/\.[A-Za-z0-9]{1,5}$/.exec(chosen.filnavn)?.[0] ?? ''}`,
    mimeType: chosen.mime_type,
    variantformat: chosen.variantformat,
  };
}

/** A document can be published when the public could open something of it: see publicFileOf. */
export const isPublishable = (objects: readonly PublishedFileRow[]) => publicFileOf(objects) !== null;
