import type { DatabaseHandle } from '../../src/db/open-database.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import type { KorrespondansepartInput } from '../../src/features/journalpost/korrespondansepart.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createUser } from '../../src/features/organisations/create-user.js';
import { updateDokumentbeskrivelse } from '../../src/features/dokumenter/update-dokumentbeskrivelse.js';
import { listBrevmaler } from '../../src/features/maler/list-brevmaler.js';
import type { Ctx } from '../../src/shared/context.js';
import { createCase } from '../records/records-world.js';
import { crewOf, type Crew } from '../oppgaver/oppgaver-world.js';
import { ctxFor, systemCtxFor } from '../support/world.js';

/** The routine's crew, and in another unit (TEK) its leader and a case worker: an internal note's receivers. */
export interface Office extends Crew {
  tekLed: Ctx;
  tekSb: Ctx;
}

let seq = 0;

export async function officeOf(handle: DatabaseHandle): Promise<Office> {
  const crew = await crewOf(handle);
  const sys = await systemCtxFor(handle, 'valer');
  const person = async (rolle: 'LED' | 'SB', navn: string) => {
    const brukernavn = `valer.tek.${rolle.toLowerCase()}.${++seq}`;
    await createUser(sys, {
      brukernavn,
      navn: `${navn} ${seq}`,
      epost: `${brukernavn}@example.no`,
      passord: 'passord123',
      rolle,
      enhetId: crew.tek,
    });
    return ctxFor(handle, brukernavn, 'valer', rolle);
  };
  return { ...crew, tekLed: await person('LED', 'Tora Leder'), tekSb: await person('SB', 'Per Teknisk') };
}

/** An own record of `author` in a case of theirs, finished (F) and ready to dispatch. */
export async function finishedRecord(
  author: Ctx,
  journalposttype: 'U' | 'N' | 'X',
  korrespondanseparter: KorrespondansepartInput[],
  saksmappeId?: string,
) {
  const sakId = saksmappeId ?? (await createCase(author, { tittel: `Sak for ${journalposttype}` })).id;
  const jp = await registerJournalpost(author, sakId, { journalposttype, tittel: `Dokument ${journalposttype}`, korrespondanseparter });
  await changeJournalstatus(author, jp.id, { journalstatus: 'F' });
  return { sakId, jp };
}

/** The case worker finishes an own record made from a template: its documents (dokumentstatus F), then the record (R → F). */
export async function finish(handle: DatabaseHandle, author: Ctx, journalpostId: string) {
  const docs = await handle.db
    .selectFrom('dokumentbeskrivelse')
    .select('id')
    .where('organisasjon_id', '=', author.role.organisasjonId)
    .where('journalpost_id', '=', journalpostId)
    .execute();
  for (const d of docs) await updateDokumentbeskrivelse(author, d.id, { dokumentstatus: 'F' });
  await changeJournalstatus(author, journalpostId, { journalstatus: 'F' });
}

/** The organisation's active template of a kind. */
export async function templateId(ctx: Ctx, maltype: string) {
  return (await listBrevmaler(ctx, {})).find((m) => m.maltype === maltype)!.id;
}
