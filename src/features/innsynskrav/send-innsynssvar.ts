import { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, DomainError } from '../../shared/errors.js';
import { besvarelseRepository } from '../besvarelse/besvarelse-repository.js';
import { insertDokument } from '../dokumenter/add-dokument.js';
import { makePdf } from '../dokumenter/make-pdf.js';
import { storeUpload, type StoredUpload } from '../dokumenter/upload.js';
import { applyEkspedering } from '../ekspedering/ekspeder-journalpost.js';
import { applyJournalstatus } from '../journalpost/change-journalstatus.js';
import { insertKorrespondansepart } from '../journalpost/korrespondansepart.js';
import { registerJournalpost } from '../journalpost/register-journalpost.js';
import { formatJournalpostId } from '../noark/domain/index.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { answerLetter } from './domain/answer-letter.js';
import { mayAnswerRole } from './domain/innsynskrav-rules.js';
import { innsynskravRepository as repo, type DelDokumentRow } from './innsynskrav-repository.js';
import { openInnsynskrav } from './load-innsynskrav.js';

/** A file already in the store, as a document's content. */
const storedOf = (sjekksum: string, filnavn: string, mime: string, format: string | null, size: number | string): StoredUpload => ({
  sha256: sjekksum,
  size: Number(size),
  created: false,
  filnavn,
  mimeType: mime,
  format: format ?? 'ukjent',
  formatDetaljer: null,
});

/** What a decision releases of a document: all of it, or its redacted public variant only. */
function released(d: DelDokumentRow, avgjoerelse: string): StoredUpload | null {
  if (d.o_sjekksum) return storedOf(d.o_sjekksum, d.o_filnavn!, d.o_mime_type!, d.o_format, d.o_filstoerrelse!);
  if (avgjoerelse !== 'innsyn') return null;
  if (d.personsensitiv) {
    throw new DomainError('SECURE_ZONE_NO_EMAIL', {
      nb: `Dokument ${d.dokumentnummer} ligger i sikker sone og kan ikke sendes på e-post; gi delvis innsyn eller avslag.`,
      en: `Document ${d.dokumentnummer} is in the secure zone and cannot be e-mailed; give partial access or refuse.`,
    });
  }
  return storedOf(d.p_sjekksum, d.p_filnavn, d.p_mime_type, d.p_format, d.p_filstoerrelse);
}

/**
 * Answers an access request once every record is decided (seed 001 step 3),
 * in one transaction: the answer (U) is registered in the request's case
 * to the requester (EM, by e-mail), the letter with each decision, legal
 * basis and the appeal information as its main document and the released
 * documents (in full, or their redacted public variants) as attachments;
 * it is finished and dispatched by the e-mail channel
 * (`applyEkspedering`), which writes the request off (BE) and closes the
 * case owners' tasks. The request is marked answered.
 */
export async function sendInnsynssvar(ctx: Ctx, stores: DocumentStores, id: string) {
  // Said plainly before the letter is made (the status table would refuse the outgoing record in less helpful words).
  if (!mayAnswerRole(ctx.role.rolle)) {
    throw accessDenied({
      nb: 'Svaret på innsynskravet sendes av saksansvarlig eller en leder, ikke av arkivet.',
      en: 'The answer to the access request is sent by its case owner or a leader, not by the archive.',
    });
  }
  const org = ctx.role.organisasjonId;
  const { navn: organisasjon } = await inTenant(ctx, (tx) => repo.organisationName(tx, org));
  // The letter is made first, from what is decided now; the transaction below checks nothing changed.
  const draft = await inTenant(ctx, (tx) => letterFacts(tx, ctx, id, organisasjon));
  const letter = await makePdf(answerLetter(draft.brev), 'Svar på innsynskrav');
  const stored = await storeUpload(stores.plain, org, {
    stream: Readable.from([Buffer.from(letter)]),
    filnavn: 'svar-paa-innsynskrav.pdf',
  });
  return inTenant(ctx, async (tx) => {
    const facts = await letterFacts(tx, ctx, id, organisasjon);
    if (JSON.stringify(facts.brev.deler) !== JSON.stringify(draft.brev.deler)) {
      throw new DomainError('CONFLICT', {
        nb: 'En avgjørelse ble endret samtidig. Prøv igjen.',
        en: 'A decision changed meanwhile. Try again.',
      });
    }
    const { krav, deler, dokumenter } = facts;
    const svar = await registerJournalpost(
      ctx,
      krav.saksmappe_id,
      { journalposttype: 'U', tittel: 'Svar på innsynskrav', utenFordeling: true },
      tx,
    );
    await insertKorrespondansepart(ctx, tx, svar.id, {
      korrespondanseparttype: 'EM',
      navn: krav.bestiller_navn ?? krav.bestiller_epost,
      epostadresse: krav.bestiller_epost,
    });
    await insertDokument(ctx, tx, svar.id, { tittel: 'Svar på innsynskrav', dokumenttype: 'V', dokumentstatus: 'F' }, stored);
    for (const del of deler) {
      for (const d of dokumenter.filter((x) => x.journalpost_id === del.journalpost_id)) {
        const file = released(d, del.avgjoerelse!);
        if (!file) continue;
        const nummer = formatJournalpostId(del.saksaar, del.sakssekvensnummer, del.journalpostnummer);
        await insertDokument(
          ctx,
          tx,
          svar.id,
          { tittel: `${nummer} dok. ${d.dokumentnummer}`, dokumenttype: 'B', dokumentstatus: 'F' },
          file,
        );
      }
    }
    await besvarelseRepository.insert(tx, [
      {
        organisasjon_id: org,
        svar_journalpost_id: svar.id,
        besvart_journalpost_id: krav.journalpost_id,
        svarmaate: 'avskriv',
        opprettet_av: ctx.actor.brukerId,
      },
    ]);
    await applyJournalstatus(ctx, tx, svar.id, 'F');
    const ekspedert = await applyEkspedering(ctx, tx, svar.id, {});
    const answered = await repo.markAnswered(tx, org, krav.id, svar.id, ctx.actor.brukerId, ctx.now());
    return { innsynskrav: answered!, svarJournalpostId: svar.id, ekspedering: ekspedert };
  });
}

async function letterFacts(tx: Parameters<typeof repo.deler>[0], ctx: Ctx, id: string, organisasjon: string) {
  const org = ctx.role.organisasjonId;
  const krav = await openInnsynskrav(tx, ctx, id);
  const deler = await repo.deler(tx, org, id, null);
  const open = deler.filter((d) => !d.avgjoerelse);
  if (open.length > 0) {
    const list = open.map((d) => formatJournalpostId(d.saksaar, d.sakssekvensnummer, d.journalpostnummer)).join(', ');
    throw new DomainError('CONFLICT', { nb: `Ikke avgjort ennå: ${list}.`, en: `Not decided yet: ${list}.` });
  }
  const dokumenter = await repo.dokumenter(
    tx,
    org,
    deler.filter((d) => d.avgjoerelse !== 'avslag').map((d) => d.journalpost_id),
  );
  const nummer = await repo.numbers(tx, org, krav.journalpost_id);
  const brev = {
    organisasjon,
    bestiller: krav.bestiller_navn ? `${krav.bestiller_navn} <${krav.bestiller_epost}>` : krav.bestiller_epost,
    mottattDato: osloDate(krav.mottatt_dato),
    referanse: formatJournalpostId(nummer.saksaar, nummer.sakssekvensnummer, nummer.journalpostnummer),
    dato: osloDate(ctx.now()),
    deler: deler.map((d) => ({
      nummer: formatJournalpostId(d.saksaar, d.sakssekvensnummer, d.journalpostnummer),
      offentligTittel: d.offentlig_tittel,
      avgjoerelse: d.avgjoerelse!,
      hjemmel: d.hjemmel,
      begrunnelse: d.begrunnelse,
    })),
  };
  return { krav, deler, dokumenter, brev };
}
