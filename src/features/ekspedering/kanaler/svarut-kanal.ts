import {
  createSvarUtClient,
  svarUtFilnavn,
  SvarUtError,
  type Forsendelse,
  type SvarUtClient,
} from '../../../integrations/svarut/svarut-client.js';
import { readToken, type SvarUtSettings } from '../../../integrations/svarut/svarut-settings.js';
import { KanalAvvist, type Utsending, type Vedlegg } from './utsending.js';

/** The reference a forsendelse carries: unique per recipient of a record, so a resumed job finds what it sent. */
export const eksternReferanseOf = (ekspederingId: string) => `saksgang:${ekspederingId}`;

/** The organisation's SvarUt client, by its kortnavn (SVARUT_<KORTNAVN>); none when it has no account. */
export function svarUtClientFor(settings: SvarUtSettings, kortnavn: string): SvarUtClient | undefined {
  const konto = settings.kontoer.find((k) => k.organisasjon === kortnavn);
  return konto ? createSvarUtClient({ konto, token: () => readToken(settings) }) : undefined;
}

/** The forsendelse for one recipient (pure: what SvarUt is told). */
export function forsendelseOf(u: Utsending, filnavn: readonly string[], vedlegg: readonly Pick<Vedlegg, 'mimeType'>[]): Forsendelse {
  const digitalId = u.organisasjonsnummer ?? u.foedselsnummer ?? undefined;
  // Without a postal address SvarUt cannot print: the letter may only go to a digital mailbox.
  const kunDigitalLevering = !u.poststed || (!u.postnummer && !u.land);
  return {
    tittel: u.tittel.slice(0, 1000),
    mottaker: {
      navn: u.navn,
      digitalId,
      adresselinje1: u.postadresse ?? undefined,
      postnummer: u.postnummer ?? undefined,
      poststed: u.poststed ?? undefined,
      land: u.land ?? undefined,
    },
    avgivendeSystem: 'Saksgang',
    avgivendeSystemAktor: u.saksbehandler ?? undefined,
    kunDigitalLevering,
    eksternReferanse: eksternReferanseOf(u.id),
    metadataFraAvleverendeSystem: {
      saksaar: u.saksaar,
      sakssekvensnummer: u.sakssekvensnummer,
      ...(u.journalaar !== null ? { journalaar: u.journalaar } : {}),
      ...(u.journalsekvensnummer !== null ? { journalsekvensnummer: u.journalsekvensnummer } : {}),
      journalpostnummer: u.journalpostnummer,
      journalposttype: u.journalposttype,
      journalstatus: u.journalstatus,
      journaldato: `${u.journaldato}T00:00:00Z`,
      tittel: u.tittel,
      ...(u.saksbehandler ? { saksbehandler: u.saksbehandler } : {}),
    },
    dokumenter: vedlegg.map((v, i) => ({
      filnavn: filnavn[i]!,
      mimeType: v.mimeType,
      // Only PDF can be printed: anything else goes to digital mailboxes only.
      ...(!kunDigitalLevering && v.mimeType !== 'application/pdf' ? { skalEkskluderesFraUtskrift: true } : {}),
    })),
  };
}

/**
 * The SvarUt channel (KS Fiks, REST v2): one forsendelse per recipient, to
 * the organisation's or person's digital mailbox, or printed and posted by
 * Fiks when there is none. A try first asks for our reference: a try cut
 * off after SvarUt took the letter (the answer lost, the process killed)
 * finds it there and records it instead of sending it twice.
 */
export async function sendSvarUt(client: SvarUtClient | undefined, u: Utsending, vedlegg: () => Promise<Vedlegg[]>): Promise<string> {
  if (!client)
    throw new KanalAvvist(
      `SvarUt er ikke satt opp for ${u.avsender} (SVARUT_${u.avsender_kortnavn.toUpperCase()}) / SvarUt is not configured`,
    );
  if (!u.organisasjonsnummer && !u.foedselsnummer)
    throw new KanalAvvist(`${u.navn} mangler organisasjonsnummer eller fødselsnummer / has no id for SvarUt`);
  try {
    const [sent] = await client.findByEksternRef(eksternReferanseOf(u.id));
    if (sent) return sent;
    const filer = await vedlegg();
    const navn = svarUtFilnavn(filer.map((f) => f.filnavn));
    return await client.send(
      forsendelseOf(u, navn, filer),
      filer.map((f, i) => ({ filnavn: navn[i]!, mimeType: f.mimeType, innhold: f.innhold })),
    );
  } catch (error) {
    if (error instanceof SvarUtError && !error.retryable) throw new KanalAvvist(error.message);
    throw error;
  }
}
