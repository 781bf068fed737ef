import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { insertDokument } from '../dokumenter/add-dokument.js';
import type { StoredUpload } from '../dokumenter/upload.js';
import { applyJournalstatus } from '../journalpost/change-journalstatus.js';
import type { KorrespondansepartInput } from '../journalpost/korrespondansepart.js';
import { registerJournalpost, type RegisterJournalpostInput } from '../journalpost/register-journalpost.js';
import type { Dokumenttype } from '../noark/domain/index.js';
import { createSaksmappe, type CreateSaksmappeInput } from '../saksmappe/create-saksmappe.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { mottakRepository as repo, type MottakFilRow, type MottakRow } from './mottak-repository.js';
import { requireArchive } from './receive-scans.js';

/** Which of the item's files become documents, in which order and under which title; the first is the main document. */
export interface DokumentValg {
  filId: string;
  tittel?: string | null | undefined;
  dokumenttype?: Dokumenttype | undefined;
}

export interface RegisterFromMottakInput extends Pick<
  RegisterJournalpostInput,
  | 'tittel'
  | 'offentligTittel'
  | 'beskrivelse'
  | 'dokumentetsDato'
  | 'forfallsdato'
  | 'tilgangskode'
  | 'skjermingshjemmel'
  | 'saksbehandlerId'
  | 'administrativEnhetId'
  | 'antallVedlegg'
  | 'merknader'
> {
  /** An existing case, or `nySak` to make one in the same step. */
  saksmappeId?: string | undefined;
  nySak?: CreateSaksmappeInput | undefined;
  /** M: temporarily registered; J (default): journalført. */
  journalstatus?: 'M' | 'J' | undefined;
  /** Default: the sender the item came with, as EA. */
  korrespondanseparter?: KorrespondansepartInput[] | undefined;
  /** Default: all the item's files in their order (or, for unreadable post, its original). */
  dokumenter?: DokumentValg[] | undefined;
}

/**
 * Registration by the archive starting from the document (seed 001, fase 1):
 * in one transaction the case is found or made, the incoming record (I) is
 * registered in it through the records core's own use case (numbers, rules,
 * screening, change log), the item's files become its documents, the record
 * is journalført unless the archive keeps it temporary (M), and the item is
 * marked registered with the record. Anything refused leaves all as it was.
 */
export async function registerFromMottak(ctx: Ctx, mottakId: string, input: RegisterFromMottakInput) {
  requireArchive(ctx, { nb: 'registrere post fra postmottaket', en: 'register post from the reception queue' });
  if (!input.saksmappeId === !input.nySak)
    throw fieldError('saksmappeId', 'velg en sak eller opprett en ny (nySak)', 'choose a case or create a new one (nySak)');
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const item = await openUnhandled(tx, org, mottakId);
    const files = await chosenFiles(tx, item, input.dokumenter);
    const saksmappeId = input.saksmappeId ?? (await createSaksmappe(ctx, input.nySak!, tx)).id;
    const { dokumenter, journalstatus, korrespondanseparter, nySak: _nySak, saksmappeId: _id, ...fields } = input;
    const journalpost = await registerJournalpost(
      ctx,
      saksmappeId,
      {
        ...fields,
        journalposttype: 'I',
        // Temporarily registered until its documents are in; journalført below.
        journalstatus: 'M',
        mottattDato: item.mottatt_dato,
        dokumentetsDato: input.dokumentetsDato ?? (item.sendt_dato ? osloDate(item.sendt_dato) : undefined),
        antallVedlegg: input.antallVedlegg ?? Math.max(files.length - 1, 0),
        korrespondanseparter: korrespondanseparter ?? senderOf(item),
      },
      tx,
    );
    for (const f of files) await insertDokument(ctx, tx, journalpost.id, { tittel: f.tittel, dokumenttype: f.dokumenttype }, f.stored);
    const final = (journalstatus ?? 'J') === 'J' ? await applyJournalstatus(ctx, tx, journalpost.id, 'J') : journalpost;
    const mottak = await repo.markRegistered(tx, org, item.id, journalpost.id, ctx.actor.brukerId);
    await repo.log(tx, org, item.id, 'registrert', journalpost.id);
    return { mottak, journalpost: final, saksmappeId };
  });
}

/** The item, locked for the decision, while nothing is decided on it yet. */
export async function openUnhandled(tx: Tx, org: string, id: string): Promise<MottakRow> {
  const item = await repo.findForUpdate(tx, org, id);
  if (!item) throw notFound({ nb: 'posten i postmottaket', en: 'the post in the reception queue' }, id);
  if (item.status === 'registrert' || item.status === 'arkivbegrenset') throw alreadyHandled(item);
  return item;
}

interface ChosenFile {
  tittel: string;
  dokumenttype: Dokumenttype;
  stored: StoredUpload;
}

export async function chosenFiles(tx: Tx, item: MottakRow, valg: DokumentValg[] | undefined): Promise<ChosenFile[]> {
  const all = await repo.files(tx, item.organisasjon_id, item.id);
  if (all.length === 0 && item.original_sjekksum) {
    const fil = await repo.catalogued(tx, item.organisasjon_id, item.original_sjekksum);
    const stored = {
      sha256: item.original_sjekksum,
      size: Number(fil.filstoerrelse),
      created: false,
      filnavn: item.original_filnavn ?? 'original',
      mimeType: fil.mime_type,
      format: fil.format,
      formatDetaljer: null,
    };
    return [{ tittel: valg?.[0]?.tittel?.trim() || 'Originalen', dokumenttype: valg?.[0]?.dokumenttype ?? 'B', stored }];
  }
  const picked: DokumentValg[] = valg ?? all.map((f) => ({ filId: f.id }));
  if (picked.length === 0) throw fieldError('dokumenter', 'velg minst én fil', 'choose at least one file');
  return picked.map((v, i) => {
    const f = all.find((x) => x.id === v.filId);
    if (!f) throw fieldError(`dokumenter.${i}.filId`, 'er ikke en fil i denne posten', 'is not a file of this post');
    return { tittel: v.tittel?.trim() || f.tittel, dokumenttype: v.dokumenttype ?? 'B', stored: storedOf(f) };
  });
}

const storedOf = (f: MottakFilRow): StoredUpload => ({
  sha256: f.sjekksum,
  size: Number(f.filstoerrelse),
  created: false,
  filnavn: f.filnavn,
  mimeType: f.mime_type,
  format: f.format,
  formatDetaljer: f.format_detaljer,
});

function senderOf(item: MottakRow): KorrespondansepartInput[] {
  if (!item.avsender_navn && !item.avsender_epost) return [];
  return [{ korrespondanseparttype: 'EA', navn: item.avsender_navn ?? item.avsender_epost!, epostadresse: item.avsender_epost }];
}

function alreadyHandled(item: MottakRow): DomainError {
  const what =
    item.status === 'registrert' ? { nb: 'registrert', en: 'registered' } : { nb: 'holdt utenfor arkivet', en: 'kept out of the archive' };
  return new DomainError('CONFLICT', {
    nb: `Posten er allerede ${what.nb} (${item.behandlet_dato?.toISOString() ?? ''}).`,
    en: `The post is already ${what.en} (${item.behandlet_dato?.toISOString() ?? ''}).`,
  });
}
