import type { Config } from '../../config.js';
import { createFileStore, fileSettings } from '../../files/file-settings.js';
import type { FileStore } from '../../files/file-store.js';
import type { Log } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { lazySecureFileStore, secureZoneSettings } from './secure-zone-settings.js';

/** The two file zones: the ordinary store and the secure zone's encrypted one (never the same place, never the same key). */
export interface DocumentStores {
  plain: FileStore;
  secure: FileStore;
}

/** The store a document's files belong in. */
export function storeFor(stores: DocumentStores, dokument: { personsensitiv: boolean }): FileStore {
  return dokument.personsensitiv ? stores.secure : stores.plain;
}

/**
 * Refuses to register bytes stored in one zone on a document that moved to
 * the other meanwhile (marked personsensitive while the upload arrived); the
 * caller's registerStored then removes the stray copy.
 */
export function checkSameZone(stores: DocumentStores, usedStore: FileStore, dokument: { personsensitiv: boolean }): void {
  if (storeFor(stores, dokument) === usedStore) return;
  throw new DomainError('CONFLICT', {
    nb: 'Dokumentet ble flyttet til sikker sone mens filen ble lastet opp. Last opp på nytt.',
    en: 'The document was moved into the secure zone while the file was uploading. Upload again.',
  });
}

/** Both configured stores; the CLI, the demo loader and the routes use this. */
export function createDocumentStores(config: Pick<Config, 'dataDir'>, log: Log, env: NodeJS.ProcessEnv = process.env): DocumentStores {
  return {
    plain: createFileStore(fileSettings(config, env)),
    secure: lazySecureFileStore(secureZoneSettings(config, env), log),
  };
}
