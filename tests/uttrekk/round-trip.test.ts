import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { importUttrekk } from '../../src/features/uttrekk-import/import-uttrekk.js';
import { exportArkivuttrekk } from '../../src/features/uttrekk/export-arkivuttrekk.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { systemCtxFor } from '../support/world.js';
import { closedPeriodWorld, type UttrekkWorld } from './uttrekk-world.js';

/**
 * Who an object is and whose archive it is: the identity the import gives
 * anew (a systemID already used in this database gets a new one, and every
 * reference and file name follows it) and the organisation that holds the
 * copy. Everything else must come back as it went out.
 */
const IDENTITY = /^(systemID|referanse\w*|arkivskaper\w*|organisasjonsnummer)$/;

/**
 * KNOWN LOSSES of today's import, by file, found by this test (issue 17):
 * none left. A loss found later is listed here (file → element names) until
 * it is fixed.
 */
const KNOWN_LOSSES: Record<string, RegExp> = {};

/** The package's leaf elements (name and text) without identity, as a sorted list: its content, whatever ids it carries. */
function content(pkg: string, file: string): string[] {
  const xml = fs.readFileSync(path.join(pkg, file), 'utf8');
  const leaves = [...xml.matchAll(/<([A-Za-z][\w.]*)(?:\s[^>]*)?>([^<]*)<\/\1>/g)];
  return leaves
    .filter(([, name]) => !IDENTITY.test(name!) && !KNOWN_LOSSES[file]?.test(name!))
    .map(([, name, text]) => `${name}=${text}`)
    .sort();
}

const documentHashes = (pkg: string) =>
  fs
    .readdirSync(path.join(pkg, 'dokumenter'))
    .map((f) =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(pkg, 'dokumenter', f)))
        .digest('hex'),
    )
    .sort();

/*
 * Issue 17, Done-when «the round trip»: export a closed period → import it
 * into an organisation with no archive of those years → export that again:
 * the same content (structure, numbers, dates, titles, parties, screening,
 * people and units, the change log, the document files), only the
 * identities new — but for the known losses
 * listed in KNOWN_LOSSES.
 */
describe(`arkivuttrekk round trip: export → import → export (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let w: UttrekkWorld;
  let grue: Ctx;
  let first: string;
  let second: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    w = await closedPeriodWorld(handle);
    grue = await systemCtxFor(handle, 'grue');
    first = path.join(w.tmp, 'fra-valer');
    second = path.join(w.tmp, 'fra-grue');
    await exportArkivuttrekk(w.sys, w.stores, { arkivdel: 'SAK2016', out: first });
    const report = await importUttrekk(grue, { katalog: first, files: w.stores.plain });
    expect(report).toMatchObject({ status: 'fullført', sjekksumAvvik: [] });
    expect(report.ikkeKartlagt).toEqual({});
    await exportArkivuttrekk(grue, w.stores, { out: second });
  }, 900_000);
  afterAll(async () => {
    await handle?.close();
    w?.cleanup();
  });

  it('gives the same arkivstruktur, change log and journals, and the same document files (but for the known losses)', () => {
    for (const file of ['arkivstruktur.xml', 'endringslogg.xml', 'loependeJournal.xml', 'offentligJournal.xml']) {
      expect(content(second, file), file).toEqual(content(first, file));
    }
    expect(documentHashes(second)).toEqual(documentHashes(first));
  });

  it('never writes the text «null» (a person out of sight, or the system, is named)', () => {
    for (const pkg of [first, second]) {
      for (const file of fs.readdirSync(pkg).filter((f) => f.endsWith('.xml'))) {
        expect(fs.readFileSync(path.join(pkg, file), 'utf8'), `${pkg}/${file}`).not.toMatch(/>null</);
      }
    }
    // The demo's class tree was made by the system, whose user the tenant cannot see.
    expect(fs.readFileSync(path.join(first, 'arkivstruktur.xml'), 'utf8')).toContain('<opprettetAv>Saksgang (system)</opprettetAv>');
  });
});
