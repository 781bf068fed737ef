import type { ApiResponse, ItemOf } from '../../api/types';

export type SearchHit = ItemOf<ApiResponse<'/api/sok'>>;
/** One piece of a snippet; the pieces that matched the query have `treff`. */
export type SnippetPart = Extract<NonNullable<SearchHit['utdrag']>, unknown[]>[number];

export interface SearchParams {
  q: string;
  type: string;
  status: string;
  enhetId: string;
  fra: string;
  til: string;
  side: number;
}
