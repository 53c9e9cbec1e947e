import type { ObservedCount } from '@/utils/model/schemas';
import { describePrecision, formatCount } from '@/utils/format';

/** A stored count as the page showed it: "≈783.4K" for a rounded one (said in words to screen readers), "—" when not shown. */
export function ObservedNumber({ count }: { count: Pick<ObservedCount, 'value' | 'precision'> | undefined }) {
  if (!count) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">not shown</span>
      </>
    );
  }
  const rounded = count.precision > 1;
  return (
    <span title={describePrecision(count)}>
      {rounded && <span aria-hidden="true">≈</span>}
      {formatCount(count)}
      {rounded && <span className="sr-only"> ({describePrecision(count)})</span>}
    </span>
  );
}
