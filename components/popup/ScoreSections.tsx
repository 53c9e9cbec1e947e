import { signalsSummary, type Signal } from '@/utils/scoring/authenticity';
import type { ProfileScore } from '@/utils/scoring/profile';
import { tierLabel } from '@/utils/scoring/tier';
import { formatDate, formatPercent } from '@/utils/format';
import type { Platform } from '@/utils/model/reading';
import { postName } from '@/utils/post-name';
import { followersWord } from '@/utils/profile-counts';

const grouped = new Intl.NumberFormat('en-US');
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${grouped.format(Math.abs(Math.round(n)))}`;

/** What changed since the last visit, and the pace over all visits. */
export function GrowthLine({ growth, platform }: { growth: ProfileScore['growth']; platform: Platform }) {
  const audience = followersWord(platform);
  const last = growth.sinceLastVisit;
  if (!last) return <p className="growth muted">No earlier look to compare with: what changed will show from your next visit.</p>;
  const change =
    last.change === 0
      ? `No change in ${audience} since ${formatDate(last.since)}`
      : last.measurable
        ? `${signed(last.change)} ${audience} (${last.change >= 0 ? '+' : '−'}${formatPercent(Math.abs(last.fraction))}) since ${formatDate(last.since)}`
        : `No measurable change since ${formatDate(last.since)} (the counts are rounded)`;
  return (
    <p className="growth" data-testid="growth">
      {change}
      {growth.per30Days && (
        <span className="muted">
          {' '}
          · {signed(growth.per30Days.change)} per 30 days over {growth.per30Days.overDays} days
        </span>
      )}
    </p>
  );
}

export function EngagementSection({ score }: { score: ProfileScore }) {
  const { engagement, benchmarks } = score;
  return (
    <section className="section" aria-labelledby="engagement-heading">
      <h2 id="engagement-heading" className="section__title">
        Engagement
      </h2>
      {engagement.available ? (
        <>
          <p className="big-figure">
            {engagement.method === 'totals' && <span aria-hidden="true">≈</span>}
            {formatPercent(engagement.rate)}
            {engagement.method === 'totals' && <span className="chip">estimate</span>}
            <span className={`chip chip--${engagement.confidence}`}>{engagement.confidence} confidence</span>
          </p>
          <p className="formula">
            {engagement.formula} <span className="muted">({engagement.note})</span>
          </p>
          {benchmarks.comparisons.map((c) => (
            <p key={c.benchmark.source + c.benchmark.bandLabel} className={`rating rating--${c.rating.replace(' ', '-')}`}>
              {c.summary}. <span className="muted">Source: {c.benchmark.source} ({c.benchmark.year}).</span>
            </p>
          ))}
          {benchmarks.note && <p className="muted">{benchmarks.note}</p>}
          {engagement.postsUsed.length + engagement.postsSkipped.length > 0 && (
            <details>
              <summary>Posts used ({engagement.postsUsed.length}) and skipped ({engagement.postsSkipped.length})</summary>
              <ul className="plain">
                {engagement.postsUsed.map((p) => (
                  <li key={p.id}>
                    {postName(p)}: {formatPercent(p.rate)}
                  </li>
                ))}
                {engagement.postsSkipped.map((p) => (
                  <li key={`skip-${p.id}`} className="muted">
                    {postName(p)}: skipped, {p.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <p className="muted">Not measured yet. {engagement.reason}</p>
      )}
    </section>
  );
}

export function TierLine({ score }: { score: ProfileScore }) {
  if (!score.tier) return null;
  return (
    <p className="tier">
      <strong>{tierLabel(score.tier.tier)}</strong> — {score.tier.reason}
      {score.tier.uncertain && ' (the count is rounded: it may sit in the next tier)'}.
    </p>
  );
}

export function FitSection({ fit, onSetBrandProfile }: { fit: ProfileScore['fit']; onSetBrandProfile: () => void }) {
  if (!fit.profileSet) {
    return (
      <section className="section" aria-labelledby="fit-heading">
        <h2 id="fit-heading" className="section__title">
          Fit with your brand
        </h2>
        <p data-testid="fit-score">Not scored: you have not set your brand profile yet.</p>
        <p className="muted">The fit score compares a creator with criteria you choose (niche, tiers, platforms, engagement, language, location).</p>
        <button type="button" className="button button--link" onClick={onSetBrandProfile}>
          Set your brand profile
        </button>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="fit-heading">
      <h2 id="fit-heading" className="section__title">
        Fit with your brand
      </h2>
      <p className="big-figure" data-testid="fit-score">
        {fit.score === null ? 'Not scored yet' : `${fit.score}/100`}
      </p>
      {fit.cappedBy && <p className="warning">{fit.cappedBy}</p>}
      <details>
        <summary>How this was scored</summary>
        <table className="breakdown">
          <caption className="sr-only">Fit score components</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Points</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {fit.components.map((c) => (
              <tr key={c.id} className={c.scored ? '' : 'muted'}>
                <th scope="row">{c.label}</th>
                <td>{c.scored ? (c.max ? `${c.points}/${c.max}` : 'cap') : '—'}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

const SIGNAL_MARK: Record<Signal['status'], string> = { flagged: '!', clear: '✓', unknown: '?' };
const SIGNAL_WORD: Record<Signal['status'], string> = { flagged: 'Look closer', clear: 'Clear', unknown: 'Not enough data' };

export function SignalsSection({ signals }: { signals: Signal[] }) {
  const { flagged, text } = signalsSummary(signals);
  return (
    <section className="section" aria-labelledby="signals-heading">
      <h2 id="signals-heading" className="section__title">
        Authenticity signals
      </h2>
      <details open={flagged > 0}>
        <summary data-testid="signals-summary">{text} · signals, not a verdict</summary>
        <ul className="signals">
          {signals.map((s) => (
            <li key={s.id} className={`signal signal--${s.status}`}>
              <span className="signal__mark" aria-hidden="true">
                {SIGNAL_MARK[s.status]}
              </span>
              <span>
                <strong>{s.label}</strong> <span className="sr-only">({SIGNAL_WORD[s.status]})</span>
                <br />
                <span className="muted">{s.evidence}</span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
