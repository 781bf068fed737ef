import { DomainError } from '../../../shared/errors.js';
import type { Dokumenttype } from '../../noark/domain/index.js';

/*
 * The kinds of template (seed 002 10.2–10.6: «Produser dokumentet ved å
 * velge riktig tekstmal»; product.md capability 3). Each kind makes
 * documents of one Noark dokumenttype and fits some record types: a letter
 * goes out (U), a note stays inside (N, X), a case paper is an S record.
 */
export const MALTYPER = ['brev', 'notat', 'saksframlegg', 'delegertVedtak', 'partsbrev'] as const;
export type Maltype = (typeof MALTYPER)[number];

interface MaltypeRule {
  nb: string;
  en: string;
  dokumenttype: Dokumenttype;
  journalposttyper: readonly string[];
  /** Headings the template must have (paragraphs with exactly this text). */
  seksjoner: readonly string[];
}

export const MALTYPE: Readonly<Record<Maltype, MaltypeRule>> = {
  brev: { nb: 'Brev', en: 'Letter', dokumenttype: 'B', journalposttyper: ['U'], seksjoner: [] },
  notat: { nb: 'Notat', en: 'Note', dokumenttype: 'N', journalposttyper: ['N', 'X'], seksjoner: [] },
  saksframlegg: {
    nb: 'Saksframlegg',
    en: 'Case paper',
    dokumenttype: 'SF',
    journalposttyper: ['S'],
    // A political case paper carries the case worker's proposal and, after the meeting, the body's decision.
    seksjoner: ['Forslag til vedtak', 'Vedtak'],
  },
  delegertVedtak: {
    nb: 'Delegert vedtak',
    en: 'Delegated decision',
    dokumenttype: 'V',
    journalposttyper: ['U', 'X'],
    seksjoner: ['Vedtak'],
  },
  partsbrev: { nb: 'Partsbrev', en: 'Letter to the parties', dokumenttype: 'B', journalposttyper: ['U'], seksjoner: [] },
};

/** Record types made by their author (own documents): each must start from a template, never empty. */
export const OWN_JOURNALPOSTTYPER: readonly string[] = ['U', 'N', 'X', 'S'];

export const isMaltype = (v: string): v is Maltype => (MALTYPER as readonly string[]).includes(v);

export function maltyperFor(journalposttype: string): Maltype[] {
  return MALTYPER.filter((t) => MALTYPE[t].journalposttyper.includes(journalposttype));
}

/** A template of this kind may start a record of this type. */
export function checkMaltypeFits(maltype: Maltype, journalposttype: string): void {
  const rule = MALTYPE[maltype];
  if (rule.journalposttyper.includes(journalposttype)) return;
  throw new DomainError(
    'TEMPLATE_DOES_NOT_FIT',
    {
      nb: `Malen er et ${rule.nb.toLowerCase()} og passer til journalposttype ${rule.journalposttyper.join(' eller ')}, ikke ${journalposttype}.`,
      en: `The template is a ${rule.en.toLowerCase()} and fits record type ${rule.journalposttyper.join(' or ')}, not ${journalposttype}.`,
    },
    [{ field: 'brevmalId', message: { nb: 'passer ikke til journalposttypen', en: 'does not fit the record type' } }],
  );
}
