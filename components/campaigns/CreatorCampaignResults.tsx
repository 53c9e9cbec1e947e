import { useId } from 'react';
import { membershipsOf } from '@/storage/campaigns';
import type { Campaign } from '@/utils/model/schemas';
import { campaignHref, thankYouHref } from '@/utils/routes';
import { hasResults } from '@/utils/campaigns/ranking';
import { formatFigure, GOAL_HEADLINES, GOAL_LABELS, reportColumn, reportPrecisions, reportValues } from '@/utils/campaigns/report';
import { statusLabel } from '@/utils/format';
import { Figure } from './Figure';
import './campaigns.css';

// A creator's results in every campaign they were in, for their page: what they were paid, what
// they delivered on each campaign's headline metric, and the return on their fee.

const roiColumn = reportColumn('roi');

/**
 * A section for the creator page. `creatorId` is the creator shown; `campaigns`, the campaigns the
 * page already loaded for them. Nothing when they were in none: the page's Campaigns list says so.
 */
export function CreatorCampaignResults({ creatorId, campaigns }: { creatorId: string; campaigns: readonly Campaign[] }) {
  const headingId = useId();
  const entries = membershipsOf(campaigns, creatorId);
  if (entries.length === 0) return null;

  return (
    <section className="creator-section campaign-creator-results" aria-labelledby={headingId}>
      <h3 id={headingId}>Campaign results</h3>
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
                    {headline.label}:{' '}
                    <Figure value={values[headline.id]} unit={headline.unit} currency={campaign.currency} precision={reportPrecisions(member.results, member.resultsPrecision)[headline.id]} />
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
    </section>
  );
}
