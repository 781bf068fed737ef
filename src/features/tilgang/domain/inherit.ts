/** The screening fields a record or document takes over from its case or record (title words are its own). */
export interface InheritableScreening {
  tilgangsgruppe_id: string | null;
  skjerming_metadata: string[];
  skjerming_dokument: boolean;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
}

/**
 * Screening a new child starts with: the parent's, marked as inherited, unless
 * the caller set an access code of its own (then only the code and basis
 * given, and inheritance off so a later change on the parent leaves it alone).
 */
export function inheritedScreening(parent: InheritableScreening, inherit: boolean) {
  if (!inherit) return { skjerming_arvet: false };
  return {
    skjerming_arvet: true,
    tilgangsgruppe_id: parent.tilgangsgruppe_id,
    skjerming_metadata: parent.skjerming_metadata,
    skjerming_dokument: parent.skjerming_dokument,
    skjerming_varighet: parent.skjerming_varighet,
    skjerming_opphoerer: parent.skjerming_opphoerer,
  };
}
