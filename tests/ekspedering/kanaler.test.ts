import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { EKSPEDERING_JOBB } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { createDocumentStores, type DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { parseSvarUtKonto } from '../../src/integrations/svarut/svarut-settings.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { jobRepository } from '../../src/jobs/job-repository.js';
import { createMailer, type Mailer } from '../../src/mail/outgoing/mailer.js';
import { startTestSmtp, type TestSmtp } from '../oppgaver/smtp-test-server.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, seedWorld, silentLog } from '../support/world.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { provEkspederingIgjen } from '../../src/features/ekspedering/kanaler/prov-ekspedering-igjen.js';
import { dispatchedLetter, dueNow, jobOf, leaseRunsOut, rowOf } from './kanal-world.js';
import { startTestSvarUt, type TestSvarUt } from './svarut-test-server.js';

/**
 * The external dispatch channels (issue 14 item 6), each against a real or
 * spec-true server, as durable jobs: sent, a failure shown on the row, a
 * retry that sends, a restart in the middle, and nothing marked sent that was not.
 */
describe(`dispatch channels (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let svarut: TestSvarUt;
  let stores: DocumentStores;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-eksp-'));
  const utskriftDir = path.join(dataDir, 'utskrift');
  const config = { dataDir };
  let svarUtKonfig: { kontoer: ReturnType<typeof parseSvarUtKonto>[]; tokenFile: undefined };
  const run = (over: { mailer?: Mailer | undefined; dir?: string } = {}) =>
    runDueJobs({
      db: handle.db,
      log: silentLog,
      config,
      mailer: 'mailer' in over ? over.mailer : mailer,
      svarUt: svarUtKonfig,
      utskriftDir: over.dir ?? utskriftDir,
    });

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    smtp = await startTestSmtp();
    mailer = createMailer({ url: smtp.url, from: 'Våler kommune <postmottak@valer.kommune.no>' });
    svarut = await startTestSvarUt();
    svarUtKonfig = { kontoer: [parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl)], tokenFile: undefined };
    stores = createDocumentStores(config, silentLog, { ...process.env, SECURE_ZONE_KEY_FILE: '' });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await svarut.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Who was notified of a finally failed dispatch of the record («Ekspedering feilet»): user names. */
  const toldOfFailure = async (journalpostId: string) =>
    (
      await handle.db
        .selectFrom('varsel as v')
        .innerJoin('oppgave as o', 'o.id', 'v.oppgave_id')
        .innerJoin('bruker as b', 'b.id', 'v.bruker_id')
        .select('b.brukernavn')
        .where('o.journalpost_id', '=', journalpostId)
        .where('o.oppgavetype', '=', 'ekspederingsfeil')
        .execute()
    ).map((r) => r.brukernavn);

  describe('e-mail over SMTP', () => {
    it('sends the letter with its documents and marks the recipient sent with the Message-ID', async () => {
      const { rader, journalpostId } = await dispatchedLetter(
        handle,
        stores,
        [{ navn: 'Ola Nordmann', kanal: 'epost', epostadresse: 'ola@example.no' }],
        [{ filnavn: 'brev.pdf' }, { filnavn: 'kart.pdf' }],
      );
      const before = smtp.received.length;
      await run();
      const mail = smtp.received[before]!;
      expect(mail.to).toMatchObject({ text: 'ola@example.no' });
      expect(mail.subject).toMatch(/Svar på søknad om utslippstillatelse \(vår ref\. 2026\/\d+-1\)/);
      expect(mail.attachments.map((a) => a.filename)).toEqual(['brev.pdf', 'kart.pdf']);
      const row = await rowOf(handle, rader[0]!.id);
      expect(row).toMatchObject({ status: 'sendt', forsendelse_referanse: `<ekspedering.${rader[0]!.id}@saksgang>`, feilmelding: null });
      expect(mail.messageId).toBe(row.forsendelse_referanse);
      // The last recipient sent: the record's sendtDato.
      const jp = await handle.db.selectFrom('journalpost').select('sendt_dato').where('id', '=', journalpostId).executeTakeFirstOrThrow();
      expect(jp.sendt_dato).not.toBeNull();
    });

    it('a refusing mail server: the failure is on the row, the job waits; the retry sends', async () => {
      const { rader, journalpostId } = await dispatchedLetter(handle, stores, [
        { navn: 'Kari', kanal: 'epost', epostadresse: 'kari@example.no' },
      ]);
      const id = rader[0]!.id;
      smtp.refuse = true;
      await run();
      smtp.refuse = false;
      expect(await rowOf(handle, id)).toMatchObject({
        status: 'feilet',
        sendt_dato: null,
        feilmelding: expect.stringMatching(/try 1: .*451.*next try/s),
      });
      expect(await jobOf(handle, id)).toMatchObject({ status: 'venter', forsok: 1 });
      // Another try comes: nobody is notified yet.
      expect(await toldOfFailure(journalpostId)).toEqual([]);
      const jp = () => handle.db.selectFrom('journalpost').select('sendt_dato').where('id', '=', journalpostId).executeTakeFirstOrThrow();
      expect((await jp()).sendt_dato).toBeNull();
      await dueNow(handle, id);
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt', feilmelding: null });
      expect((await jp()).sendt_dato).not.toBeNull();
    });

    it('without a mail server nothing is marked sent: the row fails at once, says why, and the case worker is notified once', async () => {
      const { rader, journalpostId } = await dispatchedLetter(handle, stores, [
        { navn: 'Per', kanal: 'epost', epostadresse: 'per@example.no' },
        { navn: 'Pål', kanal: 'epost', epostadresse: 'paal@example.no' },
      ]);
      await run({ mailer: undefined });
      expect(await toldOfFailure(journalpostId)).toEqual(['valer.saksbehandler']);
      expect(await rowOf(handle, rader[0]!.id)).toMatchObject({
        status: 'feilet',
        sendt_dato: null,
        feilmelding: expect.stringMatching(/SMTP_URL.*no more tries/),
      });
      expect(await jobOf(handle, rader[0]!.id)).toMatchObject({ status: 'feilet' });
    });

    it('documents of the secure zone are not e-mailed', async () => {
      const { rader } = await dispatchedLetter(
        handle,
        stores,
        [{ navn: 'Per', kanal: 'epost', epostadresse: 'per@example.no' }],
        [{ filnavn: 'vedtak.pdf', personsensitiv: true }],
      );
      const before = smtp.received.length;
      await run();
      expect(smtp.received.length).toBe(before);
      expect(await rowOf(handle, rader[0]!.id)).toMatchObject({ status: 'feilet', feilmelding: expect.stringMatching(/sikker sone/) });
    });

    it('a process killed holding the job: the job is taken again when its lease runs out, and sends once', async () => {
      const { rader } = await dispatchedLetter(handle, stores, [{ navn: 'Siri', kanal: 'epost', epostadresse: 'siri@example.no' }]);
      const id = rader[0]!.id;
      expect(await jobRepository.claim(handle.db, [EKSPEDERING_JOBB.epost], 3600)).toMatchObject({ nokkel: id });
      const before = smtp.received.length;
      // Another process looks while the lease holds: the job is not taken twice.
      await run();
      expect(smtp.received.length).toBe(before);
      expect(await rowOf(handle, id)).toMatchObject({ status: 'venter' });
      await leaseRunsOut(handle, id);
      await run();
      expect(smtp.received.length).toBe(before + 1);
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt' });
      expect(await jobOf(handle, id)).toMatchObject({ status: 'ferdig', forsok: 2 });
    });
  });

  describe('KS Fiks SvarUt', () => {
    it('sends one forsendelse per recipient, valid by the published OpenAPI, and records its id', async () => {
      const { rader } = await dispatchedLetter(
        handle,
        stores,
        [
          {
            navn: 'Solør Bygg AS',
            kanal: 'svarut',
            organisasjonsnummer: '920123456',
            postadresse: 'Industrivegen 2',
            postnummer: '2270',
            poststed: 'FLISA',
          },
          { navn: 'Ola Nordmann', kanal: 'svarut', foedselsnummer: '01019012057' },
        ],
        [
          { filnavn: 'brev.pdf' },
          {
            filnavn: 'tegning.docx',
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            innhold: Buffer.from('PK docx'),
          },
        ],
      );
      await run();
      expect(svarut.invalid).toEqual([]);
      for (const r of rader) {
        const row = await rowOf(handle, r.id);
        expect(row.status).toBe('sendt');
        const got = svarut.received.find((x) => x.id === row.forsendelse_referanse)!;
        expect(got.forsendelse).toMatchObject({
          tittel: 'Svar på søknad om utslippstillatelse',
          eksternReferanse: `saksgang:${r.id}`,
          avgivendeSystem: 'Saksgang',
        });
        expect(got.filer.map((f) => f.filnavn)).toEqual(['brev.pdf', 'tegning.docx']);
      }
      const [bedrift, person] = rader.map(
        (r) => svarut.received.find((x) => x.forsendelse.eksternReferanse === `saksgang:${r.id}`)!.forsendelse,
      );
      expect(bedrift).toMatchObject({ mottaker: { digitalId: '920123456', poststed: 'FLISA' }, kunDigitalLevering: false });
      expect(bedrift!.dokumenter![1]).toMatchObject({ skalEkskluderesFraUtskrift: true });
      // No postal address: only a digital mailbox can take it.
      expect(person).toMatchObject({ mottaker: { digitalId: '01019012057' }, kunDigitalLevering: true });
    });

    it('SvarUt down (503): the failure is shown, the retry sends', async () => {
      const { rader } = await dispatchedLetter(handle, stores, [
        { navn: 'Grue Bygg AS', kanal: 'svarut', organisasjonsnummer: '920654321' },
      ]);
      const id = rader[0]!.id;
      svarut.failNext(1, 503);
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'feilet', feilmelding: expect.stringMatching(/503/) });
      await dueNow(handle, id);
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt', feilmelding: null });
    });

    it('the answer lost after SvarUt took the letter: not marked sent then, and the retry finds it by reference instead of sending twice', async () => {
      const { rader } = await dispatchedLetter(handle, stores, [
        { navn: 'Åsnes Bygg AS', kanal: 'svarut', organisasjonsnummer: '920111222' },
      ]);
      const id = rader[0]!.id;
      svarut.loseNextAnswer();
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'feilet', sendt_dato: null });
      const taken = svarut.received.filter((r) => r.forsendelse.eksternReferanse === `saksgang:${id}`);
      expect(taken).toHaveLength(1);
      await dueNow(handle, id);
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt', forsendelse_referanse: taken[0]!.id });
      expect(svarut.received.filter((r) => r.forsendelse.eksternReferanse === `saksgang:${id}`)).toHaveLength(1);
    });

    it('a process killed holding the job resumes when its lease runs out', async () => {
      const { rader } = await dispatchedLetter(handle, stores, [{ navn: 'Flisa AS', kanal: 'svarut', organisasjonsnummer: '920333444' }]);
      const id = rader[0]!.id;
      await jobRepository.claim(handle.db, [EKSPEDERING_JOBB.svarut], 3600);
      await leaseRunsOut(handle, id);
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt' });
      expect(svarut.received.filter((r) => r.forsendelse.eksternReferanse === `saksgang:${id}`)).toHaveLength(1);
    });

    it('an organisation without a SvarUt account: fails at once, nothing sent', async () => {
      const { rader } = await dispatchedLetter(handle, stores, [
        { navn: 'Kongsvinger AS', kanal: 'svarut', organisasjonsnummer: '920555666' },
      ]);
      const saved = svarUtKonfig.kontoer;
      svarUtKonfig.kontoer = [];
      try {
        await run();
      } finally {
        svarUtKonfig.kontoer = saved;
      }
      expect(await rowOf(handle, rader[0]!.id)).toMatchObject({
        status: 'feilet',
        feilmelding: expect.stringMatching(/SVARUT_VALER.*no more tries/),
      });
    });
  });

  describe('print (a PDF batch for central printing)', () => {
    it("puts the letter, a cover page with the address and every document's pages, in today's batch", async () => {
      const { rader } = await dispatchedLetter(
        handle,
        stores,
        [{ navn: 'Åse Ås', kanal: 'utskrift', postadresse: 'Bøgata 3', postnummer: '2260', poststed: 'KIRKENÆR' }],
        [{ filnavn: 'brev.pdf' }, { filnavn: 'vedlegg.pdf' }],
      );
      await run();
      const row = await rowOf(handle, rader[0]!.id);
      expect(row.status).toBe('sendt');
      expect(row.forsendelse_referanse).toMatch(new RegExp(`^valer/\\d{4}-\\d{2}-\\d{2}/2026-\\d+-1-${rader[0]!.id}\\.pdf$`));
      const pdf = await PDFDocument.load(fs.readFileSync(path.join(utskriftDir, row.forsendelse_referanse!)));
      expect(pdf.getPageCount()).toBe(3);
      expect(fs.readdirSync(path.dirname(path.join(utskriftDir, row.forsendelse_referanse!))).some((f) => f.endsWith('.part'))).toBe(false);
    });

    it('a batch folder that cannot be written: the failure is shown, the retry writes it', async () => {
      const blocked = path.join(dataDir, 'blokkert');
      fs.writeFileSync(blocked, 'not a folder');
      const { rader } = await dispatchedLetter(handle, stores, [
        { navn: 'Per Post', kanal: 'utskrift', postadresse: 'Vegen 1', postnummer: '2270', poststed: 'FLISA' },
      ]);
      const id = rader[0]!.id;
      await run({ dir: blocked });
      expect(await rowOf(handle, id)).toMatchObject({ status: 'feilet', sendt_dato: null, feilmelding: expect.stringMatching(/next try/) });
      await dueNow(handle, id);
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt' });
    });

    it('a document that is not PDF cannot be printed: fails at once, nothing in the batch', async () => {
      const { rader } = await dispatchedLetter(
        handle,
        stores,
        [{ navn: 'Per Post', kanal: 'utskrift', postadresse: 'Vegen 1', postnummer: '2270', poststed: 'FLISA' }],
        [{ filnavn: 'notat.txt', mimeType: 'text/plain', innhold: Buffer.from('tekst') }],
      );
      await run();
      expect(await rowOf(handle, rader[0]!.id)).toMatchObject({
        status: 'feilet',
        feilmelding: expect.stringMatching(/notat\.txt.*not a PDF.*no more tries/),
      });
      expect(await jobOf(handle, rader[0]!.id)).toMatchObject({ status: 'feilet', forsok: 1 });
    });
  });

  describe('shown to the case worker', () => {
    it("a failed dispatch is in the case worker's «Feilet ekspedering» until a try sends it; «Prøv igjen» tries at once", async () => {
      const sb = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
      const { rader, journalpostId } = await dispatchedLetter(handle, stores, [
        { navn: 'Mona', kanal: 'epost', epostadresse: 'mona@example.no' },
      ]);
      const id = rader[0]!.id;
      const listed = async () =>
        (await listArbeidsliste(sb, 'feilet-ekspedering', { side: 1, perSide: 200 })).items.map((i) => i.journalpost?.id);
      expect(await listed()).not.toContain(journalpostId);
      await run({ mailer: undefined });
      expect(await jobOf(handle, id)).toMatchObject({ status: 'feilet' });
      expect(await listed()).toContain(journalpostId);
      // Someone who may not dispatch the record may not try again either.
      const other = await ctxFor(handle, 'valer.lesetilgang', 'valer', 'LES');
      await expect(provEkspederingIgjen(other, journalpostId)).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
      expect(await provEkspederingIgjen(sb, journalpostId)).toEqual({ antall: 1 });
      expect(await jobOf(handle, id)).toMatchObject({ status: 'venter', forsok: 0 });
      await run();
      expect(await rowOf(handle, id)).toMatchObject({ status: 'sendt', feilmelding: null });
      expect(await listed()).not.toContain(journalpostId);
      await expect(provEkspederingIgjen(sb, journalpostId)).rejects.toMatchObject({ code: 'CONFLICT' });
    });
  });
});
