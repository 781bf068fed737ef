import type { EinnsynClient } from '../../integrations/einnsyn/einnsyn-client.js';
import type { PublicEntry } from '../offentlig-journal/domain/public-entry.js';
import {
  arkivdelOf,
  arkivOf,
  journalpostOf,
  publishable,
  saksmappeOf,
  type FullTextUrl,
  type Publisher,
} from './domain/einnsyn-objects.js';

export type Publication = 'publisert' | 'oppdatert' | 'trukket' | 'ikke-publisert';

/**
 * Brings eInnsyn in line with what the public sees of one record now:
 * publishes it (with its case, and the organisation's archive and archive
 * part the first time), updates it, or withdraws it when the public may no
 * longer see it. Idempotent: objects are found by our ids (eInnsyn's
 * `systemId`), so a retried or repeated job changes nothing twice.
 */
export async function publishJournalpost(
  client: EinnsynClient,
  org: Publisher,
  journalpostId: string,
  entry: PublicEntry | undefined,
  fullText: FullTextUrl,
): Promise<Publication> {
  if (!publishable(entry)) return (await client.remove('journalpost', journalpostId)) ? 'trukket' : 'ikke-publisert';
  const sak = saksmappeOf(entry);
  if (await client.get('saksmappe', sak.systemId)) {
    await client.update('saksmappe', sak.systemId, {
      offentligTittel: sak.offentligTittel,
      offentligTittelSensitiv: sak.offentligTittelSensitiv,
    });
  } else {
    await client.create('saksmappe', sak, { kind: 'arkivdel', id: await ensureArkivdel(client, org) });
  }
  const jp = journalpostOf(entry, fullText);
  if (await client.get('journalpost', jp.systemId)) {
    const { systemId: _same, ...changes } = jp;
    await client.update('journalpost', jp.systemId, changes);
    return 'oppdatert';
  }
  await client.create('journalpost', jp, { kind: 'saksmappe', id: sak.systemId });
  return 'publisert';
}

/** The organisation's archive part at eInnsyn (and its archive), made the first time; its systemId. */
async function ensureArkivdel(client: EinnsynClient, org: Publisher): Promise<string> {
  const arkivdel = arkivdelOf(org);
  if (await client.get('arkivdel', arkivdel.systemId)) return arkivdel.systemId;
  const arkiv = arkivOf(org);
  if (!(await client.get('arkiv', arkiv.systemId))) await client.create('arkiv', arkiv);
  await client.create('arkivdel', arkivdel, { kind: 'arkiv', id: arkiv.systemId });
  return arkivdel.systemId;
}
