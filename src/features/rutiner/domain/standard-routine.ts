import type { Message } from '../../../shared/errors.js';
import type { ActivityDefinition, Objekt, Routine } from './routine.js';

/*
 * The seeds' standard routine (seed 001 and seed 002 §9–10): the default
 * configuration of the engine. Status steps name the target status in
 * `parametre.til`; their conditions beyond who may (`tilStatus:…`) are the
 * transition table's, checked when the step runs, so a refusal says why.
 */

const step = (
  objekt: Objekt,
  id: string,
  til: string,
  navn: Message,
  beskrivelse: Message,
  naar: ActivityDefinition['naar'] = [],
  utfoerer = objekt === 'journalpost' ? 'journalstatus' : 'saksstatus',
): ActivityDefinition => ({ id, objekt, navn, beskrivelse, naar: [`tilStatus:${til}`, ...naar], utfoerer, parametre: { til } });

const RECORD: readonly ActivityDefinition[] = [
  {
    id: 'avskriv',
    objekt: 'journalpost',
    navn: { nb: 'Avskriv', en: 'Write off' },
    beskrivelse: {
      nb: 'Avskriver et inngående dokument eller et notat uten svarbrev: tatt til etterretning, orientering, besvart på telefon …',
      en: 'Writes off an incoming document or a note without an answer letter: noted, for information, answered by phone …',
    },
    // A note is written off per internal recipient (krav 3.4.6), so its recipient may write it off after another has;
    // the handler closes only the writer's own answer task then (`applyAvskrivning`).
    naar: [
      ['type:I', 'type:N'],
      ['kan:merknad', 'besvarer'],
      ['type:N', 'ikkeAvskrevet'],
    ],
    utfoerer: 'avskriv',
  },
  {
    id: 'ferdigstill-dokumenter',
    objekt: 'journalpost',
    navn: { nb: 'Ferdigstill dokumentene', en: 'Finish the documents' },
    beskrivelse: {
      nb: 'Dokumentene under arbeid blir ferdige (dokumentstatus F) og får sin arkivversjon; de kan ikke lenger endres.',
      en: 'The documents under work are finished (document status F) and get their archival version; they can no longer be changed.',
    },
    // Who may change the record's documents; an approval still awaited refuses it when it runs, saying why.
    naar: ['dokumenter:underArbeid', 'kan:dokument'],
    utfoerer: 'ferdigstill-dokumenter',
  },
  step(
    'journalpost',
    'ferdigstill',
    'F',
    { nb: 'Ferdigstill', en: 'Finish' },
    { nb: 'Dokumentet er ferdig og kan ekspederes eller journalføres.', en: 'The document is done and can be dispatched or registered.' },
  ),
  step(
    'journalpost',
    'ekspeder',
    'E',
    { nb: 'Ekspeder', en: 'Dispatch' },
    {
      nb: 'Sender dokumentet til mottakerne, hver på sin kanal, og avskriver det svaret besvarer.',
      en: 'Sends the document to its recipients, each by its channel, and writes off what the answer answers.',
    },
    [],
    'ekspeder',
  ),
  step(
    'journalpost',
    'journalfor',
    'J',
    { nb: 'Journalfør', en: 'Register in the journal' },
    { nb: 'Arkivet kontrollerer og journalfører journalposten.', en: 'The archive checks the record and registers it in the journal.' },
  ),
  step(
    'journalpost',
    'arkiver',
    'A',
    { nb: 'Arkiver', en: 'Archive' },
    { nb: 'Journalposten arkiveres og kan ikke lenger endres.', en: 'The record is archived and can no longer be changed.' },
  ),
  step(
    'journalpost',
    'utgaar',
    'U',
    { nb: 'Marker som utgått', en: 'Mark as void' },
    {
      nb: 'Journalposten var feil og utgår; den og historikken blir stående.',
      en: 'The record was wrong and is void; it and its history remain.',
    },
    ['kan:utgaar'],
    'utgaar',
  ),
  // The author's own draft that will not be used (the table's R → U for authors).
  step(
    'journalpost',
    'forkast-utkast',
    'U',
    { nb: 'Forkast utkastet', en: 'Discard the draft' },
    {
      nb: 'Utkastet brukes ikke og utgår; det blir stående med historikken.',
      en: 'The draft will not be used and is void; it remains with its history.',
    },
    ['status:R'],
  ),
];

/** A way of answering the record (`besvarelse/domain/besvar-rules.ts`): who may answer it, when its state allows. */
const besvar = (id: string, svarmaate: string, typer: readonly string[], navn: Message, beskrivelse: Message): ActivityDefinition => ({
  id,
  objekt: 'journalpost',
  navn,
  beskrivelse,
  naar: [
    typer.map((t) => `type:${t}`),
    ['status:M', 'status:S', 'status:R', 'status:F', 'status:G', 'status:E', 'status:J', 'status:A'],
    ['kan:merknad', 'besvarer'],
    'ikkeStengt',
  ],
  utfoerer: 'besvar',
  parametre: { svarmaate },
});

/*
 * Answering (seed 002 10.2.2; docs/case-work.md): a new letter or note from
 * a template in the same case, linked to the record. An X note is never
 * written off, so it is only answered «uten å avskrive».
 */
const ANSWER: readonly ActivityDefinition[] = [
  besvar(
    'besvar',
    'avskriv',
    ['I', 'N'],
    { nb: 'Besvar og avskriv', en: 'Answer and write off' },
    {
      nb: 'Registrerer et svarbrev eller notat fra mal; journalposten avskrives når svaret er ekspedert.',
      en: 'Registers an answer letter or note from a template; the record is written off when the answer is dispatched.',
    },
  ),
  besvar(
    'forelopig-svar',
    'forelopig',
    ['I', 'N'],
    { nb: 'Foreløpig svar', en: 'Interim answer' },
    {
      nb: 'Registrerer et foreløpig svar; journalposten blir stående som ubesvart, merket.',
      en: 'Registers an interim answer; the record stays unanswered, marked.',
    },
  ),
  besvar(
    'besvar-uten-avskrivning',
    'uten',
    ['I', 'N', 'X'],
    { nb: 'Besvar uten å avskrive', en: 'Answer without writing off' },
    { nb: 'Registrerer et svar som bare kobles til journalposten.', en: 'Registers an answer that is only linked to the record.' },
  ),
];

/** Roles that write documents and send them on a flow (the approval rule's authors). */
const AUTHOR: ActivityDefinition['naar'][number] = ['rolle:SB', 'rolle:LED', 'rolle:SF', 'rolle:MS'];

/** A decision of the person who has the document now; no `lukker`: the handler closes only that person's step task. */
const answer = (id: string, handling: string, runder: readonly string[], navn: Message, beskrivelse: Message): ActivityDefinition => ({
  id,
  objekt: 'journalpost',
  navn,
  beskrivelse,
  naar: [runder.map((r) => `flyt:mitt:${r}`)],
  utfoerer: 'dokumentflyt-svar',
  parametre: { handling },
});

/*
 * Approval and review (seed 001 «dokumenter til godkjenning og
 * gjennomgang»; docs/approval.md). Their own rule (`godkjenning/domain/flyt.ts`)
 * checks the people asked and the round when they run.
 */
const FLOW: readonly ActivityDefinition[] = [
  {
    id: 'send-til-godkjenning',
    objekt: 'journalpost',
    navn: { nb: 'Send til godkjenning', en: 'Send for approval' },
    beskrivelse: {
      nb: 'Sender dokumentet til én eller flere ledere i rekkefølge; det kan ferdigstilles når alle har godkjent.',
      en: 'Sends the document to one or more leaders in order; it can be finished once all have approved.',
    },
    // An own document still reserved, by whoever may finish it.
    naar: [['type:U', 'type:N', 'type:X', 'type:S'], 'status:R', 'tilStatus:F', AUTHOR, 'flyt:ingen'],
    utfoerer: 'dokumentflyt-send',
    parametre: { flyttype: 'godkjenning' },
  },
  {
    id: 'send-til-gjennomgang',
    objekt: 'journalpost',
    navn: { nb: 'Send til gjennomgang', en: 'Send for review' },
    beskrivelse: {
      nb: 'Ber én eller flere kolleger i rekkefølge lese og kommentere dokumentet, uten godkjenning.',
      en: 'Asks one or more colleagues in order to read and comment on the document, without approval.',
    },
    naar: [['status:M', 'status:S', 'status:R', 'status:F', 'status:G', 'status:E', 'status:J'], 'kan:merknad', AUTHOR, 'flyt:ingen'],
    utfoerer: 'dokumentflyt-send',
    parametre: { flyttype: 'gjennomgang' },
  },
  answer(
    'godkjenn',
    'godkjenn',
    ['godkjenning'],
    { nb: 'Godkjenn', en: 'Approve' },
    {
      nb: 'Godkjenner dokumentet; det går til neste ledd, eller tilbake til saksbehandler for ferdigstilling.',
      en: 'Approves the document; it goes to the next step, or back to the case worker to be finished.',
    },
  ),
  answer(
    'returner',
    'returner',
    ['godkjenning'],
    { nb: 'Returner', en: 'Return' },
    {
      nb: 'Godkjenner ikke: dokumentet går tilbake til saksbehandler med en kommentar.',
      en: 'Does not approve: the document goes back to the case worker with a comment.',
    },
  ),
  answer(
    'videresend',
    'videresend',
    ['godkjenning', 'gjennomgang'],
    { nb: 'Videresend', en: 'Forward' },
    { nb: 'Sender dokumentet videre til en annen, med en kommentar.', en: 'Sends the document on to someone else, with a comment.' },
  ),
  answer(
    'ferdig-gjennomgaatt',
    'gjennomgaatt',
    ['gjennomgang'],
    { nb: 'Ferdig gjennomgått', en: 'Review done' },
    {
      nb: 'Gjennomgangen er ferdig; dokumentet går videre eller tilbake til saksbehandler med kommentaren.',
      en: 'The review is done; the document goes on or back to the case worker with the comment.',
    },
  ),
];

/** A case's status step offered in the case's closing panel (seed 001, «Rutine for avslutning av saker»). */
const closing = (...args: Parameters<typeof step>): ActivityDefinition => ({ ...step(...args), gruppe: 'avslutning' });

const CASE: readonly ActivityDefinition[] = [
  closing(
    'saksmappe',
    'sak-under-behandling',
    'B',
    { nb: 'Sett under behandling', en: 'Set in progress' },
    { nb: 'Arkivet har kontrollert den nye saken.', en: 'The archive has checked the new case.' },
    ['status:R'],
  ),
  closing(
    'saksmappe',
    'sak-onskes-avsluttet',
    'S',
    { nb: 'Ønskes avsluttet', en: 'Ask to close' },
    {
      nb: 'Saksbehandler er ferdig; arkivet kontrollerer og avslutter saken.',
      en: 'The case worker is done; the archive checks and closes the case.',
    },
  ),
  closing(
    'saksmappe',
    'sak-avslutt',
    'A',
    { nb: 'Avslutt saken', en: 'Close the case' },
    { nb: 'Arkivet avslutter saken og arkiverer journalpostene.', en: 'The archive closes the case and archives its records.' },
  ),
  closing(
    'saksmappe',
    'sak-gjenapne',
    'B',
    { nb: 'Gjenåpne saken', en: 'Reopen the case' },
    { nb: 'Saken tas opp igjen til behandling.', en: 'The case is taken up again.' },
    ['status:A'],
  ),
  // The case worker asked for closing, but something is left (seed 001, «avslutning av saker»).
  closing(
    'saksmappe',
    'sak-send-tilbake',
    'B',
    { nb: 'Send tilbake til saksbehandler', en: 'Send back to the case worker' },
    {
      nb: 'Saken er ikke klar til å avsluttes og går tilbake til behandling.',
      en: 'The case is not ready to close and goes back into progress.',
    },
    ['status:S'],
  ),
  step(
    'saksmappe',
    'sak-utgaar',
    'U',
    { nb: 'Marker saken som utgått', en: 'Mark the case as void' },
    { nb: 'Saken var feil og utgår; den og historikken blir stående.', en: 'The case was wrong and is void; it and its history remain.' },
  ),
];

/**
 * Raise the version when a definition changes. 7: «Ferdigstill dokumentene» on a record; 6: the case's closing steps in the group `avslutning`;
 * 5: answering; 4: approval and review; 3: dispatch by its channels, write-off per note recipient,
 * a case sent back apart from one reopened.
 */
export const STANDARD_ROUTINE: Routine = { versjon: 7, aktiviteter: [...ANSWER, ...RECORD, ...FLOW, ...CASE] };
