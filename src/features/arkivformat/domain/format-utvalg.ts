import { lacksApprovedFormat } from './arkivformat.js';

/**
 * The format report's selections (krav 2.7.13, 2.7.15, 2.7.19, 2.7.23): the
 * documents the archive looks for when it tests formats or tidies stored
 * versions, variants and production files.
 */
export const FORMAT_UTVALG = ['uten-arkivformat', 'flere-versjoner', 'varianter', 'produksjonsformat'] as const;
export type FormatUtvalg = (typeof FORMAT_UTVALG)[number];

/** What a selection sees of one document's file objects. */
export interface StoredDocument {
  objects: readonly { versjonsnummer: number; variantformat: string; format: string }[];
}

const newest = (d: StoredDocument) => d.objects.filter((o) => o.versjonsnummer === Math.max(...d.objects.map((x) => x.versjonsnummer)));

/**
 * Whether a document belongs to a selection. `uten-arkivformat`: none of its
 * newest version's files is in an approved format (krav 2.7.13);
 * `flere-versjoner`: it is kept in more than one version (2.7.15);
 * `varianter`: it has an archival (A) or screened (O) variant (2.7.19);
 * `produksjonsformat`: its newest version keeps its production file beside
 * a file in an approved format — the production file the archive may delete
 * (2.7.22, 2.7.23). The SQL twin is `utvalgSql` in arkivformat-repository.ts.
 */
export function inUtvalg(utvalg: FormatUtvalg, d: StoredDocument, approved: ReadonlySet<string>): boolean {
  const latest = newest(d);
  switch (utvalg) {
    case 'uten-arkivformat':
      return lacksApprovedFormat({ formats: latest.map((o) => o.format), productionMimeType: null, unntak: null }, approved);
    case 'flere-versjoner':
      return new Set(d.objects.map((o) => o.versjonsnummer)).size > 1;
    case 'varianter':
      return d.objects.some((o) => o.variantformat === 'A' || o.variantformat === 'O');
    case 'produksjonsformat':
      return latest.some((o) => o.variantformat === 'P') && latest.some((o) => o.variantformat === 'A' && approved.has(o.format));
  }
}
