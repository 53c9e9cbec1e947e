import { formatFigure, type Unit } from '@/utils/campaigns/report';

// One figure of a campaign's results as text: "≈1.2M" and "≈€0.42" where it comes from a count a
// page showed rounded, with what that means in a tooltip and for screen readers.

const grouped = new Intl.NumberFormat('en-US');

/** What a rounded figure's "≈" means, in words. */
export function approximateNote(unit: Unit, precision: number): string {
  return unit === 'number'
    ? `approximate: counted from numbers the pages showed rounded, known to the nearest ${grouped.format(precision)}`
    : 'approximate: computed from a count the page showed rounded';
}

export function Figure({ value, unit, currency, precision = 1 }: { value: number | null; unit: Unit; currency: string; precision?: number | undefined }) {
  const text = formatFigure(value, unit, currency, precision);
  if (value === null || precision <= 1) return <>{text}</>;
  const note = approximateNote(unit, precision);
  return (
    <span title={note}>
      {text}
      <span className="sr-only"> ({note})</span>
    </span>
  );
}
