import { useId } from 'react';
import { useCampaign } from '@/components/data/campaigns';
import { totalPrecision, totalResults } from '@/utils/campaign-metrics';
import { campaignDates, formatFigure, GOAL_HEADLINES, GOAL_LABELS, reportColumn, reportPrecisions, reportValues, totalCost } from '@/utils/campaigns/report';
import { statusLabel } from '@/utils/format';
import { CampaignForm } from './CampaignForm';
import { CampaignMembers } from './CampaignMembers';
import { Figure } from './Figure';
import { ResultsImport } from './ResultsImport';
import './campaigns.css';
import { campaignReportHref } from '@/utils/routes';

// One campaign (`#/campaigns/<id>`): its brief, the creators in it with their fees, deliverables,
// tracked links, promo codes and results, results imported from a file, and the totals.

/** The campaign page. `campaignId` comes from the address. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const headingId = useId();
  const view = useCampaign(campaignId);

  if (view === undefined) {
    return (
      <section className="campaign-page" aria-labelledby={headingId} aria-busy="true">
        <h2 id={headingId}>Campaign</h2>
        <p role="status">Loading the campaign…</p>
      </section>
    );
  }
  if (view === null) {
    return (
      <section className="campaign-page" aria-labelledby={headingId}>
        <h2 id={headingId}>Campaign not found</h2>
        <p>This campaign does not exist: it may have been deleted.</p>
        <p>
          <a href="#/campaigns">Back to campaigns</a>
        </p>
      </section>
    );
  }

  const { campaign, people } = view;
  const spend = totalCost(campaign.creators.map((m) => m.fee));
  const totals = totalResults(campaign.creators.map((m) => m.results));
  const values = reportValues(totals, spend);
  // A total with a count a page showed rounded is itself approximate.
  const precision = reportPrecisions(totals, totalPrecision(campaign.creators.map((m) => ({ results: m.results, precision: m.resultsPrecision }))));
  const headline = GOAL_HEADLINES[campaign.goal];
  const shown = [reportColumn(headline.metric), reportColumn(headline.costMetric)];

  return (
    <article className="campaign-page" aria-labelledby={headingId}>
      <p className="campaign-page__back">
        <a href="#/campaigns">← Campaigns</a>
      </p>
      <header>
        <h2 id={headingId}>{campaign.name}</h2>
        <p className="campaign-page__summary">
          <span className="campaign-chip">Goal: {GOAL_LABELS[campaign.goal]}</span>
          <span className="campaign-chip">{statusLabel(campaign.status)}</span>
          <span className="campaign-muted">{campaignDates(campaign.startAt, campaign.endAt)}</span>
          <a href={campaignReportHref(campaign.id)}>Results report</a>
        </p>
      </header>

      <section className="campaign-section" aria-labelledby={`${headingId}-totals`}>
        <h3 id={`${headingId}-totals`}>Totals</h3>
        <dl className="stats">
          <div className="stat">
            <dt>Budget</dt>
            <dd>{formatFigure(campaign.budget, 'money', campaign.currency)}</dd>
          </div>
          <div className="stat">
            <dt>Spend (sum of fees)</dt>
            <dd>{formatFigure(spend, 'money', campaign.currency)}</dd>
          </div>
          {shown.map((column) => (
            <div className="stat" key={column.id}>
              <dt>
                {column.label}
                {column.formula && <span className="campaign-formula"> = {column.formula}</span>}
              </dt>
              <dd>
                <Figure value={values[column.id]} unit={column.unit} currency={campaign.currency} precision={precision[column.id]} />
              </dd>
            </div>
          ))}
        </dl>
        <p className="campaign-hint">{headline.why}</p>
        {spend !== null && campaign.budget !== null && spend > campaign.budget && (
          <p className="campaign-warning">The fees add up to more than the budget.</p>
        )}
      </section>

      <div className="campaign-page__layout">
        <div className="campaign-page__main">
          <CampaignMembers campaign={campaign} people={people} />
          <ResultsImport campaign={campaign} people={people} />
        </div>
        <div className="campaign-page__side campaign-section">
          <CampaignForm campaign={campaign} />
        </div>
      </div>
    </article>
  );
}
