/** A unit and the unit it sits under (null at the top). */
export interface UnitLink {
  id: string;
  overordnet_enhet_id: string | null;
}

/**
 * The unit and every unit above it, nearest first. A leader of any unit in
 * the chain leads the unit. A cycle in bad data ends the walk instead of
 * looping.
 */
export function unitChain(units: readonly UnitLink[], id: string | null): string[] {
  if (id === null) return [];
  const parent = new Map(units.map((u) => [u.id, u.overordnet_enhet_id]));
  const chain: string[] = [];
  for (let at: string | null | undefined = id; at && !chain.includes(at); at = parent.get(at)) chain.push(at);
  return chain;
}
