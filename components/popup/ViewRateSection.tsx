import { formatCount, formatPercent } from '@/utils/format';
import type { Platform } from '@/utils/model/reading';
import type { ViewRateResult } from '@/utils/scoring/view-rate';

const grouped = new Intl.NumberFormat('en-US');

/** A count as shown, with "≈" when the page showed it rounded: never an exact claim it cannot make. */
function shown(value: number, precision: number): string {
  return precision > 1 ? `≈${formatCount({ value, precision })}` : grouped.format(value);
}

/**
 * The view rate of a profile whose grid shows each video's views (YouTube's Videos tab, TikTok):
 * the figure, its formula with N, how precise its inputs were, and which videos it used; on another
 * YouTube or TikTok page, why there is none and where to find it.
 */
export function ViewRateSection({ viewRate, platform }: { viewRate: ViewRateResult; platform: Platform }) {
  if (!viewRate.available) {
    // On a video profile, say why there is no view rate and what to do; elsewhere it does not apply.
    if (platform !== 'youtube' && platform !== 'tiktok') return null;
    return (
      <section className="section" aria-labelledby="view-rate-heading" data-testid="view-rate">
        <h2 id="view-rate-heading" className="section__title">
          View rate
        </h2>
        <p className="muted">Not measured. {viewRate.reason}</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="view-rate-heading" data-testid="view-rate">
      <h2 id="view-rate-heading" className="section__title">
        View rate
      </h2>
      <p className="big-figure">
        {viewRate.approximate && <span aria-hidden="true">≈</span>}
        {viewRate.approximate && <span className="sr-only">about </span>}
        {formatPercent(viewRate.rate)}
        <span className={`chip chip--${viewRate.confidence}`}>{viewRate.confidence} confidence</span>
      </p>
      <p className="formula">
        {viewRate.formula}: {viewRate.videosUsed.some((v) => v.precision > 1) ? '≈' : ''}
        {grouped.format(Math.round(viewRate.typicalViews))} ÷ {shown(viewRate.followers.value, viewRate.followers.precision)}{' '}
        <span className="muted">(N = {viewRate.videosUsed.length}; {viewRate.note})</span>
      </p>
      {viewRate.precisionNote && <p className="muted">{viewRate.precisionNote}</p>}
      <p className="muted">{viewRate.benchmarkNote}</p>
      <details>
        <summary>
          Videos used ({viewRate.videosUsed.length}) and skipped ({viewRate.videosSkipped.length})
        </summary>
        <ul className="plain">
          {viewRate.videosUsed.map((v) => (
            <li key={v.id}>
              {v.id}: {shown(v.views, v.precision)} views
            </li>
          ))}
          {viewRate.videosSkipped.map((v) => (
            <li key={`skip-${v.id}`} className="muted">
              {v.id}: skipped, {v.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
