import { useId, useState } from 'react';
import { useCampaignList } from '@/components/data/campaigns';
import { campaignDates, formatFigure, GOAL_LABELS } from '@/utils/campaigns/report';
import { statusLabel } from '@/utils/format';
import { CampaignForm } from './CampaignForm';
import { navigateTo } from './FormField';
import './campaigns.css';
import { campaignHref } from '@/utils/routes';

// Every campaign at a glance (`#/campaigns`): where it stands, what it cost and what it returned.

/** The campaigns page. No props: it lists every campaign and creates new ones. */
export function CampaignsPage() {
  const headingId = useId();
  const list = useCampaignList();
  const [creating, setCreating] = useState(false);

  return (
    <section className="campaigns" aria-labelledby={headingId} aria-busy={list === undefined}>
      <div className="campaigns__header">
        <h2 id={headingId}>Campaigns</h2>
        {!creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New campaign
          </button>
        )}
        <a href="#/top-performers">Top performers across campaigns</a>
      </div>
      {creating && (
        <div className="campaign-section">
          <CampaignForm
            onSaved={(campaign) => {
              navigateTo(campaignHref(campaign.id));
            }}
            onCancel={() => setCreating(false)}
          />
        </div>
      )}
      {list === undefined ? (
        <p role="status">Loading campaigns…</p>
      ) : list.length === 0 ? (
        !creating && (
          <div className="empty">
            <h3>No campaigns yet</h3>
            <p>
              A campaign brings together the creators you work with on one goal, their fees and deliverables, tracked links and promo codes, and the
              results — so you can see who drove clicks and sales.
            </p>
          </div>
        )
      ) : (
        <div className="campaign-table-wrap">
          <table className="campaign-table">
            <caption className="sr-only">Campaigns, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Goal</th>
                <th scope="col">Status</th>
                <th scope="col">Dates</th>
                <th scope="col" className="num">
                  Budget
                </th>
                <th scope="col" className="num">
                  Creators
                </th>
                <th scope="col" className="num">
                  Spend <span className="campaign-formula">sum of fees</span>
                </th>
                <th scope="col" className="num">
                  ROI <span className="campaign-formula">(revenue − spend) ÷ spend</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ campaign, creators, spend, roi }) => (
                <tr key={campaign.id}>
                  <th scope="row">
                    <a href={campaignHref(campaign.id)}>{campaign.name}</a>
                  </th>
                  <td>{GOAL_LABELS[campaign.goal]}</td>
                  <td>{statusLabel(campaign.status)}</td>
                  <td>{campaignDates(campaign.startAt, campaign.endAt)}</td>
                  <td className="num">{formatFigure(campaign.budget, 'money', campaign.currency)}</td>
                  <td className="num">{creators}</td>
                  <td className="num">{formatFigure(spend, 'money', campaign.currency)}</td>
                  <td className="num">{formatFigure(roi, 'percent', campaign.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
