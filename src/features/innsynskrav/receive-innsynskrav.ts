import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { insertDokument } from '../dokumenter/add-dokument.js';
import { registerStored } from '../dokumenter/file-object.js';
import { storeUpload } from '../dokumenter/upload.js';
import { applyJournalstatus } from '../journalpost/change-journalstatus.js';
import { registerJournalpost } from '../journalpost/register-journalpost.js';
import { formatJournalpostId } from '../noark/domain/index.js';
import { oppgaveRepository } from '../oppgaver/oppgave-repository.js';
import { createSaksmappe } from '../saksmappe/create-saksmappe.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { innsynFrist, MAX_DELER } from './domain/innsynskrav-rules.js';
import { innsynskravRepository as repo, type RecordNumbers, type RequestedRecord } from './innsynskrav-repository.js';

export type Innsynskanal = 'offentlig' | 'epost' | 'einnsyn';

/** An access request as it arrived, from any channel. */
export interface Innsynsbestilling {
  kanal: Innsynskanal;
  navn?: string | null | undefined;
  epost: string;
  /** The records asked for, by id (the public page) … */
  journalpostIder?: readonly string[] | undefined;
  /** … or by their numbers (eInnsyn's order, an e-mail). */
  nummer?: readonly RecordNumbers[] | undefined;
  /** eInnsyn's order id or the e-mail's Message-ID: the same order again is the same request. */
  eksternId?: string | null | undefined;
  /** The request as received, kept as the incoming record's document. */
  dokument: { filnavn: string; tittel: string; innhold: Uint8Array };
}

export interface MottattInnsynskrav {
  id: string;
  duplikat: boolean;
  /** The requester's receipt token (shown once; only its hash is kept). Null for a duplicate. */
  kvittering: string | null;
  saksmappeId: string;
  journalpostId: string;
  frist: string;
}

const EPOST = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PUBLISHED = new Set(['J', 'A']);

export const kvitteringHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Registers an access request (seed 001 «Rutine for behandling av
 * innsynsbegjæringer»; offentleglova § 28–29), in one transaction, as the
 * archive registers incoming post: a case of its own with the request as
 * its incoming record (I), the order kept as the record's document,
 * journalført, due by the legal deadline (`innsynFrist`); each record asked
 * for (journalført, as the public journal shows them) becomes a part
 * routed to its case owner, who gets a task to answer it in «Ubesvarte».
 * The requester gets a receipt token. `ctx` acts as the archive.
 */
export async function receiveInnsynskrav(ctx: Ctx, files: FileStore, input: Innsynsbestilling): Promise<MottattInnsynskrav> {
  const org = ctx.role.organisasjonId;
  const bestiller = checkBestilling(input);
  if (bestiller.eksternId) {
    const earlier = await inTenant(ctx, (tx) => repo.findByEkstern(tx, org, input.kanal, bestiller.eksternId!));
    if (earlier) return { ...summary(earlier), duplikat: true, kvittering: null };
  }
  const stored = await storeUpload(files, org, {
    stream: Readable.from([Buffer.from(input.dokument.innhold)]),
    filnavn: input.dokument.filnavn,
  });
  return registerStored(ctx, files, stored, () =>
    inTenant(ctx, (tx) =>
      registerInnsynskrav(ctx, tx, bestiller, input, (journalpostId) =>
        insertDokument(ctx, tx, journalpostId, { tittel: input.dokument.tittel, dokumenttype: 'B' }, stored).then(() => undefined),
      ),
    ),
  );
}

/** Who asked, through which channel, checked: the same for every channel. */
export interface Bestiller {
  kanal: Innsynskanal;
  navn: string | null;
  epost: string;
  eksternId: string | null;
}

/** The requester's address and name and the number of records asked for, each with a message naming its field. */
export function checkBestilling(input: Omit<Innsynsbestilling, 'dokument'>): Bestiller {
  const epost = input.epost.trim();
  if (!EPOST.test(epost) || epost.length > 320)
    throw fieldError('epost', 'er ikke en gyldig e-postadresse', 'is not a valid e-mail address');
  const navn = input.navn?.trim() || null;
  if (navn && navn.length > 200) throw fieldError('navn', 'kan være høyst 200 tegn', 'may be at most 200 characters');
  const asked = (input.journalpostIder?.length ?? 0) + (input.nummer?.length ?? 0);
  if (asked === 0) throw fieldError('journalpostIder', 'velg minst én journalpost', 'choose at least one record');
  if (asked > MAX_DELER)
    throw fieldError('journalpostIder', `høyst ${MAX_DELER} journalposter i ett krav`, `at most ${MAX_DELER} records in one request`);
  return { kanal: input.kanal, navn, epost, eksternId: input.eksternId?.trim() || null };
}

/**
 * The registration itself, inside the caller's tenant transaction: the
 * request's case and incoming record (its documents added by
 * `addDocuments` before it is journalført), the request with its parts and
 * the case owners' tasks. A refusal of any record asked for leaves nothing.
 */
export async function registerInnsynskrav(
  ctx: Ctx,
  tx: Tx,
  bestiller: Bestiller,
  asked: Pick<Innsynsbestilling, 'journalpostIder' | 'nummer'>,
  addDocuments: (journalpostId: string) => Promise<void>,
): Promise<MottattInnsynskrav> {
  const org = ctx.role.organisasjonId;
  const { navn, epost } = bestiller;
  const records = await requested(tx, org, asked);
  const first = records[0]!;
  const today = osloDate(ctx.now());
  const frist = innsynFrist(today);
  const numbers = records.map((r) => formatJournalpostId(r.saksaar, r.sakssekvensnummer, r.journalpostnummer));
  const list = numbers.length > 3 ? `${numbers.slice(0, 3).join(', ')} m.fl.` : numbers.join(', ');
  const saksmappe = await createRequestCase(ctx, tx, `Innsynskrav ${list}`, first);
  const journalpost = await registerJournalpost(
    ctx,
    saksmappe.id,
    {
      journalposttype: 'I',
      tittel: `Innsynskrav i ${list}`,
      journalstatus: 'M',
      forfallsdato: frist,
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: navn ?? epost, epostadresse: epost }],
      utenFordeling: true,
    },
    tx,
  );
  await addDocuments(journalpost.id);
  await applyJournalstatus(ctx, tx, journalpost.id, 'J');
  const token = randomBytes(24).toString('base64url');
  const krav = await repo.insert(tx, {
    organisasjon_id: org,
    saksmappe_id: saksmappe.id,
    journalpost_id: journalpost.id,
    kanal: bestiller.kanal,
    bestiller_navn: navn,
    bestiller_epost: epost,
    ekstern_id: bestiller.eksternId,
    kvittering_hash: kvitteringHash(token),
    frist,
  });
  await repo.insertDeler(
    tx,
    records.map((r, i) => ({
      organisasjon_id: org,
      innsynskrav_id: krav.id,
      journalpost_id: r.id,
      saksbehandler_id: r.saksansvarlig_id,
      rekkefolge: i + 1,
    })),
  );
  // One task per case owner, naming the records that are theirs to decide.
  const byOwner = new Map<string, string[]>();
  records.forEach((r, i) => byOwner.set(r.saksansvarlig_id, [...(byOwner.get(r.saksansvarlig_id) ?? []), numbers[i]!]));
  await oppgaveRepository.create(
    tx,
    org,
    ctx.actor.brukerId,
    [...byOwner].map(([owner, own]) => ({
      oppgavetype: 'besvare' as const,
      mottakerBrukerId: owner,
      mottakerEnhetId: null,
      saksmappeId: saksmappe.id,
      journalpostId: journalpost.id,
      frist,
      merknad: `Innsynskrav: avgjør innsyn i ${own.join(', ')}`,
    })),
    today,
  );
  return { ...summary(krav), duplikat: false, kvittering: token };
}

/** The arkivnøkkel class of access requests: «Informasjon og publikumsservice» (010). */
export const INNSYN_KLASSE = '010';

/**
 * The request's own case, owned by and in the unit of the first requested
 * record's case owner; classed 010 where the organisation's key has it,
 * else as that record's case (a key without 010). The class is looked up
 * before the case number is taken, so a first try that fails leaves nothing.
 */
async function createRequestCase(ctx: Ctx, tx: Tx, tittel: string, first: RequestedRecord) {
  const base = { tittel, administrativEnhetId: first.administrativ_enhet_id, saksansvarligId: first.saksansvarlig_id };
  try {
    return await createSaksmappe(ctx, { ...base, primaerKlasse: { verdi: INNSYN_KLASSE } }, tx);
  } catch (error) {
    if (!(error instanceof DomainError && error.fields.some((f) => f.field.startsWith('primaerKlasse')))) throw error;
    return createSaksmappe(
      ctx,
      { ...base, ...(first.primaer_klasse_id ? { primaerKlasse: { klasseId: first.primaer_klasse_id } } : {}) },
      tx,
    );
  }
}

const summary = (k: { id: string; saksmappe_id: string; journalpost_id: string; frist: string }) => ({
  id: k.id,
  saksmappeId: k.saksmappe_id,
  journalpostId: k.journalpost_id,
  frist: k.frist,
});

/** The records asked for, each a journalført record of the journal (as the public journal shows them), in the order asked. */
async function requested(tx: Tx, org: string, input: Pick<Innsynsbestilling, 'journalpostIder' | 'nummer'>): Promise<RequestedRecord[]> {
  const ids = [...new Set(input.journalpostIder ?? [])];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  ids.forEach((id, i) => {
    if (!uuid.test(id)) throw fieldError(`journalpostIder.${i}`, 'er ikke en journalpost-id', 'is not a record id');
  });
  const byId = await repo.requestedByIds(tx, org, ids);
  const byNumber = await repo.requestedByNumbers(tx, org, input.nummer ?? []);
  const found: RequestedRecord[] = [];
  ids.forEach((id, i) => {
    const r = byId.find((x) => x.id === id);
    if (!r || !isPublished(r))
      throw fieldError(`journalpostIder.${i}`, 'finnes ikke i den offentlige journalen', 'is not in the public journal');
    found.push(r);
  });
  (input.nummer ?? []).forEach((n, i) => {
    const r = byNumber.find(
      (x) => x.saksaar === n.saksaar && x.sakssekvensnummer === n.sakssekvensnummer && x.journalpostnummer === n.journalpostnummer,
    );
    if (!r || !isPublished(r)) {
      throw fieldError(
        `nummer.${i}`,
        `${n.saksaar}/${n.sakssekvensnummer}-${n.journalpostnummer} finnes ikke i den offentlige journalen`,
        `${n.saksaar}/${n.sakssekvensnummer}-${n.journalpostnummer} is not in the public journal`,
      );
    }
    if (!found.some((x) => x.id === r.id)) found.push(r);
  });
  if (found.length === 0)
    throw new DomainError('VALIDATION_FAILED', { nb: 'Kravet nevner ingen journalpost.', en: 'The request names no record.' });
  return found;
}

const isPublished = (r: RequestedRecord) => r.registreringstype === 'journalpost' && PUBLISHED.has(r.journalstatus);
