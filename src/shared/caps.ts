import { DomainError, type Message } from './errors.js';

/**
 * Lists that are read whole (an organisation's units, access codes and
 * groups, its archive structure, a group's members, a case's internal
 * contacts: option lists, trees and small tables) are bounded where they are
 * written: at most this many, far above real use, so that no read of them
 * grows without bound (docs/security.md, «Bounded reads»). Their reads stop
 * at the same number.
 */
export const CAPS = {
  enheter: { max: 1_000, what: { nb: 'administrative enheter i organisasjonen', en: 'administrative units in the organisation' } },
  tilgangskoder: { max: 100, what: { nb: 'tilgangskoder i organisasjonen', en: 'access codes in the organisation' } },
  tilgangsgrupper: { max: 500, what: { nb: 'tilgangsgrupper i organisasjonen', en: 'access groups in the organisation' } },
  arkiver: { max: 100, what: { nb: 'arkiver i organisasjonen', en: 'archives in the organisation' } },
  arkivdeler: { max: 200, what: { nb: 'arkivdeler i organisasjonen', en: 'archive parts in the organisation' } },
  klassifikasjonssystemer: {
    max: 100,
    what: { nb: 'klassifikasjonssystemer i organisasjonen', en: 'classification systems in the organisation' },
  },
  klasser: { max: 5_000, what: { nb: 'klasser i klassifikasjonssystemet', en: 'classes in the classification system' } },
  medlemmer: { max: 2_000, what: { nb: 'medlemmer i tilgangsgruppen', en: 'members of the access group' } },
  interneKontakter: { max: 200, what: { nb: 'interne kontakter på saken', en: 'internal contacts on the case' } },
  arkivbegrensningGrunner: { max: 200, what: { nb: 'grunner for arkivbegrensning', en: 'reasons for arkivbegrensning' } },
  brevmaler: { max: 200, what: { nb: 'dokumentmaler i organisasjonen', en: 'document templates in the organisation' } },
  // An approval round: its steps, forwards included; and the rounds a record may go through (returned, sent anew).
  flytsteg: { max: 20, what: { nb: 'ledd i én godkjenning eller gjennomgang', en: 'steps in one approval or review' } },
  flytrunder: {
    max: 50,
    what: { nb: 'runder med godkjenning eller gjennomgang på journalposten', en: 'approval or review rounds on the record' },
  },
} as const satisfies Record<string, { max: number; what: Message }>;

export type CapName = keyof typeof CAPS;

/** Refuses one more when `count` has reached the cap (409: the state, not the input, is in the way). */
export function checkRoom(cap: CapName, count: number): void {
  const { max, what } = CAPS[cap];
  if (count < max) return;
  throw new DomainError('CONFLICT', {
    nb: `Grensen er nådd: det kan være høyst ${max} ${what.nb}.`,
    en: `The limit is reached: there may be at most ${max} ${what.en}.`,
  });
}
