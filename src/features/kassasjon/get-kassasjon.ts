import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { effectiveBelowCase, effectiveForCase, kassasjonsdato, type Effective } from './domain/arv.js';
import { ownKassasjon, type KassasjonNivaa } from './domain/kassasjon.js';
import { requireArchive } from './kassasjon-access.js';
import { kassasjonRepository as repo, type Chain } from './kassasjon-repository.js';
import { presentKassasjon } from './kassasjon-presenter.js';

const WHAT: Record<KassasjonNivaa, { nb: string; en: string }> = {
  arkivdel: { nb: 'arkivdelen', en: 'the archive part' },
  klasse: { nb: 'klassen', en: 'the class' },
  saksmappe: { nb: 'saken', en: 'the case' },
  journalpost: { nb: 'journalposten', en: 'the record' },
  dokumentbeskrivelse: { nb: 'dokumentet', en: 'the document' },
};

/** What an object's disposal metadata is and where it comes from (krav 6.1.1–6.1.3, 6.1.6, 6.1.11). */
export function effectiveOf(nivaa: KassasjonNivaa, chain: Chain): Effective {
  if (nivaa === 'arkivdel' || nivaa === 'klasse') {
    const own = ownKassasjon(chain.own);
    return { kassasjon: own, kilde: own ? 'egen' : null };
  }
  if (nivaa === 'saksmappe') return effectiveForCase(chain.own, chain.arkivdel, chain.klasse);
  return effectiveBelowCase(chain.own, {
    saksmappe: chain.saksmappe!,
    journalpost: chain.journalpost,
    arkivdel: chain.arkivdel,
    klasse: chain.klasse,
  });
}

/** Reads an object's chain inside `tx`, or refuses with 404. */
export async function chainOrThrow(tx: Tx, ctx: Ctx, nivaa: KassasjonNivaa, id: string): Promise<Chain> {
  const chain = await repo.chainOf(tx, ctx.role.organisasjonId, nivaa, id);
  if (!chain) throw notFound(WHAT[nivaa], id);
  return chain;
}

export function viewOf(nivaa: KassasjonNivaa, id: string, chain: Chain) {
  const effective = effectiveOf(nivaa, chain);
  return presentKassasjon(nivaa, id, chain, effective, kassasjonsdato(effective.kassasjon, chain.avsluttetDato));
}

/** An object's own and effective disposal metadata with its disposal date (the archive). */
export async function getKassasjon(ctx: Ctx, nivaa: KassasjonNivaa, id: string) {
  requireArchive(ctx, { nb: 'se kassasjonsvedtak', en: 'see disposal decisions' });
  return inTenant(ctx, async (tx) => viewOf(nivaa, id, await chainOrThrow(tx, ctx, nivaa, id)));
}
