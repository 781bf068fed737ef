import { inTenantOr, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError, notFound } from '../../shared/errors.js';
import { checkTransition, type Journalposttype, type Journalstatus } from '../noark/domain/index.js';
import { nextNumberSql } from '../saksmappe/nummerserie-repository.js';
import { osloDate, osloYear } from '../saksmappe/oslo-calendar.js';
import { insertMerknad, type MerknadInput } from '../saksmappe/relations.js';
import { checkedEnhet, checkedMedarbeider, required } from '../saksmappe/resolve-people.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { assertMayChange, changeTargetsFrom } from '../tilgang/change-access.js';
import { defaultForfallsdato } from '../svarfrist/domain/svarfrist.js';
import { initialJournalstatus } from './domain/journalpost-rules.js';
import { checkDokumentmedium, checkMainDocument, checkRecordDates, mayJournalfoere } from './domain/plausibility.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { osloDateOf, recordDates } from './record-dates.js';
import { insertKorrespondansepart, type KorrespondansepartInput } from './korrespondansepart.js';
import { inheritedScreening } from '../tilgang/domain/inherit.js';
import { resolveTilgangskode } from '../tilgang/resolve-tilgangskode.js';
import { distributeOnRegistration } from '../oppgaver/distribute-on-registration.js';
import { placeInCurrentPeriod } from '../arkivstruktur/place-in-current-period.js';

export interface RegisterJournalpostInput {
  journalposttype: Journalposttype;
  tittel: string;
  offentligTittel?: string | null | undefined;
  beskrivelse?: string | null | undefined;
  /** Default by type and role (see `initialJournalstatus`); checked against the transition table. */
  journalstatus?: Journalstatus | undefined;
  journaldato?: string | undefined;
  dokumentetsDato?: string | null | undefined;
  mottattDato?: Date | string | null | undefined;
  sendtDato?: Date | string | null | undefined;
  /** Incoming post: default the received date + the organisation's period (three weeks; a short one when urgent). */
  forfallsdato?: string | null | undefined;
  /** An urgent letter: the short due date and a red flag. */
  haster?: boolean | undefined;
  offentlighetsvurdertDato?: string | null | undefined;
  antallVedlegg?: number | null | undefined;
  administrativEnhetId?: string | null | undefined;
  saksbehandlerId?: string | null | undefined;
  journalenhet?: string | null | undefined;
  /** Default: the case's access code (screening is inherited from the case); else an active code of the organisation. */
  tilgangskode?: string | null | undefined;
  skjermingshjemmel?: string | null | undefined;
  /** Noark dokumentmedium: «F» is the archive's confirmation of a paper-only letter (journalført without a scan). */
  dokumentmedium?: 'F' | 'E' | 'B' | null | undefined;
  korrespondanseparter?: KorrespondansepartInput[] | undefined;
  merknader?: MerknadInput[] | undefined;
  /** The caller routes the record itself (an access request goes to the owners of the records asked for), so registration creates no task. */
  utenFordeling?: boolean | undefined;
}

export type RegisterArkivnotatInput = Omit<RegisterJournalpostInput, 'journalposttype'>;

/**
 * Registers a journalpost in a case: the next journalpostnummer of the case
 * and, for the journal, the next journalsekvensnummer of the organisation and
 * year — both gapless, both taken in this transaction, so a failure anywhere
 * below returns them.
 */
export function registerJournalpost(ctx: Ctx, saksmappeId: string, input: RegisterJournalpostInput, within?: Tx) {
  return register(ctx, saksmappeId, input, 'journalpost', within);
}

/**
 * Registers an arkivnotat: a record kept in the case but outside the journal,
 * so it has a journalpostnummer in the case and no journal numbers. The table
 * needs a journalposttype; X (internal, no follow-up) is what an arkivnotat is.
 */
export function registerArkivnotat(ctx: Ctx, saksmappeId: string, input: RegisterArkivnotatInput, within?: Tx) {
  return register(ctx, saksmappeId, { ...input, journalposttype: 'X' }, 'arkivnotat', within);
}

async function register(
  ctx: Ctx,
  saksmappeId: string,
  input: RegisterJournalpostInput,
  registreringstype: 'journalpost' | 'arkivnotat',
  /** The caller's transaction, when the registration is part of a larger step. */
  within?: Tx,
) {
  if (!input.tittel?.trim()) throw fieldError('tittel', 'må fylles ut', 'is required');
  const orgId = ctx.role.organisasjonId;
  const now = ctx.now();
  const type = input.journalposttype;
  const mottattDato = input.mottattDato ?? (type === 'I' ? now : null);
  checkDokumentmedium(ctx.role.rolle, input.dokumentmedium);
  checkRecordDates(recordDates({ ...input, mottattDato }), osloDate(now));
  // A new record has no documents yet: attached in the same step (the reception queue), they come after it.
  const journalfoering = { journalposttype: type, hasHoveddokument: false, dokumentmedium: input.dokumentmedium };
  return inTenantOr(within, ctx, async (tx) => {
    // The case's number counter, and its row read under that lock, so a case closed meanwhile is seen.
    const saksmappe = await cases.takeNextJournalpostnummer(tx, orgId, saksmappeId);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, saksmappeId);
    const incomingByArchive = type === 'I' && ctx.role.rolle === 'ARK';
    const saksbehandlerId = required(
      input.saksbehandlerId ?? (incomingByArchive ? saksmappe.saksansvarlig_id : ctx.actor.brukerId),
      'saksbehandlerId',
    );
    const enhetId = required(
      input.administrativEnhetId ??
        (incomingByArchive ? saksmappe.administrativ_enhet_id : (ctx.role.administrativEnhetId ?? saksmappe.administrativ_enhet_id)),
      'administrativEnhetId',
    );
    // The change rule's facts and the person and unit named, in one statement.
    const facts = await repo.registrationFacts(tx, orgId, saksmappeId, saksbehandlerId, enhetId);
    assertMayChange(ctx, { saksmappe: changeTargetsFrom(facts.enhetstre, facts.saksbehandlere, saksmappe).saksmappe }, 'registrer');
    await placeInCurrentPeriod(tx, orgId, saksmappe);
    const code = await resolveTilgangskode(tx, orgId, input.tilgangskode, saksmappe.tilgangskode);
    const tilgangskode = code?.kode ?? null;
    const journalstatus =
      input.journalstatus ?? initialJournalstatus(type, ctx.role.rolle, tilgangskode, mayJournalfoere({ ...journalfoering, til: 'J' }));
    // A new record has no documents yet, so «documents finalised» holds.
    checkTransition('journalpost', type, null, journalstatus, ctx.role.rolle, {
      noTemporaryScreening: tilgangskode !== 'XX',
      documentsFinalised: true,
      archivalFormats: true,
    });
    checkMainDocument({ ...journalfoering, til: journalstatus });
    const saksbehandler = checkedMedarbeider(facts.medarbeider, 'saksbehandlerId');
    const enhet = checkedEnhet(facts.enhet, 'administrativEnhetId');
    const journaldato = input.journaldato ?? osloDate(now);
    const forfallsdato =
      input.forfallsdato === undefined && type === 'I'
        ? defaultForfallsdato(osloDateOf(mottattDato) ?? journaldato, facts.svarfrister, input.haster === true)
        : (input.forfallsdato ?? null);
    const journalaar = registreringstype === 'journalpost' ? osloYear(now) : null;
    // The organisation's journal counter, which all its registrations queue on, is taken last: in the record's own INSERT.
    const journalsekvensnummer = journalaar ? nextNumberSql(orgId, 'journalpost', journalaar) : null;
    const row = await repo.insert(tx, {
      organisasjon_id: orgId,
      saksmappe_id: saksmappeId,
      registreringstype,
      journalaar,
      journalsekvensnummer,
      journalpostnummer: saksmappe.siste_journalpostnummer,
      journalposttype: type,
      journalstatus,
      journaldato,
      tittel: input.tittel.trim(),
      offentlig_tittel: input.offentligTittel?.trim() || null,
      beskrivelse: input.beskrivelse?.trim() || null,
      dokumentets_dato: input.dokumentetsDato ?? null,
      mottatt_dato: mottattDato,
      sendt_dato: input.sendtDato ?? null,
      forfallsdato,
      haster: input.haster === true,
      offentlighetsvurdert_dato: input.offentlighetsvurdertDato ?? null,
      antall_vedlegg: input.antallVedlegg ?? null,
      administrativ_enhet_id: enhet.id,
      saksbehandler_id: saksbehandler.id,
      journalenhet: input.journalenhet?.trim() || saksmappe.journalenhet,
      tilgangskode,
      skjermingshjemmel: input.skjermingshjemmel?.trim() || (code?.skjermingshjemmel ?? null),
      dokumentmedium: input.dokumentmedium ?? null,
      ...inheritedScreening(saksmappe, input.tilgangskode === undefined),
      opprettet_av: ctx.actor.brukerId,
    });
    for (const [i, p] of (input.korrespondanseparter ?? []).entries())
      await insertKorrespondansepart(ctx, tx, row.id, p, `korrespondanseparter.${i}`);
    for (const m of input.merknader ?? []) await insertMerknad(ctx, tx, 'journalpost', row.id, m);
    if (!input.utenFordeling) await distributeOnRegistration(ctx, tx, row);
    return row;
  });
}
