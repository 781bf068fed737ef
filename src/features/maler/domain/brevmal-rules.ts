import type { Rolle } from '../../../shared/roles.js';

/** Who manages the organisation's templates and letterhead (seed 000: the system owner keeps the organisation's set-up). */
export const MAL_ADMINS: readonly Rolle[] = ['SYS'];

export const ADMINISTER_TEMPLATES = {
  nb: 'administrere dokumentmaler og brevhode',
  en: 'administer document templates and the letterhead',
};

/** A template is a designed DOCX, a few hundred KiB; far above that is a mistake (a pasted photo album). */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
