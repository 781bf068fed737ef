import type { Ctx } from '../../shared/context.js';
import { inTenantForSearch } from './search-index-queue.js';
import { sokRepository as repo } from './sok-repository.js';

export interface SuggestedCase {
  id: string;
  saksnummer: string;
  tittel: string;
  saksstatus: string;
  saksdato: string;
  likhet: number;
}

/**
 * «Search before you create»: the five cases most like a proposed title, by
 * trigram similarity of titles plus shared words, so a case worker finds the
 * existing building application before opening a second one.
 */
export async function suggestExistingCases(ctx: Ctx, tittel: string): Promise<SuggestedCase[]> {
  const text = tittel.replace(/\s+/g, ' ').trim();
  if (text.length < 3) return [];
  const rows = await inTenantForSearch(ctx, async (tx, reader) =>
    repo.suggestCases(tx, {
      organisasjonId: ctx.role.organisasjonId,
      tittel: text,
      reader,
      limit: 5,
    }),
  );
  return rows.map((r) => ({
    id: r.objekt_id,
    saksnummer: r.nummer,
    tittel: r.tittel,
    saksstatus: r.status,
    saksdato: r.dato,
    likhet: Math.round(Number(r.score) * 1000) / 1000,
  }));
}
