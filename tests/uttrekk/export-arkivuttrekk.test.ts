import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import type { DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { DomainError } from '../../src/shared/errors.js';
import { exportArkivuttrekk } from '../../src/features/uttrekk/export-arkivuttrekk.js';
import { XSD_DIR } from '../../src/features/uttrekk/package-files.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { xmllintErrors } from '../support/xmllint.js';
import { closedPeriodWorld, type UttrekkWorld } from './uttrekk-world.js';

/*
 * Issue 17 item 4, Noark 5 krav 6.4: the extraction of a closed period as a
 * Noark 5 v5.0 package, every XML file valid against its official schema.
 */
describe(`arkivuttrekk export (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let w: UttrekkWorld;
  let pkg: string;
  let result: Awaited<ReturnType<typeof exportArkivuttrekk>>;

  beforeAll(async () => {
    handle = await createTestDatabase();
    w = await closedPeriodWorld(handle);
    // The closed period's files are PDFs, made without conversion: one is marked as converted (as the
    // arkivformat job records it) so the package shows a konvertering.
    await sql`UPDATE dokumentobjekt SET konvertert_fra_format = 'fmt/412', konverteringsverktoey = 'LibreOffice 7.4'
      WHERE id = (SELECT min(id::text)::uuid FROM dokumentobjekt)`.execute(handle.db);
    pkg = path.join(w.tmp, 'uttrekk');
    result = await exportArkivuttrekk(w.sys, w.stores, { arkivdel: 'SAK2016', out: pkg });
  }, 600_000);
  afterAll(async () => {
    await handle?.close();
    w?.cleanup();
  });

  const read = (name: string) => fs.readFileSync(path.join(pkg, name), 'utf8');

  it('krav 6.4.1: every XML file of the package validates against its official Noark 5 v5.0 / ADDML schema (xmllint)', () => {
    for (const [xml, xsd] of [
      ['arkivstruktur.xml', 'arkivstruktur.xsd'],
      ['endringslogg.xml', 'endringslogg.xsd'],
      ['loependeJournal.xml', 'loependeJournal.xsd'],
      ['offentligJournal.xml', 'offentligJournal.xsd'],
      ['arkivuttrekk.xml', 'addml.xsd'],
    ]) {
      expect(xmllintErrors(path.join(pkg, xml!), path.join(XSD_DIR, xsd!)), xml).toEqual([]);
    }
  });

  it('writes the structure down to the document files, each referenced file present with its checksum', () => {
    const xml = read('arkivstruktur.xml');
    expect(xml).toContain('<arkivdel><systemID>');
    expect(xml).toContain('<arkivdelstatus>Avsluttet periode</arkivdelstatus>');
    expect(xml).toContain('<klassifikasjonssystem>');
    expect(xml).toContain('<mappe xsi:type="saksmappe">');
    expect(xml).toContain('<registrering xsi:type="journalpost">');
    expect(xml).toContain('<korrespondansepart>');
    const refs = [...xml.matchAll(/<referanseDokumentfil>([^<]+)<\/referanseDokumentfil><sjekksum>([0-9a-f]{64})<\/sjekksum>/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, ref, sum] of refs) {
      expect(ref).toMatch(/^dokumenter\//);
      const bytes = fs.readFileSync(path.join(pkg, ref!));
      expect(createHashHex(bytes), ref).toBe(sum);
    }
    expect(fs.readdirSync(path.join(pkg, 'dokumenter'))).toHaveLength(refs.length);
  });

  it('krav 6.4.42: a conversion is recorded as konvertering on the file object it made', () => {
    const konverteringer = [...read('arkivstruktur.xml').matchAll(/<konvertering>(.*?)<\/konvertering>/g)].map(([, k]) => k);
    expect(konverteringer).toHaveLength(1);
    expect(konverteringer[0]).toMatch(
      /^<konvertertDato>[^<]+<\/konvertertDato><konvertertAv>[^<]+<\/konvertertAv><konvertertFraFormat>fmt\/412<\/konvertertFraFormat><konvertertTilFormat>[^<]+<\/konvertertTilFormat><konverteringsverktoey>LibreOffice 7.4<\/konverteringsverktoey>$/,
    );
  });

  it('krav 6.4: the ADDML description holds the SHA-256 of every XML and schema file and the counts', () => {
    const addml = read('arkivuttrekk.xml');
    for (const name of [
      'arkivstruktur.xml',
      'endringslogg.xml',
      'loependeJournal.xml',
      'offentligJournal.xml',
      'arkivstruktur.xsd',
      'metadatakatalog.xsd',
      'endringslogg.xsd',
      'loependeJournal.xsd',
      'offentligJournal.xsd',
    ]) {
      const sum = createHashHex(fs.readFileSync(path.join(pkg, name)));
      expect(addml, name).toContain(sum);
    }
    const registreringer = (read('arkivstruktur.xml').match(/<registrering /g) ?? []).length;
    expect(addml).toContain(
      `<value>//registrering</value></property><property dataType="integer" name="value"><value>${registreringer}</value>`,
    );
  });

  it('keeps screened content and its skjerming fields: the extraction is complete', () => {
    const xml = read('arkivstruktur.xml');
    expect(xml).toMatch(
      /<skjerming><tilgangsrestriksjon>U<\/tilgangsrestriksjon><skjermingshjemmel>[^<]+<\/skjermingshjemmel><skjermingMetadata>/,
    );
    expect(read('arkivuttrekk.xml')).toContain('<property dataType="boolean" name="inneholderSkjermetInformasjon"><value>true</value>');
  });
  const run = (id: string) =>
    inTenant(w.sys, (tx) => tx.selectFrom('arkivuttrekk').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  const runs = () => inTenant(w.sys, (tx) => tx.selectFrom('arkivuttrekk').selectAll().orderBy('startet_dato').execute());
  const siblings = () => fs.readdirSync(w.tmp).filter((f) => f.startsWith('uttrekk'));

  it('records the finished run with its counts and the checksum of arkivuttrekk.xml (disposal asks it: isArkivdelExtracted)', async () => {
    const row = await run(result.id);
    expect(row).toMatchObject({
      status: 'fullført',
      antall_mapper: result.antallMapper,
      antall_registreringer: result.antallRegistreringer,
    });
    expect(row.sjekksum_arkivuttrekk).toBe(createHashHex(fs.readFileSync(path.join(pkg, 'arkivuttrekk.xml'))));
    expect(result.antallMapper).toBeGreaterThan(3);
    expect(result.antallDokumentfiler).toBeGreaterThan(0);
  });

  it('krav 6.4.12: refuses an arkivdel whose period is not closed, with a clear message, and writes nothing', async () => {
    const out = path.join(w.tmp, 'uttrekk-open');
    const before = (await runs()).length;
    const error = await exportArkivuttrekk(w.sys, w.stores, { arkivdel: 'SAK', out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).text.nb).toMatch(/Arkivdelen SAK har status «Aktiv periode».*avsluttet periode/);
    expect(fs.existsSync(out)).toBe(false);
    expect(await runs()).toHaveLength(before);
  });

  it('krav 6.4.12: without --arkivdel takes every closed arkivdel of the organisation and no other', async () => {
    const out = path.join(w.tmp, 'uttrekk-alle');
    const r = await exportArkivuttrekk(w.sys, w.stores, { out });
    expect(r.arkivdeler).toEqual(['SAK2016']);
    const xml = fs.readFileSync(path.join(out, 'arkivstruktur.xml'), 'utf8');
    expect(xml.match(/<arkivdel>/g)).toHaveLength(1);
  });

  it('krav 6.4.16–6.4.20: the package carries the official schemas, unchanged and named as the standard names them, addml.xsd among them', () => {
    for (const xsd of [
      'arkivstruktur.xsd',
      'metadatakatalog.xsd',
      'endringslogg.xsd',
      'loependeJournal.xsd',
      'offentligJournal.xsd',
      'addml.xsd',
    ]) {
      expect(fs.readFileSync(path.join(pkg, xsd)).equals(fs.readFileSync(path.join(XSD_DIR, xsd))), xsd).toBe(true);
    }
  });

  it('krav 6.4.29, 6.4.30: both journals, the running one with every journalpost in number order, screened titles included', () => {
    const loepende = read('loependeJournal.xml');
    const numbers = [...loepende.matchAll(/<journalaar>(\d+)<\/journalaar><journalsekvensnummer>(\d+)</g)].map(
      ([, a, n]) => Number(a) * 1e6 + Number(n),
    );
    expect(numbers.length).toBe((read('arkivstruktur.xml').match(/<registrering xsi:type="journalpost">/g) ?? []).length);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(read('offentligJournal.xml')).toContain('<journalregistrering>');
  });

  it('krav 6.4.14: an extraction of a chosen period holds only the records journalført in it, and their cases', async () => {
    const out = path.join(w.tmp, 'uttrekk-2017');
    const r = await exportArkivuttrekk(w.sys, w.stores, { arkivdel: 'SAK2016', fra: '2017-01-01', til: '2017-12-31', out });
    const dates = [...fs.readFileSync(path.join(out, 'arkivstruktur.xml'), 'utf8').matchAll(/<journaldato>([^<]+)</g)].map((m) => m[1]!);
    expect(dates.length).toBe(
      r.antallRegistreringer - (fs.readFileSync(path.join(out, 'arkivstruktur.xml'), 'utf8').match(/xsi:type="arkivnotat"/g) ?? []).length,
    );
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.slice(0, 4)).toBe('2017');
    expect(r.antallRegistreringer).toBeLessThan(result.antallRegistreringer);
    expect(xmllintErrors(path.join(out, 'arkivstruktur.xml'), path.join(XSD_DIR, 'arkivstruktur.xsd'))).toEqual([]);
    expect((await run(r.id)).periode_fra).toBe('2017-01-01');
  });

  it('a failed export leaves no package and no half-written folder, and records the run as failed', async () => {
    const out = path.join(w.tmp, 'uttrekk-feil');
    let opened = 0;
    const failing: DocumentStores = {
      ...w.stores,
      plain: {
        ...w.stores.plain,
        open: async (...args: Parameters<DocumentStores['plain']['open']>) => {
          if (++opened > 2) throw new Error('disken forsvant');
          return w.stores.plain.open(...args);
        },
      },
    };
    await expect(exportArkivuttrekk(w.sys, failing, { arkivdel: 'SAK2016', out })).rejects.toThrow('disken forsvant');
    expect(siblings().filter((f) => f.startsWith('uttrekk-feil'))).toEqual([]);
    const last = (await runs()).at(-1)!;
    expect(last).toMatchObject({ status: 'feilet', feilmelding: 'disken forsvant' });
  });
  it('issue 17 item 5: the self-check runs on the written package; its report and the deposit report lie beside it, the result on the run', async () => {
    expect(result.rapporter).not.toBeNull();
    for (const file of Object.values(result.rapporter!)) expect(fs.existsSync(file), file).toBe(true);
    expect(path.dirname(result.rapporter!.selfCheckJson)).toBe(w.tmp);
    const summary = ((await run(result.id)).selvkontroll as { Summary: { NumberOfErrors: string } }).Summary;
    expect(summary.NumberOfErrors).toBe('0');
  });

  // Last: it breaks the archive (a journal number out of its series, written past the database's guards as an old import might have).
  it('a package the self-check fails is removed and the run failed, with the failing control named', async () => {
    const out = path.join(w.tmp, 'uttrekk-hull');
    await handle.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar, journalsekvensnummer,
          journalpostnummer, journalposttype, journalstatus, journaldato, tittel, opprettet_av)
        SELECT s.organisasjon_id, s.id, 'journalpost', 2018, 9000, 900, 'I', 'J', '2018-06-01', 'Brev utenfor serien', s.opprettet_av
        FROM saksmappe s JOIN arkivdel d ON d.id = s.arkivdel_id WHERE d.kortnavn = 'SAK2016' AND s.organisasjon_id = ${w.sys.role.organisasjonId}
        ORDER BY s.saksaar, s.sakssekvensnummer LIMIT 1`.execute(tx);
    });
    const error = await exportArkivuttrekk(w.sys, w.stores, { arkivdel: 'SAK2016', out }).catch((e: unknown) => e);
    expect((error as DomainError).text?.nb).toMatch(/Selvkontrollen av arkivuttrekket feilet.*SG\.01/);
    expect(siblings().filter((f) => f.startsWith('uttrekk-hull'))).toEqual([]);
    const last = (await runs()).at(-1)!;
    expect(last.status).toBe('feilet');
    expect(Number((last.selvkontroll as { Summary: { NumberOfErrors: string } }).Summary.NumberOfErrors)).toBeGreaterThan(0);
  });
});

function createHashHex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
