import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideInnsynskrav } from '../../src/features/innsynskrav/decide-innsynskrav.js';
import { OrderLimiter } from '../../src/features/innsynskrav/domain/order-limit.js';
import { orderInnsynskrav } from '../../src/features/innsynskrav/order-innsynskrav.js';
import { redactDokument } from '../../src/features/innsynskrav/redact-dokument.js';
import { sendInnsynssvar } from '../../src/features/innsynskrav/send-innsynssvar.js';
import { inTenant } from '../../src/db/tenant.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { silentLog } from '../support/world.js';
import { innsynWorld, pdfText, SECRET_WORDS, type InnsynWorld } from './innsynskrav-world.js';
import type { FastifyInstance } from 'fastify';
import { createTestApp, loginAs } from '../support/test-app.js';
import { PASSWORD } from '../support/world.js';

const VALER_ORGNR = '964947260';

describe(`access requests (${engineName()})`, () => {
  let w: InnsynWorld;
  let app: FastifyInstance;
  let sb: Awaited<ReturnType<typeof loginAs>>;
  const sbClient = () => sb;
  const sys = () => ({ db: w.handle.db, now: () => new Date(), log: silentLog });

  beforeAll(async () => {
    w = await innsynWorld(await createTestDatabase());
    app = await createTestApp(w.handle, { dataDir: w.dataDir });
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await w.handle.close();
    fs.rmSync(w.dataDir, { recursive: true, force: true });
  });

  it('registers a public order as an incoming record in a case of its own, due in three working days, routed to the case owner', async () => {
    const recordId = await w.record();
    const k = await orderInnsynskrav(
      sys(),
      w.stores.plain,
      { orgnr: VALER_ORGNR, journalpostIder: [recordId], navn: 'Per Presse', epost: 'per@avis.no', ip: '10.0.0.1' },
      new OrderLimiter(),
    );
    expect(k.kvittering).toMatch(/^[\w-]{20,}$/);
    const row = await inTenant(w.sb, (tx) =>
      tx.selectFrom('journalpost').selectAll().where('id', '=', k.journalpostId).executeTakeFirstOrThrow(),
    );
    expect(row).toMatchObject({ journalposttype: 'I', journalstatus: 'J', forfallsdato: k.frist, saksbehandler_id: w.sb.actor.brukerId });
    const sak = await inTenant(w.sb, (tx) =>
      tx.selectFrom('saksmappe').select(['primaer_klasseverdi', 'tittel']).where('id', '=', k.saksmappeId).executeTakeFirstOrThrow(),
    );
    expect(sak).toMatchObject({ primaer_klasseverdi: '010', tittel: expect.stringMatching(/^Innsynskrav 2026\/\d+-1$/) });
    const ubesvarte = await listArbeidsliste(w.sb, 'ubesvarte', { side: 1, perSide: 50 });
    expect(ubesvarte.items.find((i) => i.journalpost?.id === k.journalpostId)).toMatchObject({ oppgavetype: 'besvare', frist: k.frist });
  });

  it('decides partial access with a redaction burnt in, answers by e-mail and writes the request off', async () => {
    const recordId = await w.record();
    const k = await orderInnsynskrav(
      sys(),
      w.stores.plain,
      { orgnr: VALER_ORGNR, journalpostIder: [recordId], navn: 'Per Presse', epost: 'per@avis.no', ip: '10.0.0.2' },
      new OrderLimiter(),
    );
    const del = await inTenant(w.sb, (tx) =>
      tx.selectFrom('innsynskrav_del').selectAll().where('innsynskrav_id', '=', k.id).executeTakeFirstOrThrow(),
    );
    const dok = await inTenant(w.sb, (tx) =>
      tx.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', recordId).executeTakeFirstOrThrow(),
    );
    await expect(
      decideInnsynskrav(w.sb, k.id, del.id, { avgjoerelse: 'delvis', hjemmel: 'offl13-fvl13-1', meroffentlighetVurdert: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // Line 2 of page 1 (y ≈ 0.074–0.095 of the page): the seller's name and the sum.
    await redactDokument(w.sb, w.stores, k.id, del.id, {
      dokumentbeskrivelseId: dok.id,
      rektangler: [{ side: 1, x: 0.05, y: 0.085, bredde: 0.9, hoyde: 0.02 }],
    });
    await expect(decideInnsynskrav(w.sb, k.id, del.id, { avgjoerelse: 'delvis', hjemmel: 'offl13-fvl13-1' })).rejects.toMatchObject({
      fields: [{ field: 'meroffentlighetVurdert' }],
    });
    await decideInnsynskrav(w.sb, k.id, del.id, { avgjoerelse: 'delvis', hjemmel: 'offl13-fvl13-1', meroffentlighetVurdert: true });
    const svar = await sendInnsynssvar(w.sb, w.stores, k.id);
    expect(svar.ekspedering.mottakere).toMatchObject([{ kanal: 'epost', status: 'venter' }]);
    const files = await inTenant(w.sb, (tx) =>
      tx
        .selectFrom('dokumentbeskrivelse as d')
        .innerJoin('dokumentobjekt as o', 'o.dokumentbeskrivelse_id', 'd.id')
        .select(['d.dokumentnummer', 'o.sjekksum', 'o.filstoerrelse'])
        .where('d.journalpost_id', '=', svar.svarJournalpostId)
        .orderBy('d.dokumentnummer')
        .execute(),
    );
    expect(files).toHaveLength(2);
    const read = async (sha: string, size: number | string) => {
      const chunks: Buffer[] = [];
      for await (const c of await w.stores.plain.open(w.sb.role.organisasjonId, sha, Number(size))) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    };
    const letter = pdfText(await read(files[0]!.sjekksum, files[0]!.filstoerrelse));
    expect(letter).toMatch(/Delvis innsyn/);
    expect(letter).toMatch(/Klageadgang/);
    const released = pdfText(await read(files[1]!.sjekksum, files[1]!.filstoerrelse));
    for (const word of SECRET_WORDS) expect(released).not.toContain(word);
    expect(released).toContain('Offentlig informasjon om reguleringen');
    const avskrevet = await inTenant(w.sb, (tx) =>
      tx.selectFrom('avskrivning').selectAll().where('journalpost_id', '=', k.journalpostId).execute(),
    );
    expect(avskrevet).toMatchObject([{ avskrivningsmaate: 'BE', referanse_avskrives_av_journalpost: svar.svarJournalpostId }]);
    await expect(sendInnsynssvar(w.sb, w.stores, k.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('takes an order without login, shows the receipt by its token, and lets the case owner refuse and answer over HTTP', async () => {
    const recordId = await w.record();
    const bad = await app.inject({
      method: 'POST',
      url: `/api/offentlig/${VALER_ORGNR}/innsynskrav`,
      payload: { journalpostIder: [recordId], navn: 'Per', epost: 'ikke-epost' },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().errors[0].field).toBe('epost');
    const stale = { saksgang_session: 'utlopt' };
    const order = await app.inject({
      method: 'POST',
      url: `/api/offentlig/${VALER_ORGNR}/innsynskrav`,
      cookies: stale,
      payload: { journalpostIder: [recordId], navn: 'Per Presse', epost: 'per@avis.no' },
    });
    expect(order.statusCode).toBe(201);
    const { kvittering } = order.json();
    const receipt = await app.inject({ method: 'GET', url: `/api/offentlig/${VALER_ORGNR}/innsynskrav/${kvittering}` });
    expect(receipt.json()).toMatchObject({
      organisasjon: 'Våler kommune',
      besvart: false,
      journalposter: [{ offentligTittel: 'Tilbud på tomt', avgjoerelse: null }],
    });
    expect(receipt.body).not.toContain('per@avis.no');
    expect((await app.inject({ method: 'GET', url: `/api/offentlig/${VALER_ORGNR}/innsynskrav/${'x'.repeat(32)}` })).statusCode).toBe(404);

    const id = (
      await inTenant(w.sb, (tx) =>
        tx
          .selectFrom('innsynskrav')
          .select('id')
          .where('kvittering_hash', 'is not', null)
          .orderBy('mottatt_dato', 'desc')
          .executeTakeFirstOrThrow(),
      )
    ).id;
    const page = await sb.request('GET', `/api/innsynskrav/${id}`);
    expect(page.statusCode).toBe(200);
    const del = page.json().deler[0];
    expect(del).toMatchObject({
      kanAvgjoere: true,
      avgjoerelse: null,
      dokumenter: [{ pdf: true, antallSider: 2, offentligVariant: false }],
    });
    const image = await sb.request('GET', `/api/innsynskrav/${id}/deler/${del.id}/dokumenter/${del.dokumenter[0].id}/sider/1`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const lesetilgang = await loginAs(app, 'valer.lesetilgang', PASSWORD);
    expect((await lesetilgang.request('GET', `/api/innsynskrav/${id}`)).statusCode).toBe(403);

    expect((await sb.request('POST', `/api/innsynskrav/${id}/svar`)).statusCode).toBe(409);
    const refuse = await sb.request('POST', `/api/innsynskrav/${id}/deler/${del.id}/avgjoerelse`, {
      avgjoerelse: 'avslag',
      hjemmel: 'offl23',
      meroffentlighetVurdert: true,
      begrunnelse: 'Forhandlinger pågår.',
    });
    expect(refuse.statusCode).toBe(200);
    const svar = await sb.request('POST', `/api/innsynskrav/${id}/svar`);
    expect(svar.statusCode).toBe(201);
    const after = await app.inject({ method: 'GET', url: `/api/offentlig/${VALER_ORGNR}/innsynskrav/${kvittering}` });
    expect(after.json()).toMatchObject({ besvart: true, journalposter: [{ avgjoerelse: 'avslag' }] });
    // A refusal sends the letter alone.
    const docs = await inTenant(w.sb, (tx) =>
      tx.selectFrom('dokumentbeskrivelse').select('tittel').where('journalpost_id', '=', svar.json().svarJournalpostId).execute(),
    );
    expect(docs.map((d) => d.tittel)).toEqual(['Svar på innsynskrav']);
  });

  it("logs each decision in the requested record's change log; the archive decides, the case owner answers (seed 001 step 3)", async () => {
    const recordId = await w.record();
    const k = await orderInnsynskrav(
      sys(),
      w.stores.plain,
      { orgnr: VALER_ORGNR, journalpostIder: [recordId], navn: 'Per Presse', epost: 'per@avis.no', ip: '10.0.0.4' },
      new OrderLimiter(),
    );
    const del = await inTenant(w.sb, (tx) =>
      tx.selectFrom('innsynskrav_del').select('id').where('innsynskrav_id', '=', k.id).executeTakeFirstOrThrow(),
    );
    const ark = await loginAs(app, 'valer.arkivar', PASSWORD);
    const decide = (body: object) => ark.request('POST', `/api/innsynskrav/${k.id}/deler/${del.id}/avgjoerelse`, body);
    expect((await decide({ avgjoerelse: 'avslag', hjemmel: 'offl23', meroffentlighetVurdert: true })).statusCode).toBe(200);
    expect((await decide({ avgjoerelse: 'innsyn' })).statusCode).toBe(200);
    const log = await sb.request('GET', `/api/journalposter/${recordId}/endringslogg?perSide=100`);
    expect(log.statusCode).toBe(200);
    const decisions = (
      log.json().items as { felt: string; tidligereVerdi: string | null; nyVerdi: string | null; endretAv: { id: string } }[]
    )
      .filter((e) => ['avgjoerelse', 'hjemmel', 'meroffentlighetVurdert'].includes(e.felt))
      .map((e) => [e.felt, e.tidligereVerdi, e.nyVerdi, e.endretAv.id]);
    const arkivar = w.ark.actor.brukerId;
    expect(decisions).toEqual([
      ['avgjoerelse', null, 'avslag', arkivar],
      ['hjemmel', null, 'offl23', arkivar],
      ['meroffentlighetVurdert', null, 'true', arkivar],
      ['avgjoerelse', 'avslag', 'innsyn', arkivar],
      ['hjemmel', 'offl23', null, arkivar],
      ['meroffentlighetVurdert', 'true', null, arkivar],
    ]);
    expect((await ark.request('GET', `/api/innsynskrav/${k.id}`)).json()).toMatchObject({ kanSvare: false });
    const byArchive = await ark.request('POST', `/api/innsynskrav/${k.id}/svar`);
    expect(byArchive.statusCode).toBe(403);
    expect(byArchive.json().detail).toMatch(/sendes av saksansvarlig eller en leder/);
    expect((await sb.request('GET', `/api/innsynskrav/${k.id}`)).json()).toMatchObject({ kanSvare: true });
    expect((await sb.request('POST', `/api/innsynskrav/${k.id}/svar`)).statusCode).toBe(201);
  });

  it("shows a request in the archive's overdue list the day after its deadline, not on it, and not once answered", async () => {
    const recordId = await w.record();
    const tuesday = { ...sys(), now: () => new Date('2026-12-01T09:00:00Z') };
    const k = await orderInnsynskrav(
      tuesday,
      w.stores.plain,
      { orgnr: VALER_ORGNR, journalpostIder: [recordId], navn: 'Per', epost: 'per@avis.no', ip: '10.0.0.3' },
      new OrderLimiter(),
    );
    expect(k.frist).toBe('2026-12-04');
    const overdue = async (iso: string) => {
      const list = await listArbeidsliste({ ...w.ark, now: () => new Date(iso) }, 'forfalte-innsynskrav', { side: 1, perSide: 200 });
      return list.items.filter((i) => i.journalpost?.id === k.journalpostId).map((i) => ({ innsynskravId: i.innsynskravId, rod: i.rod }));
    };
    expect(await overdue('2026-12-04T21:00:00Z')).toEqual([]); // 22:00 in Oslo on the deadline day
    expect(await overdue('2026-12-04T23:30:00Z')).toEqual([{ innsynskravId: k.id, rod: true }]); // past midnight in Oslo
    const del = await inTenant(w.sb, (tx) =>
      tx.selectFrom('innsynskrav_del').select('id').where('innsynskrav_id', '=', k.id).executeTakeFirstOrThrow(),
    );
    await decideInnsynskrav(w.sb, k.id, del.id, { avgjoerelse: 'innsyn' });
    await sendInnsynssvar(w.sb, w.stores, k.id);
    expect(await overdue('2026-12-07T09:00:00Z')).toEqual([]);
  });

  it('imports an eInnsyn order (v2): the records by systemId or by case and record number, once', async () => {
    const byId = await w.record();
    const byNumber = await w.record();
    const n = await inTenant(w.ark, (tx) =>
      tx
        .selectFrom('journalpost as j')
        .innerJoin('saksmappe as s', 's.id', 'j.saksmappe_id')
        .select(['s.saksaar', 's.sakssekvensnummer', 'j.journalpostnummer'])
        .where('j.id', '=', byNumber)
        .executeTakeFirstOrThrow(),
    );
    const example = fs.readFileSync(new URL('./fixtures/order-v2.example.xml', import.meta.url), 'utf8');
    const dokumenter = [...example.matchAll(/<dokument>[\s\S]*?<\/dokument>/g)].map((m) => m[0]);
    const order = example
      .replace('<orgnr>123456789</orgnr>', `<orgnr>${VALER_ORGNR}</orgnr>`)
      .replace('<id>ik_something</id>', '<id>ik_01jtest</id>')
      .replace(dokumenter[0]!, dokumenter[0]!.replace('303d18bd-d173-4d5f-994a-d08cb929e79f', byId))
      .replace(
        dokumenter[1]!,
        dokumenter[1]!
          .replace('<saksnr>2020/2</saksnr>', `<saksnr>${n.saksaar}/${n.sakssekvensnummer}</saksnr>`)
          .replace('<dokumentnr>2</dokumentnr>', `<dokumentnr>${n.journalpostnummer}</dokumentnr>`),
      )
      .replace(dokumenter[2]!, '');
    const ark = await loginAs(app, 'valer.arkivar', PASSWORD);
    const first = await ark.request('POST', '/api/innsynskrav/einnsyn', { bestilling: order });
    expect(first.statusCode, first.body).toBe(201);
    const again = await ark.request('POST', '/api/innsynskrav/einnsyn', { bestilling: order });
    expect(again.json()).toMatchObject({ id: first.json().id, duplikat: true });
    expect(again.statusCode).toBe(200);
    const deler = await inTenant(w.ark, (tx) =>
      tx
        .selectFrom('innsynskrav_del')
        .select('journalpost_id')
        .where('innsynskrav_id', '=', first.json().id)
        .orderBy('rekkefolge')
        .execute(),
    );
    expect(deler.map((d) => d.journalpost_id)).toEqual([byId, byNumber]);
    const krav = await inTenant(w.ark, (tx) =>
      tx.selectFrom('innsynskrav').selectAll().where('id', '=', first.json().id).executeTakeFirstOrThrow(),
    );
    expect(krav).toMatchObject({ kanal: 'einnsyn', bestiller_epost: 'test@example.com', ekstern_id: 'ik_01jtest' });
    const other = await ark.request('POST', '/api/innsynskrav/einnsyn', {
      bestilling: order.replace(VALER_ORGNR, '964948232').replace('ik_01jtest', 'ik_other'),
    });
    expect(other.statusCode).toBe(400);
    expect((await ark.request('POST', '/api/innsynskrav/einnsyn', { bestilling: '<bestilling><id>x' })).statusCode).toBe(400);
    expect((await sbClient().request('POST', '/api/innsynskrav/einnsyn', { bestilling: order })).statusCode).toBe(403);
  });
});
