import { DomainError, fieldError } from '../../../shared/errors.js';
import type { Arkivdelstatus } from '../../noark/domain/index.js';

/*
 * Periods of an arkivdel (Noark 5 krav 6.2, TG 5.11). A part is active (A),
 * then in overlap (O) once its successor takes the new cases, then closed
 * (P) when its last case is closed or carried over. Rows made before the
 * codes were stored may hold the status name; `statusCode` reads both.
 * The database refuses the same (migration 0077, ADR 0003).
 */

const NAMES: Readonly<Record<string, Arkivdelstatus>> = {
  'Aktiv periode': 'A',
  Overlappingsperiode: 'O',
  'Avsluttet periode': 'P',
  'Uaktuelle mapper': 'U',
};

export function statusCode(stored: string): string {
  return NAMES[stored] ?? stored;
}

const periodClosed = (nb: string, en: string) => new DomainError('PERIOD_CLOSED', { nb, en });

/** Krav 6.2.3, 6.2.4, 6.2.6: only a part in its active period takes new cases (a 400 naming the field chosen). */
export function checkTakesNewCases(arkivdel: { tittel: string; arkivdelstatus: string }): void {
  const status = statusCode(arkivdel.arkivdelstatus);
  if (status === 'A') return;
  throw status === 'O'
    ? fieldError(
        'arkivdelId',
        `arkivdelen ${arkivdel.tittel} er i overlappingsperiode og tar ikke imot nye saker; bruk arvtakeren`,
        `the archive part ${arkivdel.tittel} is in its overlap period and takes no new cases; use its successor`,
      )
    : fieldError(
        'arkivdelId',
        `arkivdelen ${arkivdel.tittel} er avsluttet og tar ikke imot nye saker`,
        `the archive part ${arkivdel.tittel} is closed and takes no new cases`,
      );
}

/**
 * Krav 6.2.4–6.2.6: where a new registration in a case of this part goes.
 * In an active part it stays; in overlap the case moves to the successor
 * first (krav 6.2.5: «skal mappen automatisk overføres til arkivdelens
 * arvtaker»); a closed part takes none.
 */
export function placeNewRegistration(arkivdel: { id: string; tittel: string; arkivdelstatus: string; referanse_arvtaker: string | null }): {
  moveTo: string | null;
} {
  const status = statusCode(arkivdel.arkivdelstatus);
  if (status === 'O' && arkivdel.referanse_arvtaker) return { moveTo: arkivdel.referanse_arvtaker };
  if (status === 'P') {
    throw periodClosed(
      `Saken tilhører den avsluttede arkivdelen ${arkivdel.tittel}; ingen nye registreringer kan føyes til.`,
      `The case belongs to the closed archive part ${arkivdel.tittel}; no registration can be added.`,
    );
  }
  return { moveTo: null };
}

/** Krav 6.2.6: «Alle mapper skal være lukket» — a case of a closed part is not reopened. */
export function checkCaseMayReopen(arkivdel: { tittel: string; arkivdelstatus: string }): void {
  if (statusCode(arkivdel.arkivdelstatus) !== 'P') return;
  throw periodClosed(
    `Saken tilhører den avsluttede arkivdelen ${arkivdel.tittel} og kan ikke gjenåpnes.`,
    `The case belongs to the closed archive part ${arkivdel.tittel} and cannot be reopened.`,
  );
}

/** Only an active part's period can end (krav 6.2): an overlap or a closed part already has its successor. */
export function checkPeriodMayEnd(arkivdel: { tittel: string; arkivdelstatus: string }): void {
  if (statusCode(arkivdel.arkivdelstatus) === 'A') return;
  throw new DomainError('CONFLICT', {
    nb: `Arkivdelen ${arkivdel.tittel} er ikke i en aktiv periode.`,
    en: `The archive part ${arkivdel.tittel} is not in an active period.`,
  });
}

/**
 * Krav 6.2.4, 6.2.7: a part whose period ends stays in overlap while it
 * still has open cases; with none left it is closed at once.
 */
export function statusWhenPeriodEnds(openCases: number): 'O' | 'P' {
  return openCases > 0 ? 'O' : 'P';
}

/** Krav 6.2.7: a part in overlap is closed only when none of its cases is open. */
export function checkMayClose(arkivdel: { tittel: string; arkivdelstatus: string }, openCases: number): void {
  if (statusCode(arkivdel.arkivdelstatus) !== 'O') {
    throw new DomainError('CONFLICT', {
      nb: `Arkivdelen ${arkivdel.tittel} er ikke i overlappingsperiode.`,
      en: `The archive part ${arkivdel.tittel} is not in its overlap period.`,
    });
  }
  if (openCases > 0) {
    throw periodClosed(
      `Arkivdelen ${arkivdel.tittel} har fortsatt ${openCases} åpne saker; avslutt dem eller overfør dem til arvtakeren først (krav 6.2.7).`,
      `The archive part ${arkivdel.tittel} still has ${openCases} open cases; close them or transfer them to the successor first (krav 6.2.7).`,
    );
  }
}

/** Krav 6.2.9: open cases are transferred from a part in overlap to its successor. */
export function successorForTransfer(arkivdel: { tittel: string; arkivdelstatus: string; referanse_arvtaker: string | null }): string {
  if (statusCode(arkivdel.arkivdelstatus) !== 'O' || !arkivdel.referanse_arvtaker) {
    throw new DomainError('CONFLICT', {
      nb: `Arkivdelen ${arkivdel.tittel} er ikke i overlappingsperiode med en arvtaker.`,
      en: `The archive part ${arkivdel.tittel} is not in an overlap period with a successor.`,
    });
  }
  return arkivdel.referanse_arvtaker;
}

/** The day after a date (`YYYY-MM-DD`): the successor's period starts the day after this one ends. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
