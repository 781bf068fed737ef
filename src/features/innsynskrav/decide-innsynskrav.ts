import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { checkAvgjoerelse, type AvgjoerelseInput } from './domain/innsynskrav-rules.js';
import { innsynskravRepository as repo } from './innsynskrav-repository.js';
import { decidableDel } from './load-innsynskrav.js';

/**
 * The case owner's decision on one requested record (seed 001
 * «Innsynsbegjæringen kommer på saksbehandler skrivebord. SB velger …»):
 * full access (the documents are sent), partial access (only their redacted
 * public variants are sent: at least one must have been made) or refusal
 * (none are sent), the latter two with a legal basis from the list and
 * «meroffentlighet» confirmed (`checkAvgjoerelse`). May be decided again
 * until the answer is sent.
 */
export async function decideInnsynskrav(ctx: Ctx, id: string, delId: string, input: AvgjoerelseInput) {
  const problem = checkAvgjoerelse(input);
  if (problem) throw fieldError(problem.field, problem.nb, problem.en);
  const begrunnelse = input.begrunnelse?.trim() || null;
  if (begrunnelse && begrunnelse.length > 4000)
    throw fieldError('begrunnelse', 'kan være høyst 4000 tegn', 'may be at most 4000 characters');
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const { del } = await decidableDel(tx, ctx, id, delId);
    if (input.avgjoerelse === 'delvis') {
      const dokumenter = await repo.dokumenter(tx, org, [del.journalpost_id]);
      if (!dokumenter.some((d) => d.o_sjekksum)) {
        throw new DomainError('CONFLICT', {
          nb: 'Delvis innsyn sender bare offentlige varianter: merk det som skal sladdes i minst ett dokument først.',
          en: 'Partial access sends only public variants: mark what to redact in at least one document first.',
        });
      }
    }
    return repo.decide(tx, org, del.id, {
      avgjoerelse: input.avgjoerelse,
      hjemmel: input.avgjoerelse === 'innsyn' ? null : input.hjemmel!,
      meroffentlighet_vurdert: input.avgjoerelse === 'innsyn' ? null : true,
      begrunnelse,
      avgjort_av: ctx.actor.brukerId,
      avgjort_dato: ctx.now(),
    });
  });
}
