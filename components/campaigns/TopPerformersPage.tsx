import { useId, useState } from 'react';
import { makeAmbassador } from '@/storage/campaigns';
import { usePerformanceData } from '@/components/data/campaigns';
import { storageErrorMessage } from '@/utils/model/errors';
import { ambassadorInvitationHref, campaignHref, creatorHref, thankYouHref } from '@/utils/routes';
import { RANK_METRICS, rankCreators, rankMetricLabel } from '@/utils/campaigns/ranking';
import { formatFigure, reportColumn, type ReportColumnId } from '@/utils/campaigns/report';
import { Figure } from './Figure';
import { currentTime, navigateTo } from './FormField';
import './campaigns.css';

// Creators ranked across all their campaigns (`#/top-performers`), so the best are thanked with
// their results and invited to become ambassadors — the guides' "reward top performers".

/** The top performers page. No props. */
export function TopPerformersPage() {
  const headingId = useId();
  const data = usePerformanceData();
  const [metricId, setMetricId] = useState<ReportColumnId>('roi');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const metric = reportColumn(metricId);
  const roi = reportColumn('roi');
  const rankings = data ? rankCreators(data.campaigns, metricId).filter((r) => data.creators[r.creatorId]) : [];
  const currencies = new Set(rankings.map((r) => r.currency));

  const makeAmbassadorOf = async (creatorId: string, name: string) => {
    setBusy(creatorId);
    setError(null);
    try {
      await makeAmbassador(creatorId, currentTime());
      navigateTo(ambassadorInvitationHref(creatorId));
    } catch (e) {
      setError(`${name} was not made an ambassador: ${storageErrorMessage(e)}`);
      setBusy(null);
    }
  };

  return (
    <section className="campaigns" aria-labelledby={headingId} aria-busy={data === undefined}>
      <h2 id={headingId}>Top performers</h2>
      <p className="campaign-hint">
        Creators ranked on everything they did across your campaigns: their results are added up, and each metric is computed from the sums
        (ROI is their total revenue against their total fees). Only creators with results entered are listed.
      </p>
      <div className="campaign-field campaign-field--inline">
        <label htmlFor={`${headingId}-metric`}>Rank by</label>
        <select id={`${headingId}-metric`} value={metricId} onChange={(e) => setMetricId(e.target.value as ReportColumnId)}>
          {RANK_METRICS.map((m) => (
            <option key={m.id} value={m.id}>
              {rankMetricLabel(m.id)}
              {m.better === 'lower' ? ' (lowest first)' : ''}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="campaign-error">
          {error}
        </p>
      )}
      {data === undefined ? (
        <p role="status">Loading…</p>
      ) : rankings.length === 0 ? (
        <div className="empty">
          <h3>No results yet</h3>
          <p>
            Enter or import the results of a campaign’s creators, and they are ranked here. <a href="#/campaigns">Go to campaigns</a>.
          </p>
        </div>
      ) : (
        <div className="campaign-table-wrap">
          <table className="campaign-table">
            <caption className="sr-only">Creators ranked by {metric.label}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Rank
                </th>
                <th scope="col">Creator</th>
                <th scope="col">Campaigns</th>
                {currencies.size > 1 && <th scope="col">Currency</th>}
                <th scope="col" className="num">
                  Fees
                </th>
                <th scope="col" className="num">
                  Revenue
                </th>
                {metricId !== 'roi' && metricId !== 'revenue' && (
                  <th scope="col" className="num">
                    {metric.label}
                    {metric.formula && <span className="campaign-formula"> = {metric.formula}</span>}
                  </th>
                )}
                <th scope="col" className="num">
                  ROI <span className="campaign-formula">= {roi.formula}</span>
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rankings.map((r, i) => {
                const creator = data.creators[r.creatorId]!;
                const latest = r.campaigns[0]!;
                return (
                  <tr key={`${r.creatorId}-${r.currency}`}>
                    <td className="num">{i + 1}</td>
                    <th scope="row">
                      <a href={creatorHref(r.creatorId)}>{creator.displayName}</a>
                      {creator.ambassador && <span className="campaign-chip">Ambassador</span>}
                    </th>
                    <td>
                      {r.campaigns.map((c, j) => (
                        <span key={c.campaignId}>
                          {j > 0 && ', '}
                          <a href={campaignHref(c.campaignId)}>{c.campaignName}</a>
                        </span>
                      ))}
                    </td>
                    {currencies.size > 1 && <td>{r.currency}</td>}
                    <td className="num">{formatFigure(r.fees, 'money', r.currency)}</td>
                    <td className="num">{formatFigure(r.results.revenue, 'money', r.currency)}</td>
                    {metricId !== 'roi' && metricId !== 'revenue' && (
                      <td className="num">
                        <Figure value={r.values[metricId]} unit={metric.unit} currency={r.currency} precision={r.precision[metricId]} />
                      </td>
                    )}
                    <td className="num">{formatFigure(r.values.roi, 'percent', r.currency)}</td>
                    <td className="campaign-row-actions">
                      {!creator.ambassador && (
                        <button
                          type="button"
                          className="button"
                          disabled={busy !== null}
                          aria-label={`Make ambassador: ${creator.displayName}`}
                          onClick={() => void makeAmbassadorOf(r.creatorId, creator.displayName)}
                        >
                          Make ambassador
                        </button>
                      )}
                      <a
                        className="button"
                        href={thankYouHref(r.creatorId, latest.campaignId)}
                        aria-label={`Send thank-you with results: ${creator.displayName}, ${latest.campaignName}`}
                      >
                        Send thank-you with results
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
