import { useId } from 'react';
import { useCreatorCampaigns } from '@/storage/campaigns';
import { campaignHref, thankYouHref } from '@/utils/campaigns/links';
import { hasResults } from '@/utils/campaigns/ranking';
import { formatFigure, GOAL_HEADLINES, GOAL_LABELS, reportColumn, reportValues } from '@/utils/campaigns/report';
import { statusLabel } from '@/utils/format';
import './campaigns.css';

// A creator's results in every campaign they were in, for their page: what they were paid, what
// they delivered on each campaign's headline metric, and the return on their fee.

const roiColumn = reportColumn('roi');

/** A section for the creator page. `creatorId` is the creator shown. */
export function CreatorCampaignResults({ creatorId }: { creatorId: string }) {
  const headingId = useId();
  const entries = useCreatorCampaigns(creatorId);

  return (
    <section className="creator-section campaign-creator-results" aria-labelledby={headingId} aria-busy={entries === undefined}>
      <h3 id={headingId}>Campaign results</h3>
      {entries === undefined ? (
        <p role="status">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="campaign-empty">Not in any campaign yet.</p>
      ) : (
        <div className="campaign-table-wrap">
          <table className="campaign-table">
            <caption className="sr-only">Results in each campaign, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col" className="num">
                  Fee
                </th>
                <th scope="col">Headline result</th>
                <th scope="col" className="num">
                  Revenue
                </th>
                <th scope="col" className="num">
                  ROI <span className="campaign-formula">= {roiColumn.formula}, cost = fee</span>
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map(({ campaign, member }) => {
                const values = reportValues(member.results, member.fee);
                const headline = reportColumn(GOAL_HEADLINES[campaign.goal].metric);
                return (
                  <tr key={campaign.id}>
                    <th scope="row">
                      <a href={campaignHref(campaign.id)}>{campaign.name}</a>
                      <span className="campaign-muted">
                        {' '}
                        · {GOAL_LABELS[campaign.goal]} · {statusLabel(campaign.status)}
                      </span>
                    </th>
                    <td className="num">{formatFigure(member.fee, 'money', campaign.currency)}</td>
                    <td>
                      {headline.label}: {formatFigure(values[headline.id], headline.unit, campaign.currency)}
                    </td>
                    <td className="num">{formatFigure(member.results.revenue, 'money', campaign.currency)}</td>
                    <td className="num">{formatFigure(values.roi, 'percent', campaign.currency)}</td>
                    <td>
                      {hasResults(member.results) ? (
                        <a href={thankYouHref(creatorId, campaign.id)}>
                          Send thank-you with results<span className="sr-only"> of {campaign.name}</span>
                        </a>
                      ) : (
                        <span className="campaign-muted">No results yet</span>
                      )}
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
