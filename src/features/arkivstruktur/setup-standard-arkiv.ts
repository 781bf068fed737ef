import { inTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { organisationRepository } from '../organisations/organisation-repository.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';
import { insertArkiv } from './create-arkiv.js';
import { insertArkivdel } from './create-arkivdel.js';
import { insertKlasse } from './create-klasse.js';
import { insertKlassifikasjonssystem, type CreateKlassifikasjonssystemInput } from './create-klassifikasjonssystem.js';
import { STANDARD_ARKIVNOEKKEL } from './standard-arkivnoekkel.js';

export const STANDARD_KORTNAVN = {
  arkivnoekkel: 'ARKIVNOKKEL',
  fnr: 'FNR',
  gnrbnr: 'GBNR',
  sakarkiv: 'SAK',
  personal: 'PERS',
  elev: 'ELEV',
} as const;

/**
 * Gives an organisation the archive a Norwegian municipality starts with: one
 * arkiv, a case archive classed by the subject key (with fødselsnummer and
 * gnr/bnr as secondary classes), personnel and pupil files classed by
 * fødselsnummer and screened by default (P, E). Idempotent: what exists (by
 * kortnavn, title or ordningsverdi) is left as it is, so the demo loader and
 * a re-run after an upgrade may call it again.
 */
export async function setupStandardArkiv(ctx: Ctx) {
  requireRole(ctx, ['SYS'], { nb: 'sette opp arkivet', en: 'set up the archive' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const org = await organisationRepository.findOrganisation(tx, orgId);
    if (!org) throw notFound({ nb: 'organisasjonen', en: 'organisation' }, orgId);
    const tittel = `${org.navn} arkiv`;
    const arkiv = (await repo.findArkivByTittel(tx, orgId, tittel)) ?? (await insertArkiv(ctx, tx, { tittel }));
    const k = STANDARD_KORTNAVN;
    const noekkel = await ensureSystem(ctx, tx, {
      kortnavn: k.arkivnoekkel,
      tittel: 'Arkivnøkkel',
      beskrivelse: 'Kommunens funksjonsbaserte arkivnøkkel med ordningsverdier.',
    });
    const fnr = await ensureSystem(ctx, tx, { kortnavn: k.fnr, tittel: 'Fødselsnummer', verdiformat: 'fnr' });
    const gnrbnr = await ensureSystem(ctx, tx, { kortnavn: k.gnrbnr, tittel: 'Gårds- og bruksnummer', verdiformat: 'gnrbnr' });
    await ensureArkivnoekkel(ctx, tx, noekkel.id);
    const deler = [
      {
        kortnavn: k.sakarkiv,
        tittel: 'Sakarkiv 2020–',
        start: '2020-01-01',
        kode: null,
        primaer: noekkel.id,
        sekundaer: [fnr.id, gnrbnr.id],
      },
      { kortnavn: k.personal, tittel: 'Personalmapper', start: '2020-01-01', kode: 'P' as const, primaer: fnr.id, sekundaer: [noekkel.id] },
      { kortnavn: k.elev, tittel: 'Elevmapper', start: '2020-01-01', kode: 'E' as const, primaer: fnr.id, sekundaer: [noekkel.id] },
    ];
    for (const d of deler) {
      if (await repo.findArkivdelByKortnavn(tx, orgId, d.kortnavn)) continue;
      await insertArkivdel(ctx, tx, {
        arkivId: arkiv.id,
        kortnavn: d.kortnavn,
        tittel: d.tittel,
        arkivperiodeStartDato: d.start,
        standardTilgangskode: d.kode,
        primaerKlassifikasjonssystemId: d.primaer,
        sekundaereKlassifikasjonssystemIder: d.sekundaer,
      });
    }
    return { arkivId: arkiv.id, arkivnoekkelId: noekkel.id, fnrId: fnr.id, gnrbnrId: gnrbnr.id };
  });
}

async function ensureSystem(ctx: Ctx, tx: Tx, input: CreateKlassifikasjonssystemInput) {
  const found = await repo.findKlassifikasjonssystemByKortnavn(tx, ctx.role.organisasjonId, input.kortnavn);
  return found ?? insertKlassifikasjonssystem(ctx, tx, input);
}

async function ensureArkivnoekkel(ctx: Ctx, tx: Tx, systemId: string) {
  const existing = new Map((await repo.listKlasser(tx, ctx.role.organisasjonId, systemId)).map((c) => [c.klasse_id, c.id]));
  // Parents come before their children in the list, so each parent id is known when a child needs it.
  for (const c of STANDARD_ARKIVNOEKKEL) {
    if (existing.has(c.klasseId)) continue;
    const parentId = c.under ? (existing.get(c.under) ?? null) : null;
    const row = await insertKlasse(ctx, tx, {
      klassifikasjonssystemId: systemId,
      klasseId: c.klasseId,
      tittel: c.tittel,
      overordnetKlasseId: parentId,
    });
    existing.set(row.klasse_id, row.id);
  }
}
