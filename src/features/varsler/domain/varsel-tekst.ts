import { formatJournalpostId, formatSaksnummer } from '../../noark/domain/index.js';
import { OPPGAVETYPE_NAVN, type Oppgavetype } from '../../oppgaver/domain/task-kinds.js';

export interface NotificationFacts {
  oppgavetype: Oppgavetype;
  saksaar: number;
  sakssekvensnummer: number;
  journalpostnummer: number | null;
  frist: string | null;
  fra: string;
}

/** «2026/12-3», or the case number for a task on a case. */
export function registreringsId(f: Pick<NotificationFacts, 'saksaar' | 'sakssekvensnummer' | 'journalpostnummer'>): string {
  return f.journalpostnummer === null
    ? formatSaksnummer(f.saksaar, f.sakssekvensnummer)
    : formatJournalpostId(f.saksaar, f.sakssekvensnummer, f.journalpostnummer);
}

/**
 * The e-mail of a notification, in Norwegian (the organisation's language):
 * the task's kind, the record's number, the deadline, who sent it and a
 * link. No title or other content: mail leaves the read rule behind, so a
 * screened record's words never go out by it.
 */
export function notificationMail(f: NotificationFacts, publicUrl: string, journalpostId: string | null, saksmappeId: string) {
  const id = registreringsId(f);
  const kind = OPPGAVETYPE_NAVN[f.oppgavetype].nb;
  const link = journalpostId ? `${publicUrl}/journalposter/${journalpostId}` : `${publicUrl}/saker/${saksmappeId}`;
  const lines = [
    `Du har fått en ny oppgave i Saksgang: ${kind.toLowerCase()}, ${id}.`,
    `Fra: ${f.fra}`,
    ...(f.frist ? [`Frist: ${f.frist.split('-').reverse().join('.')}`] : []),
    '',
    `Åpne: ${link}`,
    '',
    'Du får denne e-posten fordi du har valgt varsel på e-post under «Min konto» i Saksgang.',
  ];
  return { emne: `Saksgang: ${kind} – ${id}`, tekst: lines.join('\n') };
}
