import type { Account } from '@/utils/model/schemas';
import { formatPercent } from '@/utils/format';

/**
 * A stored engagement rate in a list: a lifetime estimate (from profile totals, not from posts)
 * keeps its "≈" and says "estimate", wherever it is shown.
 */
export function EngagementFigure({ rate, method }: { rate: number | null; method: Account['engagementMethod'] }) {
  if (rate === null) return <>—</>;
  if (method !== 'totals') return <>{formatPercent(rate)}</>;
  return (
    <span title="Estimate from the profile’s lifetime totals (likes ÷ videos ÷ followers), not from posts">
      <span aria-hidden="true">≈</span>
      {formatPercent(rate)} <span className="estimate-mark">estimate</span>
    </span>
  );
}
