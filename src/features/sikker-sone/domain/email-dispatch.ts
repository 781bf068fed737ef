import { DomainError } from '../../../shared/errors.js';

/**
 * Seed 001, «Rutine for sikker sone»: «Ekspedering og eller import fra sikker
 * sone kan ikke skje via epost.» A dispatch by e-mail that would carry any
 * personsensitive document is refused as a whole; the routine's way out is
 * SvarUt (digital mail) or paper.
 */
export function checkEmailDispatch(dokumenter: readonly { tittel: string; personsensitiv: boolean }[]): void {
  const secure = dokumenter.filter((d) => d.personsensitiv);
  if (secure.length === 0) return;
  const titles = secure.map((d) => `«${d.tittel}»`).join(', ');
  throw new DomainError('SECURE_ZONE_NO_EMAIL', {
    nb: `Dokumenter i sikker sone kan ikke sendes med e-post (${titles}). Send med SvarUt eller på papir.`,
    en: `Documents in the secure zone cannot be sent by e-mail (${titles}). Send through SvarUt or on paper.`,
  });
}
