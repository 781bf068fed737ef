import type { DokumentobjektRow } from './rows.js';

/*
 * Which file objects of a document go into the package, and where. Krav
 * 6.4.36–6.4.38: documents in archival format, every archived version and
 * variant as a file of its own. Of each version, the file objects in an
 * approved archival format (krav 6.4.10) — the archival variant (A), and a
 * screened public variant (O) when it is one; the production file (P) only
 * when it is itself in an approved format and no archival variant exists —
 * else, when nothing of the version is in an approved format, its production
 * file as it is, so the extraction is complete and the depot's format
 * report shows what is not yet in an archival format.
 */

/** The package's folder of document files (krav 6.4.15 names it DOKUMENT; Arkade and the depots use dokumenter/). */
export const DOKUMENT_DIR = 'dokumenter';

export function chooseObjects(objekter: readonly DokumentobjektRow[], approved: ReadonlySet<string>): DokumentobjektRow[] {
  const versions = new Map<number, DokumentobjektRow[]>();
  for (const o of objekter) versions.set(o.versjonsnummer, [...(versions.get(o.versjonsnummer) ?? []), o]);
  return [...versions.values()].flatMap((version) => {
    const inApproved = version.filter((o) => approved.has(o.format));
    const hasArkiv = inApproved.some((o) => o.variantformat === 'A');
    const chosen = inApproved.filter((o) => o.variantformat !== 'P' || !hasArkiv);
    return chosen.length > 0 ? chosen : version.filter((o) => o.variantformat === 'P');
  });
}

/** The extension of a file name, lower case, letters and digits only; '' without one. */
function extensionOf(filnavn: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filnavn);
  return m ? `.${m[1]!.toLowerCase()}` : '';
}

/** A file object's path in the package: named by its systemID, so no two collide and no user text becomes a path. */
export const referanseDokumentfil = (o: Pick<DokumentobjektRow, 'id' | 'filnavn'>): string =>
  `${DOKUMENT_DIR}/${o.id}${extensionOf(o.filnavn)}`;
