import type { Message } from './errors.js';

/** Roles in Saksgang, as the seeds name them (ARK, LED, SF, SB, MS, SYS, LES). */
export const ROLLER = ['ARK', 'LED', 'SF', 'SB', 'MS', 'SYS', 'LES'] as const;
export type Rolle = (typeof ROLLER)[number];

export const ROLLE_NAVN: Record<Rolle, Message> = {
  ARK: { nb: 'Arkivar', en: 'Archivist' },
  LED: { nb: 'Leder', en: 'Leader' },
  SF: { nb: 'Stedfortreder', en: 'Deputy' },
  SB: { nb: 'Saksbehandler', en: 'Case worker' },
  MS: { nb: 'Møtesekretær', en: 'Meeting secretary' },
  SYS: { nb: 'Systemansvarlig', en: 'System owner' },
  LES: { nb: 'Lesetilgang', en: 'Read access' },
};

export function isRolle(value: string): value is Rolle {
  return (ROLLER as readonly string[]).includes(value);
}
