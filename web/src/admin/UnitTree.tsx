import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Enhet } from './api';
import { buildUnitTree, type UnitNode } from './unit-tree';

// Nested lists rather than role="tree": screen readers announce list depth,
// and a static hierarchy needs no arrow-key widget.
export function UnitTree({ units }: { units: readonly Enhet[] }) {
  const { t } = useTranslation();
  if (units.length === 0) return <Paragraph>{t('admin.unitsEmpty')}</Paragraph>;
  return (
    <ul className="unit-tree" aria-label={t('admin.unitsTreeLabel')}>
      {buildUnitTree(units).map((node) => (
        <UnitBranch key={node.unit.id} node={node} />
      ))}
    </ul>
  );
}

function UnitBranch({ node }: { node: UnitNode }) {
  return (
    <li>
      <span className="unit-tree__name">{node.unit.navn}</span> <span className="unit-tree__code">({node.unit.kortnavn})</span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <UnitBranch key={child.unit.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
