import type { Maltype } from './api';

/** The kinds of template, in the order the system owner meets them. */
export const MALTYPER: readonly Maltype[] = ['brev', 'notat', 'saksframlegg', 'delegertVedtak', 'partsbrev'];

/** Record types a case worker makes from a template (own documents): never empty. */
export const OWN_TYPES: readonly string[] = ['U', 'N', 'X', 'S'];
