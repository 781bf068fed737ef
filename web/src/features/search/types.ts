/** One piece of a snippet; the pieces that matched the query have `treff`. */
export interface SnippetPart {
  tekst: string;
  treff: boolean;
}

export interface SearchHit {
  type: 'saksmappe' | 'journalpost';
  id: string;
  saksmappeId: string;
  /** «2026/123» or «2026/123-4» */
  nummer: string;
  tittel: string;
  status: string;
  journalposttype: string | null;
  tilgangskode: string | null;
  dato: string;
  rang: number;
  /** Pieces from the server; an HTML string with <b> marks is accepted too. */
  utdrag: SnippetPart[] | string | null;
}

export interface SearchParams {
  q: string;
  type: string;
  status: string;
  enhetId: string;
  fra: string;
  til: string;
  side: number;
}
