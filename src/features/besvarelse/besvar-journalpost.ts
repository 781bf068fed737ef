import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import type { KorrespondansepartInput } from '../journalpost/korrespondansepart.js';
import { formatJournalpostId } from '../noark/domain/numbering.js';
import { registerFromTemplate, type RegisterFromTemplateInput } from '../maler/register-from-template.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { besvarelseRepository as repo, MAX_BESVARTE } from './besvarelse-repository.js';
import { answerProblem, SVARMAATER, SVARTYPER, type Svarmaate, type Svartype } from './domain/besvar-rules.js';
import { loadForAnswer } from './load-for-answer.js';

export interface BesvarInput extends Omit<RegisterFromTemplateInput, 'registreringstype' | 'journalposttype' | 'tittel'> {
  /** Default: «Svar på <the answered record's number>». */
  tittel?: string | null | undefined;
  svarmaate: Svarmaate;
  /** The answer: an outgoing letter (U) or a note (N, X). */
  journalposttype: Svartype;
  /** Other records of the same case this answer answers as well (krav 3.4.4: one outgoing writes off several incoming). */
  ogsaBesvarer?: readonly string[] | undefined;
}

/**
 * «Besvar» (seed 001 «Merk riktig dokument fra arbeidslisten Ubesvarte og
 * velg Besvar … velg riktig mal og registrer nytt dokument»; seed 002
 * 10.2.2): registers the answer — a letter (U) or note (N, X) in the same
 * case, its document merged from the chosen template by registration's own
 * use case (`registerFromTemplate`) — and links it to the records it
 * answers, all in one transaction. Nothing is written off yet: «og avskriv»
 * writes them off when the answer is dispatched (`applyEkspedering`). The
 * answer's recipients default to the answered record's sender (a letter)
 * or author (a note).
 */
export async function besvarJournalpost(ctx: Ctx, plain: FileStore, id: string, input: BesvarInput) {
  const { svarmaate, journalposttype, ogsaBesvarer, ...fields } = input;
  if (!SVARMAATER.includes(svarmaate)) throw fieldError('svarmaate', 'er ukjent', 'is unknown');
  if (!SVARTYPER.includes(journalposttype)) {
    throw fieldError('journalposttype', 'må være U, N eller X', 'must be U, N or X');
  }
  const ids = [...new Set([id, ...(ogsaBesvarer ?? [])])];
  if (ids.length > MAX_BESVARTE)
    throw fieldError('ogsaBesvarer', `kan ha høyst ${MAX_BESVARTE - 1}`, `may have at most ${MAX_BESVARTE - 1}`);
  const first = await inTenant(ctx, (tx) => repo.answerDefaults(tx, ctx.role.organisasjonId, id));
  if (!first) throw notFound({ nb: 'journalposten', en: 'record' }, id);
  const korrespondanseparter = fields.korrespondanseparter ?? defaultRecipients(first, journalposttype);
  // The answered record's title may be screened from the answerer; its number is not.
  const tittel = fields.tittel?.trim() || `Svar på ${formatJournalpostId(first.saksaar, first.sakssekvensnummer, first.journalpostnummer)}`;
  let answered: string[] = [];
  const row = await registerFromTemplate(
    ctx,
    plain,
    first.saksmappe_id,
    { ...fields, tittel, journalposttype, korrespondanseparter },
    async (tx, svar) => {
      const links = { svarId: svar.id, ids, saksmappeId: first.saksmappe_id };
      answered = await runActivity(ctx, 'journalpost', id, BESVAR_ACTIVITY[svarmaate], besvarHandler, links, tx);
    },
  );
  return { id: row.id, besvarer: answered, svarmaate };
}

/** The routine's activity for each way of answering (`STANDARD_ROUTINE`). */
const BESVAR_ACTIVITY: Record<Svarmaate, string> = { avskriv: 'besvar', forelopig: 'forelopig-svar', uten: 'besvar-uten-avskrivning' };

/**
 * The routine's «Besvar og avskriv», «Foreløpig svar» and «Besvar uten å
 * avskrive» on the answered record, run by the engine inside registration's
 * transaction once the answer is registered: links it (`parametre.svarmaate`).
 */
export const besvarHandler = defineHandler(
  'besvar',
  (ctx, tx, _subject, links: { svarId: string; ids: readonly string[]; saksmappeId: string }, activity) =>
    applyBesvarelse(ctx, tx, links.svarId, links.ids, activity.parametre!.svarmaate as Svarmaate, links.saksmappeId),
);

/**
 * Links an answer to the records it answers, inside the caller's
 * transaction: each must be one the actor may answer (`loadForAnswer`) and
 * answerable this way (`answerProblem`). For a note answered «og avskriv»
 * the link names the internal recipient it is answered for, so the
 * dispatch writes it off for that recipient only (krav 3.4.6).
 */
export async function applyBesvarelse(ctx: Ctx, tx: Tx, svarId: string, ids: readonly string[], svarmaate: Svarmaate, saksmappeId: string) {
  const rows = [];
  for (const [i, besvartId] of ids.entries()) {
    const { record, mottakerId } = await loadForAnswer(ctx, tx, besvartId);
    const problem = answerProblem(
      { journalposttype: record.journalposttype, journalstatus: record.journalstatus, saksmappeId: record.saksmappe_id },
      svarmaate,
      saksmappeId,
    );
    if (problem) {
      if (i === 0) throw new DomainError('CONFLICT', problem);
      throw fieldError(`ogsaBesvarer.${i - 1}`, problem.nb, problem.en);
    }
    rows.push({
      organisasjon_id: ctx.role.organisasjonId,
      svar_journalpost_id: svarId,
      besvart_journalpost_id: besvartId,
      svarmaate,
      korrespondansepart_id: svarmaate === 'avskriv' ? mottakerId : null,
      opprettet_av: ctx.actor.brukerId,
    });
  }
  await repo.insert(tx, rows);
  return rows.map((r) => r.besvart_journalpost_id);
}

type Defaults = NonNullable<Awaited<ReturnType<typeof repo.answerDefaults>>>;

/** The answer goes back where the record came from: a letter's senders (EA) become recipients (EM); a note's author an internal recipient (IM). */
function defaultRecipients(first: Defaults, svartype: Svartype): KorrespondansepartInput[] {
  if (first.journalposttype === 'I' && svartype === 'U') {
    return first.avsendere.map((p) => ({
      korrespondanseparttype: 'EM' as const,
      navn: p.navn,
      organisasjonsnummer: p.organisasjonsnummer,
      foedselsnummer: p.foedselsnummer,
      postadresse: p.postadresse,
      postnummer: p.postnummer,
      poststed: p.poststed,
      land: p.land,
      epostadresse: p.epostadresse,
      kontaktperson: p.kontaktperson,
      skjermet: p.skjermet,
    }));
  }
  if (first.journalposttype !== 'I' && svartype !== 'U' && first.forfatter) {
    return [
      {
        korrespondanseparttype: 'IM' as const,
        navn: first.forfatter.navn,
        saksbehandlerId: first.forfatter.id,
        administrativEnhetId: first.administrativ_enhet_id,
      },
    ];
  }
  return [];
}
