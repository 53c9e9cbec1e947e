import type { ReactNode } from 'react';

/** The options of a select: one per value, in order, each showing its label. */
export function Options<V extends string>({ values, label }: { values: readonly V[]; label: (value: V) => ReactNode }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
