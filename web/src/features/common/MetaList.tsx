import type { ReactNode } from 'react';

export interface MetaItem {
  label: string;
  value: ReactNode;
}

/** Metadata as a description list: a term and its value, empty values shown as a dash. */
export function MetaList({ items }: { items: readonly MetaItem[] }) {
  return (
    <dl className="meta-list">
      {items.map((item) => (
        <div key={item.label} className="meta-list__item">
          <dt>{item.label}</dt>
          <dd>{item.value === '' || item.value === null || item.value === undefined ? '–' : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
