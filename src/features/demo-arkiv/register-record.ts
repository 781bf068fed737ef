import { Readable } from 'node:stream';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import type { Ctx } from '../../shared/context.js';
import { addDokument } from '../dokumenter/add-dokument.js';
import { makePdf } from '../dokumenter/make-pdf.js';
import { changeJournalstatus } from '../journalpost/change-journalstatus.js';
import { registerJournalpost } from '../journalpost/register-journalpost.js';
import { updateJournalpost } from '../journalpost/update-journalpost.js';
import type { Korrespondanseparttype } from '../noark/domain/index.js';
import type { DatedRecord } from './plan.js';
import { at } from './people.js';

const PARTY_TYPE: Record<DatedRecord['type'], Korrespondanseparttype> = { I: 'EA', U: 'EM', N: 'IM', X: 'IM', S: 'EM' };

/**
 * One record the way the routines make it, with as few steps as they allow
 * (loading time matters on a fresh clone): incoming post is registered by
 * the archive, journalført at once when it is a paper-only letter, else
 * temporarily (M) until its scan is attached, then journalført (J); own
 * documents are written by the case worker (R), finalised (F) and
 * journalført by the archive (F → J, as Elverum does), which confirms a
 * letter without a file as paper-only first — unless still in progress.
 */
export async function registerDemoRecord(files: DocumentStores, archivist: Ctx, worker: Ctx, saksmappeId: string, r: DatedRecord) {
  const incoming = r.type === 'I';
  const author = at(incoming ? archivist : worker, r.dato);
  const ark = at(archivist, r.dato);
  const row = await registerJournalpost(author, saksmappeId, {
    journalposttype: r.type,
    tittel: r.tittel,
    offentligTittel: r.offentligTittel ?? null,
    journaldato: r.dato,
    dokumentetsDato: r.dato,
    korrespondanseparter: [{ korrespondanseparttype: PARTY_TYPE[r.type], navn: r.part.navn, skjermet: r.part.skjermet }],
    ...(incoming && !r.medPdf ? { dokumentmedium: 'F' as const } : {}),
  });
  if (r.medPdf) {
    const pdf = await makePdf(`${r.tittel}\n\n${r.tekst}`, r.tittel);
    await addDokument(
      author,
      files,
      row.id,
      { tittel: r.tittel, dokumenttype: r.dokumenttype, dokumentstatus: 'F' },
      {
        stream: Readable.from([Buffer.from(pdf)]),
        filnavn: `${r.tittel.slice(0, 60).replace(/[^\p{L}\p{N} -]/gu, '')}.pdf`,
        mimeType: 'application/pdf',
      },
    );
  }
  if (incoming) return r.medPdf ? changeJournalstatus(ark, row.id, { journalstatus: 'J' }) : row;
  if (r.sluttstatus === 'R') return row;
  await changeJournalstatus(author, row.id, { journalstatus: 'F' });
  if (r.sluttstatus === 'F') return row;
  if (!r.medPdf && r.type === 'U') await updateJournalpost(ark, row.id, { dokumentmedium: 'F' });
  return changeJournalstatus(ark, row.id, { journalstatus: 'J' });
}
