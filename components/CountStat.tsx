import type { CSSProperties } from 'react';
import type { CountField } from '@/utils/model/reading';
import { describePrecision, describeSource, formatCount } from '@/utils/format';

/** One metric as a term/definition pair: the value as precise as the page showed it, or why it is missing. */
export function CountStat({ label, field }: { label: string; field: CountField }) {
  if ('missing' in field) {
    return (
      <div className="stat stat--missing">
        <dt>{label}</dt>
        <dd title={field.missing}>
          <span aria-hidden="true">—</span>
          <span className="sr-only">not shown: {field.missing}</span>
        </dd>
      </div>
    );
  }
  const precision = describePrecision(field);
  const shown = formatCount(field);
  return (
    <div className="stat">
      <dt>{label}</dt>
      {/* A long number is set smaller rather than broken across lines (see popup.css). */}
      <dd title={`${precision}; read from ${describeSource(field.source)}`} data-long={shown.length > 9 ? '' : undefined}
        style={shown.length > 9 ? ({ '--chars': shown.length } as CSSProperties) : undefined}
      >
        {field.precision > 1 && <span aria-hidden="true">≈</span>}
        {shown}
        {field.precision > 1 && <span className="sr-only"> ({precision})</span>}
      </dd>
    </div>
  );
}
