import type { Enhet } from './api';

export interface UnitNode {
  unit: Enhet;
  children: UnitNode[];
}

const byName = (a: UnitNode, b: UnitNode) => a.unit.navn.localeCompare(b.unit.navn, 'nb');

/**
 * Builds the unit hierarchy from the flat list. A unit whose parent is not in
 * the list becomes a root, so a partial list still shows every unit once.
 */
export function buildUnitTree(units: readonly Enhet[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.unit.overordnetEnhetId;
    const parent = parentId && parentId !== node.unit.id ? nodes.get(parentId) : undefined;
    if (parent && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  for (const node of nodes.values()) node.children.sort(byName);
  return roots.sort(byName);
}

/** Guards against a cycle in bad data, which would hide units from the tree. */
function isAncestor(candidate: UnitNode, node: UnitNode): boolean {
  const seen = new Set<UnitNode>();
  const stack = [candidate];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === node) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...current.children);
  }
  return false;
}
