import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { registerJournalpost } from '../../journalpost/register-journalpost.js';
import { startsFromTemplate } from '../../maler/register-from-template.js';
import { codesOf, JOURNALPOSTTYPE, SAKSSTATUS } from '../../noark/domain/index.js';
import { createSaksmappe } from '../../saksmappe/create-saksmappe.js';
import { osloDate } from '../../saksmappe/oslo-calendar.js';
import { initialSaksstatus } from '../../saksmappe/saksmappe-rules.js';
import { updateSaksmappe } from '../../saksmappe/update-saksmappe.js';
import { etagOf, tagMatches } from '../protocol/etag.js';
import { ProtocolError } from '../protocol/errors.js';
import { linksOf } from '../protocol/links.js';
import { href, noark5Request, sendObject, type Noark5Request } from '../protocol/protocol.js';
import { kodeOf } from './codes.js';
import { journalpostObject } from './journalpost.js';
import { saksmappeBody, saksmappeObject } from './saksmappe.js';

/*
 * Creating and changing (tg-06 «Opprette objekter», «Oppdatere objekter»):
 * `ny-saksmappe` on an arkivdel and `ny-journalpost` on a saksmappe answer
 * GET with a template of the defaults the use case would apply, and POST
 * with the created object (201, Location, ETag); PUT on a saksmappe changes
 * it when `If-Match` names its current ETag (412 if stale, 428 if absent).
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

/** A request body checked against a schema; a 400 that names each field otherwise. */
function bodyOf<T extends z.ZodType>(request: FastifyRequest, schema: T): z.infer<T> {
  const parsed = schema.safeParse(request.body ?? {});
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => `${i.path.join('/') || 'innhold'}: ${i.message}`).join('; ');
  throw new ProtocolError(400, { nb: `Ugyldig innhold: ${fields}`, en: `Invalid body: ${fields}` });
}

const template = (r: Noark5Request, self: string, fields: Record<string, unknown>) => ({ ...fields, _links: linksOf([['self', self]]) });

async function created(
  request: FastifyRequest,
  reply: Parameters<typeof sendObject>[1],
  body: { _links: Record<string, { href: string }> },
) {
  reply.code(201).header('location', body._links.self!.href);
  return sendObject(request, reply, body);
}

export async function writeRoutes(app: FastifyInstance): Promise<void> {
  const hidden = { schema: { hide: true } };

  app.get('/arkivstruktur/arkivdel/:id/ny-saksmappe/', hidden, async (request, reply) => {
    const r = noark5Request(request);
    return sendObject(
      request,
      reply,
      template(r, href(r, 'arkivstruktur', 'arkivdel', r.id(), 'ny-saksmappe'), {
        saksdato: osloDate(r.ctx.now()),
        saksstatus: kodeOf(SAKSSTATUS, initialSaksstatus(r.ctx.role.rolle)),
        referanseArkivdel: r.id(),
        referanseAdministrativEnhet: r.ctx.role.administrativEnhetId,
        referanseSaksansvarlig: r.ctx.actor.brukerId,
      }),
    );
  });

  app.post('/arkivstruktur/arkivdel/:id/ny-saksmappe/', hidden, async (request, reply) => {
    const r = noark5Request(request);
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
    return created(request, reply, await saksmappeBody(r, sak.id));
  });

  app.get('/sakarkiv/saksmappe/:id/ny-journalpost/', hidden, async (request, reply) => {
    const r = noark5Request(request);
    await saksmappeBody(r, r.id()); // the case must be there (404 otherwise)
    return sendObject(
      request,
      reply,
      template(r, href(r, 'sakarkiv', 'saksmappe', r.id(), 'ny-journalpost'), {
        journalposttype: kodeOf(JOURNALPOSTTYPE, 'I'),
        journaldato: osloDate(r.ctx.now()),
        referanseMappe: r.id(),
      }),
    );
  });

  app.post('/sakarkiv/saksmappe/:id/ny-journalpost/', hidden, async (request, reply) => {
    const r = noark5Request(request);
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
    return created(request, reply, await journalpostObject(r, jp.id));
  });

  // PUT of the whole object; only what differs from the stored object is changed (and logged).
  app.put('/sakarkiv/saksmappe/:id/', hidden, async (request, reply) => {
    const r = noark5Request(request);
    const { body: current, full } = await saksmappeObject(r, r.id());
    const ifMatch = request.headers['if-match'];
    if (!ifMatch) {
      throw new ProtocolError(428, { nb: 'PUT krever If-Match med objektets ETag.', en: 'PUT requires If-Match with the object’s ETag.' });
    }
    if (!tagMatches(ifMatch, etagOf(current))) {
      throw new ProtocolError(412, {
        nb: 'Objektet er endret siden du hentet det (ETag stemmer ikke). Hent det på nytt.',
        en: 'The object has changed since you fetched it (ETag does not match). Fetch it again.',
      });
    }
    // A reader shown the public form would write it back over what it hides.
    if (!full) {
      throw new ProtocolError(
        403,
        {
          nb: 'Du ser ikke saken i sin helhet og kan ikke endre den her.',
          en: 'You do not see the case in full and cannot change it here.',
        },
        'ACCESS_DENIED',
      );
    }
    const b = bodyOf(request, SaksmappeIn);
    const changed = <T>(next: T, now: T) => (next === undefined || next === now ? undefined : next);
    await updateSaksmappe(r.ctx, r.id(), {
      tittel: changed(b.tittel, current.tittel),
      offentligTittel: changed(b.offentligTittel, current.offentligTittel),
      beskrivelse: changed(b.beskrivelse, current.beskrivelse),
      saksdato: changed(b.saksdato, current.saksdato),
      journalenhet: changed(b.journalenhet, current.journalenhet),
      administrativEnhetId: changed(b.referanseAdministrativEnhet ?? undefined, current.referanseAdministrativEnhet),
      saksansvarligId: changed(b.referanseSaksansvarlig ?? undefined, current.referanseSaksansvarlig),
    });
    return sendObject(request, reply, await saksmappeBody(r, r.id()));
  });
}
