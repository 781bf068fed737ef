import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerJournalpost } from '../../journalpost/register-journalpost.js';
import { startsFromTemplate } from '../../maler/register-from-template.js';
import { codesOf, JOURNALPOSTTYPE, SAKSSTATUS } from '../../noark/domain/index.js';
import { createSaksmappe } from '../../saksmappe/create-saksmappe.js';
import { osloDate } from '../../saksmappe/oslo-calendar.js';
import { initialSaksstatus } from '../../saksmappe/saksmappe-rules.js';
import { updateSaksmappe } from '../../saksmappe/update-saksmappe.js';
import { updateJournalpost } from '../../journalpost/update-journalpost.js';
import { changed } from '../protocol/concurrency.js';
import { ProtocolError } from '../protocol/errors.js';
import { newObjectRoutes } from '../protocol/create.js';
import { putObject } from '../protocol/protocol.js';
import { bodyOf } from '../protocol/request-body.js';
import { kodeOf } from './codes.js';
import { journalpostCurrent, journalpostObject } from './journalpost.js';
import { saksmappeBody, saksmappeObject } from './saksmappe.js';

/*
 * Creating and changing (tg-06 «Opprette objekter», «Oppdatere objekter»):
 * `ny-saksmappe` on an arkivdel and `ny-journalpost` on a saksmappe answer
 * GET with a template of the defaults the use case would apply, and POST
 * with the created object (201, Location, ETag); PUT on a saksmappe or a
 * journalpost changes it when `If-Match` names its current ETag (putObject:
 * 412 if stale, 428 if absent).
 * The use cases decide as in the app: the change rule, numbering, statuses,
 * the change log.
 */

const kode = z.object({ kode: z.string().trim().min(1).max(10) });
const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max).nullish();
const date = z.iso.date();
const uuid = z.uuid();
const skjerming = z.object({ tilgangsrestriksjon: kode, skjermingshjemmel: optional(200) }).nullish();

const SaksmappeIn = z.object({
  tittel: text(1000),
  offentligTittel: optional(1000),
  beskrivelse: optional(4000),
  saksdato: date.optional(),
  journalenhet: optional(50),
  referanseAdministrativEnhet: uuid.nullish(),
  referanseSaksansvarlig: uuid.nullish(),
  klasse: z.object({ klasseID: text(100) }).nullish(),
  skjerming,
});

const JournalpostIn = z.object({
  journalposttype: kode,
  tittel: text(1000),
  offentligTittel: optional(1000),
  beskrivelse: optional(4000),
  dokumentetsDato: date.nullish(),
  mottattDato: z.iso.datetime({ offset: true }).nullish(),
  forfallsdato: date.nullish(),
  antallVedlegg: z.int().min(0).max(10_000).nullish(),
  referanseSaksbehandler: uuid.nullish(),
  skjerming,
});

/** A record's whole object as PUT sends it back: what creation takes, and what the record has gained since. */
const JournalpostPut = JournalpostIn.extend({
  journaldato: date.optional(),
  sendtDato: z.iso.datetime({ offset: true }).nullish(),
  offentlighetsvurdertDato: date.nullish(),
  journalenhet: optional(50),
  referanseAdministrativEnhet: uuid.nullish(),
});

export async function writeRoutes(app: FastifyInstance): Promise<void> {
  newObjectRoutes(app, '/arkivstruktur/arkivdel/:id/ny-saksmappe/', {
    template: async (r) => ({
      saksdato: osloDate(r.ctx.now()),
      saksstatus: kodeOf(SAKSSTATUS, initialSaksstatus(r.ctx.role.rolle)),
      referanseArkivdel: r.id(),
      referanseAdministrativEnhet: r.ctx.role.administrativEnhetId,
      referanseSaksansvarlig: r.ctx.actor.brukerId,
    }),
    async create(r, request) {
      const b = bodyOf(request, SaksmappeIn);
      const sak = await createSaksmappe(r.ctx, {
        arkivdelId: r.id(),
        tittel: b.tittel,
        offentligTittel: b.offentligTittel,
        beskrivelse: b.beskrivelse,
        saksdato: b.saksdato,
        journalenhet: b.journalenhet,
        administrativEnhetId: b.referanseAdministrativEnhet,
        saksansvarligId: b.referanseSaksansvarlig,
        primaerKlasse: b.klasse ? { verdi: b.klasse.klasseID } : undefined,
        tilgangskode: b.skjerming?.tilgangsrestriksjon.kode,
        skjermingshjemmel: b.skjerming?.skjermingshjemmel,
      });
      return saksmappeBody(r, sak.id);
    },
  });

  newObjectRoutes(app, '/sakarkiv/saksmappe/:id/ny-journalpost/', {
    async template(r) {
      await saksmappeBody(r, r.id()); // the case must be there (404 otherwise)
      return { journalposttype: kodeOf(JOURNALPOSTTYPE, 'I'), journaldato: osloDate(r.ctx.now()), referanseMappe: r.id() };
    },
    async create(r, request) {
      const b = bodyOf(request, JournalpostIn);
      const type = b.journalposttype.kode;
      if (!codesOf(JOURNALPOSTTYPE).includes(type as never)) {
        throw new ProtocolError(400, { nb: `Ukjent journalposttype ${type}.`, en: `Unknown journalposttype ${type}.` });
      }
      // Own records start from a template in the app (src/features/maler); not through this API yet.
      if (startsFromTemplate('journalpost', type)) {
        throw new ProtocolError(501, {
          nb: `Journalposttype ${type} lages fra en brevmal i Saksgang; det støttes ikke her ennå.`,
          en: `Journalposttype ${type} is made from a template in Saksgang; not supported here yet.`,
        });
      }
      const jp = await registerJournalpost(r.ctx, r.id(), {
        journalposttype: type as never,
        tittel: b.tittel,
        offentligTittel: b.offentligTittel,
        beskrivelse: b.beskrivelse,
        dokumentetsDato: b.dokumentetsDato,
        mottattDato: b.mottattDato,
        forfallsdato: b.forfallsdato,
        antallVedlegg: b.antallVedlegg,
        saksbehandlerId: b.referanseSaksbehandler,
        tilgangskode: b.skjerming?.tilgangsrestriksjon.kode,
        skjermingshjemmel: b.skjerming?.skjermingshjemmel,
      });
      return journalpostObject(r, jp.id);
    },
  });

  // PUT of the whole object; only what differs from the stored object is changed (and logged).
  putObject(
    app,
    '/sakarkiv/saksmappe/:id/',
    (r) => saksmappeObject(r, r.id()),
    async (r, request, current) => {
      const b = bodyOf(request, SaksmappeIn);
      await updateSaksmappe(r.ctx, r.id(), {
        tittel: changed(b.tittel, current.tittel),
        offentligTittel: changed(b.offentligTittel, current.offentligTittel),
        beskrivelse: changed(b.beskrivelse, current.beskrivelse),
        saksdato: changed(b.saksdato, current.saksdato),
        journalenhet: changed(b.journalenhet, current.journalenhet),
        administrativEnhetId: changed(b.referanseAdministrativEnhet ?? undefined, current.referanseAdministrativEnhet),
        saksansvarligId: changed(b.referanseSaksansvarlig ?? undefined, current.referanseSaksansvarlig),
      });
    },
  );

  putObject(
    app,
    '/sakarkiv/journalpost/:id/',
    (r) => journalpostCurrent(r, r.id()),
    async (r, request, current) => {
      const b = bodyOf(request, JournalpostPut);
      if (b.journalposttype.kode !== current.journalposttype.kode) {
        throw new ProtocolError(400, {
          nb: 'journalposttype kan ikke endres; registrer en ny journalpost.',
          en: 'journalposttype cannot be changed; register a new record.',
        });
      }
      await updateJournalpost(r.ctx, r.id(), {
        tittel: changed(b.tittel, current.tittel),
        offentligTittel: changed(b.offentligTittel, current.offentligTittel),
        beskrivelse: changed(b.beskrivelse, current.beskrivelse),
        journaldato: changed(b.journaldato, current.journaldato),
        dokumentetsDato: changed(b.dokumentetsDato, current.dokumentetsDato),
        mottattDato: changedInstant(b.mottattDato, current.mottattDato),
        sendtDato: changedInstant(b.sendtDato, current.sendtDato),
        forfallsdato: changed(b.forfallsdato, current.forfallsdato),
        offentlighetsvurdertDato: changed(b.offentlighetsvurdertDato, current.offentlighetsvurdertDato),
        antallVedlegg: changed(b.antallVedlegg, current.antallVedlegg),
        journalenhet: changed(b.journalenhet, current.journalenhet),
        administrativEnhetId: changed(b.referanseAdministrativEnhet ?? undefined, current.referanseAdministrativEnhet),
        saksbehandlerId: changed(b.referanseSaksbehandler ?? undefined, current.referanseSaksbehandler),
        ...skjermingChange(b.skjerming, current.skjerming),
      });
    },
  );
}

/** A date-time is the same when it names the same instant, whatever offset it is written with. */
function changedInstant(next: string | null | undefined, now: string | Date | null) {
  if (next === undefined) return undefined;
  if (next === null || now === null) return next === now ? undefined : next;
  return Date.parse(next) === new Date(now).getTime() ? undefined : next;
}

/** A changed `skjerming`: its access code (none when left out as null) and legal basis, each only when it differs. */
function skjermingChange(
  next: z.infer<typeof skjerming>,
  now: { tilgangsrestriksjon: { kode: string }; skjermingshjemmel: string | null } | undefined,
) {
  if (next === undefined) return {};
  const kode = changed(next?.tilgangsrestriksjon.kode ?? null, now?.tilgangsrestriksjon.kode ?? null);
  const hjemmel = changed(next?.skjermingshjemmel ?? null, now?.skjermingshjemmel ?? null);
  return { tilgangskode: kode, skjermingshjemmel: kode !== undefined && hjemmel === null ? undefined : hjemmel };
}
