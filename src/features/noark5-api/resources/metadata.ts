import {
  ARKIVDELSTATUS,
  AVSKRIVNINGSMAATE,
  DOKUMENTMEDIUM,
  DOKUMENTSTATUS,
  DOKUMENTTYPE,
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  KORRESPONDANSEPARTTYPE,
  SAKSSTATUS,
  SKJERMING_METADATA,
  TILGANGSKODE,
  TILKNYTTET_REGISTRERING_SOM,
  VARIANTFORMAT,
  type CodeEntry,
} from '../../noark/domain/index.js';
import type { QueryField } from '../odata/bind-filter.js';
import { rel } from '../protocol/links.js';
import { href, type Noark5Request } from '../protocol/protocol.js';

/**
 * The code lists of the metadata package, by the specification's names
 * (`metadata/<navn>/`), from the same domain data the rules use. Read-only
 * here: extending a list (`ny-<kodeliste>`) is not built yet.
 */
export const METADATA_LISTS: Record<string, readonly CodeEntry[]> = {
  arkivdelstatus: ARKIVDELSTATUS,
  avskrivningsmaate: AVSKRIVNINGSMAATE,
  dokumentmedium: DOKUMENTMEDIUM,
  dokumentstatus: DOKUMENTSTATUS,
  dokumenttype: DOKUMENTTYPE,
  journalposttype: JOURNALPOSTTYPE,
  journalstatus: JOURNALSTATUS,
  korrespondanseparttype: KORRESPONDANSEPARTTYPE,
  saksstatus: SAKSSTATUS,
  skjermingmetadata: SKJERMING_METADATA,
  tilgangsrestriksjon: TILGANGSKODE,
  tilknyttetregistreringsom: TILKNYTTET_REGISTRERING_SOM,
  variantformat: VARIANTFORMAT,
};

export const KODE_FIELDS: readonly QueryField[] = [
  { path: 'kode', type: 'string', key: 'kode' },
  { path: 'kodenavn', type: 'string', key: 'kodenavn' },
];

export const metadataLink = (r: Pick<Noark5Request, 'base'>, navn: string) =>
  [rel(`metadata/${navn}`), href(r, 'metadata', navn)] as [string, string];

export const presentKode = (entry: CodeEntry) => ({ kode: entry.code, kodenavn: entry.nb });
