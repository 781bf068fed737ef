import { DomainError } from '../shared/errors.js';

/** The stored or uploaded bytes are not the bytes they claim to be. */
export const fileIntegrity = (nb: string, en: string) =>
  new DomainError('FILE_INTEGRITY', { nb: `Filen ble avvist: ${nb}`, en: `The file was refused: ${en}` });

export const fileTooLarge = (maxBytes: number) => {
  const mb = Math.floor(maxBytes / (1024 * 1024));
  return new DomainError('FILE_TOO_LARGE', {
    nb: `Filen er større enn grensen på ${mb} MB. Ingenting ble lagret.`,
    en: `The file is larger than the limit of ${mb} MB. Nothing was stored.`,
  });
};
