import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentForm, postForm } from '../documents/fixtures.js';
import { registerJournalpost, type RegisterJournalpostInput } from '../../src/features/journalpost/register-journalpost.js';
import { createCase, FNR, valerTeam, type ValerTeam } from '../records/records-world.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { OFFENTLIG_JOURNAL_COMMANDS } from '../../src/cli/offentlig-journal-commands.js';
import { engineName } from '../support/test-db.js';
import { silentLog } from '../support/world.js';
import { N5_XSD, xmllintErrors } from '../support/xmllint.js';

/*
 * Issue 15 items 1 and 2: the public journal, without login, shows
 * journalført I and U records (N and X by the organisation's choice) as the
 * read rule shows them to a person with no role; the same as offentligJournal
 * XML, valid against the official schema.
 */
const VALER = '964947260';
const DAY = '2026-03-02';
const journal = (query = '') => `/api/offentlig/${VALER}/journal?fra=${DAY}&til=${DAY}${query}`;

describe(`the public journal (${engineName()})`, () => {
  let team: ValerTeam;
  const ids: Record<string, string> = {};
  const sys = () => ({ db: team.handle.db, now: () => new Date(), log: silentLog });
  const get = (url: string, headers: Record<string, string> = {}) => team.app.inject({ method: 'GET', url, headers });
  const items = async (query = '') => {
    const res = await get(journal(query));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: Record<string, any>[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  valerTeam((t) => {
    team = t;
  });

  const record = async (key: string, input: Partial<RegisterJournalpostInput>, sak?: string) => {
    const caseId = sak ?? (await createCase(team.ark, { tittel: `Byggesak Storgata ${key}` })).id;
    const r = await registerJournalpost(team.ark, caseId, {
      journalposttype: 'I',
      tittel: `Søknad ${key}`,
      journaldato: DAY,
      dokumentmedium: 'F',
      ...input,
    });
    ids[key] = r.id;
    return { caseId, record: r };
  };

  it('builds the day: open, screened and internal records', async () => {
    const open = await record('aapen', {
      korrespondanseparter: [
        { korrespondanseparttype: 'EA', navn: 'Ola Nordmann' },
        { korrespondanseparttype: 'EA', navn: 'Hemmelig Partsen', skjermet: true },
      ],
    });
    expect(open.record.journalstatus).toBe('J');
    await record('fnr', {
      tittel: `Søknad for ${FNR[0]} om startlån`,
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: `Kari ${FNR[1]}` }],
    });
    const screened = await record('skjermet', {
      tittel: 'Lønnsslipp Hemmeligord Eriksen',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Skjultpart Hansen' }],
    });
    const put = await team.arkivar.request('PUT', `/api/journalposter/${screened.record.id}/skjerming`, {
      tilgangskode: 'P',
      skjermingMetadata: ['TRO', 'NA'],
      skjermedeTittelord: [1, 2],
    });
    expect(put.statusCode, put.body).toBe(200);
    // A note is the case worker's; journalført here by hand, as the archive's routine would.
    const sak = await createCase(team.ark, { tittel: 'Intern sak', saksansvarligId: team.sbCtx.actor.brukerId });
    const notat = await registerJournalpost(team.sbCtx, sak.id, { journalposttype: 'N', tittel: 'Notat Internordet', journaldato: DAY });
    ids.notat = notat.id;
    await team.handle.db.updateTable('journalpost').set({ journalstatus: 'J' }).where('id', '=', notat.id).execute();
    await record('uferdig', { tittel: 'Reservert Uferdigord', dokumentmedium: null });
  });

  it("answers without login: the day's journalført I records, public titles and open parties only", async () => {
    const body = await items();
    const byId = new Map(body.items.map((i) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([ids.aapen, ids.fnr, ids.skjermet].sort());
    expect(body.total).toBe(3);
    const open = byId.get(ids.aapen)!;
    expect(open).toMatchObject({ offentligTittel: 'Søknad aapen', journalposttype: 'I', journaldato: DAY, skjermet: false });
    expect(open.saksmappe.offentligTittel).toBe('Byggesak Storgata aapen');
    expect(open.korrespondanseparter).toEqual(
      expect.arrayContaining([
        { korrespondanseparttype: 'EA', navn: 'Ola Nordmann', skjermet: false },
        { korrespondanseparttype: 'EA', navn: 'Skjermet', skjermet: true },
      ]),
    );
    const screened = byId.get(ids.skjermet)!;
    expect(screened).toMatchObject({ offentligTittel: 'Lønnsslipp *****', skjermet: true, tilgangskode: 'P' });
    expect(screened.korrespondanseparter).toEqual([{ korrespondanseparttype: 'EA', navn: 'Skjermet', skjermet: true }]);
    const fnr = byId.get(ids.fnr)!;
    expect(fnr.offentligTittel).toBe('Søknad for ***** om startlån');
    expect(fnr.korrespondanseparter[0].navn).toBe('Kari *****');
    const text = JSON.stringify(body);
    for (const secret of ['Hemmeligord', 'Eriksen', 'Skjultpart', 'Hemmelig Partsen', FNR[0], FNR[1], 'Internordet', 'Uferdigord']) {
      expect(text).not.toContain(secret);
    }
  });

  it('searches only what the public sees: screened words, parties and fødselsnumre count 0', async () => {
    expect((await items('&q=ola')).items.map((i) => i.id)).toEqual([ids.aapen]);
    expect((await items('&q=storgata%20startl%C3%A5n')).items.map((i) => i.id)).toEqual([ids.fnr]);
    for (const hidden of ['Hemmeligord', 'Eriksen', 'Skjultpart', 'Partsen', FNR[0], FNR[1], FNR[1].slice(0, 6), 'Internordet']) {
      expect((await items(`&q=${encodeURIComponent(hidden)}`)).total, hidden).toBe(0);
    }
  });

  it('shows N and X records where the organisation publishes them (npx saksgang set-offentlig-journal)', async () => {
    const set = (typer: string) => OFFENTLIG_JOURNAL_COMMANDS['set-offentlig-journal']!.run(sys(), { org: 'valer', typer });
    await expect(set('N,Q')).rejects.toThrow(/Q/);
    expect(await set('n')).toMatch(/I, U, N$/);
    try {
      expect((await items()).items.map((i) => i.id)).toContain(ids.notat);
    } finally {
      await set('I,U');
    }
    expect((await items()).items.map((i) => i.id)).not.toContain(ids.notat);
  });

  it('pages, is cacheable and revalidates by ETag; a stale cookie does not stop it', async () => {
    const first = await get(journal('&perSide=2'));
    expect(first.json()).toMatchObject({ side: 1, perSide: 2, total: 3 });
    expect(first.json().items).toHaveLength(2);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const again = await get(journal('&perSide=2'), { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    const stale = await team.app.inject({ method: 'GET', url: journal(), cookies: { [SESSION_COOKIE]: 'gammel' } });
    expect(stale.statusCode).toBe(200);
  });

  it('answers bad input with a clear 4xx', async () => {
    expect((await get(`/api/offentlig/123/journal`)).statusCode).toBe(400);
    expect((await get(`/api/offentlig/999999999/journal`)).statusCode).toBe(404);
    const reversed = await get(`/api/offentlig/${VALER}/journal?fra=2026-03-05&til=2026-03-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].field).toBe('fra');
    expect((await get(`/api/offentlig/${VALER}/journal?fra=2026-02-30`)).statusCode).toBe(400);
    expect((await get(`/api/offentlig/${VALER}/journal.xml?fra=2020-01-01&til=2020-01-02`)).statusCode).toBe(404);
  });

  it('gives the same journal as offentligJournal XML, valid against the official schema', async () => {
    const res = await get(`/api/offentlig/${VALER}/journal.xml?fra=${DAY}&til=${DAY}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.headers['content-disposition']).toContain(`offentlig-journal-${VALER}-${DAY}-${DAY}.xml`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offentlig-journal-'));
    try {
      const file = path.join(dir, 'journal.xml');
      fs.writeFileSync(file, res.body);
      expect(xmllintErrors(file, path.join(N5_XSD, 'offentligJournal.xsd'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(res.body).toContain('<antallJournalposter>3</antallJournalposter>');
    expect(res.body).toContain('<korrespondansepartNavn>Ola Nordmann</korrespondansepartNavn>');
    expect(res.body).toContain('<offentligTittel>Lønnsslipp *****</offentligTittel>');
    for (const secret of ['Hemmeligord', 'Eriksen', 'Skjultpart', 'Hemmelig Partsen', FNR[0], FNR[1], 'Internordet', 'Uferdigord']) {
      expect(res.body).not.toContain(secret);
    }
  });

  it('writes the same XML from the command line (npx saksgang offentlig-journal), and refuses bad dates', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offentlig-journal-cli-'));
    const command = OFFENTLIG_JOURNAL_COMMANDS['offentlig-journal']!;
    try {
      const out = path.join(dir, 'journal.xml');
      expect(await command.run(sys(), { org: VALER, from: DAY, to: DAY, out })).toMatch(/Våler kommune/);
      const http = await get(`/api/offentlig/${VALER}/journal.xml?fra=${DAY}&til=${DAY}`);
      expect(fs.readFileSync(out, 'utf8')).toBe(http.body);
      await expect(command.run(sys(), { org: VALER, from: '2026-02-30', to: DAY, out })).rejects.toThrow(/--from/);
      await expect(command.run(sys(), { org: '999999999', from: DAY, to: DAY, out })).rejects.toThrow(/--org/);
      // An empty period has no valid offentligJournal (the schema asks for a record): refused, and no file left behind.
      const empty = path.join(dir, 'tom.xml');
      await expect(command.run(sys(), { org: 'valer', from: '2020-01-01', to: '2020-01-02', out: empty })).rejects.toThrow(
        /has no records/,
      );
      expect(fs.readdirSync(dir)).toEqual(['journal.xml']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('publishes a full text where the case owner marks it: the document itself if open, else only its public variant', async () => {
    const upload = async (journalpostId: string, name: string, body: string) => {
      const res = await postForm(
        team.app,
        team.arkivar,
        `/api/journalposter/${journalpostId}/dokumenter`,
        documentForm(name, Buffer.from(body), { tittel: `Brev ${name}` }),
      );
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; dokumentobjekter: { id: string }[] };
    };
    const publish = (id: string, publiser: boolean, by = team.arkivar) =>
      by.request('PUT', `/api/dokumentbeskrivelser/${id}/fulltekst-publisering`, { publiser });
    const entry = async (id: string) => (await items()).items.find((i) => i.id === id)!;
    const file = (objektId: string) => get(`/api/offentlig/${VALER}/dokumenter/${objektId}/fil`);

    const open = await upload(ids.aapen!, 'svar.txt', 'Fulltekst til alle');
    expect((await file(open.dokumentobjekter[0]!.id)).statusCode).toBe(404);
    expect((await publish(open.id, true, team.sb)).json().code).toBe('ACCESS_DENIED');
    expect((await publish(open.id, true)).statusCode).toBe(200);
    expect((await entry(ids.aapen!)).dokumenter).toEqual([
      { dokumentobjektId: open.dokumentobjekter[0]!.id, tittel: 'Brev svar.txt', filnavn: 'svar.txt', mimeType: expect.any(String) },
    ]);
    const served = await file(open.dokumentobjekter[0]!.id);
    expect([served.statusCode, served.body, served.headers['cache-control']]).toEqual([
      200,
      'Fulltekst til alle',
      expect.stringMatching(/^public/),
    ]);

    // A screened record's document (it inherits code P): refused until it has a public variant, then only that is served.
    const screened = await upload(ids.skjermet!, 'lonn Hemmeligord.txt', 'Lønn Hemmeligord 01019012057');
    const refused = await publish(screened.id, true);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'CONFLICT']);
    const variant = await postForm(team.app, team.arkivar, `/api/dokumentbeskrivelser/${screened.id}/varianter`, [
      { name: 'variantformat', value: 'O' },
      { name: 'fil', file: { filename: 'lonn Hemmeligord offentlig.txt', body: Buffer.from('Lønn ***** (sladdet)') } },
    ]);
    expect(variant.statusCode, variant.body).toBe(201);
    expect((await publish(screened.id, true)).statusCode).toBe(200);
    const shown = (await entry(ids.skjermet!)).dokumenter;
    expect(shown).toEqual([
      { dokumentobjektId: variant.json().id, tittel: '*****', filnavn: 'dokument-1.txt', mimeType: expect.any(String) },
    ]);
    expect((await file(variant.json().id)).body).toBe('Lønn ***** (sladdet)');
    expect((await file(screened.dokumentobjekter[0]!.id)).statusCode).toBe(404);
    expect(JSON.stringify(await items())).not.toContain('Hemmeligord');

    // Withdrawn: gone from the page, and the file with it.
    expect((await publish(open.id, false)).statusCode).toBe(200);
    expect((await entry(ids.aapen!)).dokumenter).toEqual([]);
    expect((await file(open.dokumentobjekter[0]!.id)).statusCode).toBe(404);
    // Both in the document's change log, by the database.
    const log = await team.handle.db
      .selectFrom('endringslogg')
      .select(['tidligere_verdi', 'ny_verdi'])
      .where('objekt_id', '=', open.id)
      .where('felt', '=', 'publiserFulltekst')
      .orderBy('id')
      .execute();
    expect(log.map((r) => [r.tidligere_verdi, r.ny_verdi])).toEqual([
      [null, 'true'],
      ['true', null],
    ]);
  });
});
