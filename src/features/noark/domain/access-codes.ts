import { codeGuard, type CodeEntry, type CodeOf } from './code-list.js';

/**
 * Access codes (tilgangskoder, «graderingskoder» in WebSak) as Norwegian
 * municipalities use them, from Elverum's routine (seed 002 §7.2) and IKT
 * Agder's personnel and pupil files (seed 001). The code is what goes into
 * skjerming.tilgangsrestriksjon (M500). `skjermingshjemmel` is the legal basis
 * proposed when the code is chosen; the user may pick another (offl §14, §15,
 * §23 …) — it is a default, not the rule. Who may read is decided elsewhere,
 * by the one access rule. Organisations configure more codes as data.
 */
export interface AccessCodeEntry extends CodeEntry {
  readonly skjermingshjemmel: string | null;
}

/** Taushetsplikt about personal circumstances: the basis seed 001 gives personnel and pupil files. */
const PERSONAL_CIRCUMSTANCES = 'Offl §13 jf. fvl §13 første ledd nr. 1';

export const TILGANGSKODE = [
  { code: 'U', nb: 'Unntatt fra offentlighet', en: 'Exempt from public access', skjermingshjemmel: PERSONAL_CIRCUMSTANCES },
  {
    code: 'P',
    nb: 'Unntatt fra offentlighet (for personalsaker)',
    en: 'Exempt from public access (personnel cases)',
    skjermingshjemmel: PERSONAL_CIRCUMSTANCES,
  },
  {
    code: 'E',
    nb: 'Unntatt fra offentlighet (for elevsaker)',
    en: 'Exempt from public access (pupil cases)',
    skjermingshjemmel: PERSONAL_CIRCUMSTANCES,
  },
  {
    code: 'S',
    nb: 'Unntatt fra offentlighet (for skattesaker)',
    en: 'Exempt from public access (tax cases)',
    // Tax secrecy is its own statute: skatteforvaltningsloven §3-1.
    skjermingshjemmel: 'Offl §13 jf. sktfvl §3-1',
  },
  // Set by the archive when in doubt; the leader must decide within 3 working
  // days (seed 002 §9.2.1), so it has no legal basis of its own.
  { code: 'XX', nb: 'Midlertidig sperret', en: 'Temporarily blocked', skjermingshjemmel: null },
] as const satisfies readonly AccessCodeEntry[];

export type Tilgangskode = CodeOf<typeof TILGANGSKODE>;

/** The letters of any access code, the organisation's own too (the database's CHECK): capitals, digits, Æ Ø Å; 1–10. */
export const TILGANGSKODE_PATTERN = /^[A-ZÆØÅ0-9]{1,10}$/;
export const isTilgangskode = codeGuard(TILGANGSKODE);

/** A record under XX may not be journalført until the leader has decided (seed 002 §7.1.1). */
export const MIDLERTIDIG_SPERRET = 'XX' satisfies Tilgangskode;
