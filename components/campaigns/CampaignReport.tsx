import { useId } from 'react';
import { downloadFile } from '@/components/import-export/download';
import { useCampaign } from '@/components/data/campaigns';
import {
  campaignDates,
  campaignReport,
  campaignReportCsv,
  GOAL_LABELS,
  REPORT_COLUMNS,
  reportColumn,
  reportFileName,
} from '@/utils/campaigns/report';
import { campaignHref, thankYouHref } from '@/utils/routes';
import { statusLabel } from '@/utils/format';
import { Figure } from './Figure';
import { ReportChart } from './ReportChart';
import './campaigns.css';

// The results report (`#/campaigns/<id>/report`): creators compared on their results and on what
// those cost, with every formula visible, the campaign's totals, and the same figures as a CSV
// file or on paper — to learn which creators and formats worked, and to share with the creators.

/** The report page. `campaignId` comes from the address. */
export function CampaignReport({ campaignId }: { campaignId: string }) {
  const headingId = useId();
  const view = useCampaign(campaignId);

  if (view === undefined) {
    return (
      <section className="campaign-report" aria-labelledby={headingId} aria-busy="true">
        <h2 id={headingId}>Results report</h2>
        <p role="status">Loading the campaign…</p>
      </section>
    );
  }
  if (view === null) {
    return (
      <section className="campaign-report" aria-labelledby={headingId}>
        <h2 id={headingId}>Campaign not found</h2>
        <p>
          This campaign does not exist: it may have been deleted. <a href="#/campaigns">Back to campaigns</a>
        </p>
      </section>
    );
  }

  const { campaign, people } = view;
  const report = campaignReport(campaign, (creatorId) => people[creatorId]?.name ?? 'A removed creator');
  const headline = reportColumn(report.headline.metric);
  const currency = report.currency;

  const exportCsv = () => {
    downloadFile(new Blob([campaignReportCsv(report)], { type: 'text/csv;charset=utf-8' }), reportFileName(campaign.name));
  };

  return (
    <article className="campaign-report" aria-labelledby={headingId}>
      <p className="campaign-page__back campaign-noprint">
        <a href={campaignHref(campaign.id)}>← {campaign.name}</a>
      </p>
      <header>
        <h2 id={headingId}>Results: {campaign.name}</h2>
        <p className="campaign-page__summary">
          <span>Goal: {GOAL_LABELS[campaign.goal]}</span> · <span>{statusLabel(campaign.status)}</span> ·{' '}
          <span>{campaignDates(campaign.startAt, campaign.endAt)}</span>
        </p>
        <p>{report.headline.why}</p>
      </header>
      <div className="campaign-actions campaign-noprint">
        <button type="button" className="button" onClick={exportCsv} disabled={report.rows.length === 0}>
          Export CSV
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>

      {report.rows.length === 0 ? (
        <p className="campaign-empty">No creators in this campaign yet, so there are no results to compare.</p>
      ) : (
        <>
          {/* An empty chart (an axis from 0 to 1 and nothing on it) says nothing: wait for a figure. */}
          {report.rows.some((r) => r.values[headline.id] !== null) ? (
            <ReportChart
              label={headline.label}
              names={report.rows.map((r) => r.name)}
              values={report.rows.map((r) => r.values[headline.id])}
              unit={headline.unit}
              currency={currency}
            />
          ) : (
            <p className="campaign-empty">No {headline.label.toLowerCase()} entered yet: the chart compares the creators once there is one.</p>
          )}
          <div className="campaign-table-wrap">
            <table className="campaign-table campaign-report__table">
              <caption>
                Creators compared, best {headline.label.toLowerCase()} first. Cost is each creator’s fee; amounts in {currency}.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  {REPORT_COLUMNS.map((c) => (
                    <th key={c.id} scope="col" className="num">
                      {c.label}
                      {c.formula && <span className="campaign-formula"> = {c.formula}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.creatorId}>
                    <th scope="row">{row.name}</th>
                    {REPORT_COLUMNS.map((c) => (
                      <td key={c.id} className="num">
                        <Figure value={row.values[c.id]} unit={c.unit} currency={currency} precision={row.precision[c.id]} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  {REPORT_COLUMNS.map((c) => (
                    <td key={c.id} className="num">
                      <Figure value={report.totals[c.id]} unit={c.unit} currency={currency} precision={report.totalsPrecision[c.id]} />
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <section aria-labelledby={`${headingId}-legend`} className="campaign-legend">
            <h3 id={`${headingId}-legend`}>How each figure is computed</h3>
            <dl>
              <div>
                <dt>Cost</dt>
                <dd>The creator’s fee; for the total, the sum of all fees.</dd>
              </div>
              {REPORT_COLUMNS.filter((c) => c.formula).map((c) => (
                <div key={c.id}>
                  <dt>{c.label}</dt>
                  <dd>{c.formula}</dd>
                </div>
              ))}
              <div>
                <dt>≈</dt>
                <dd>
                  Approximate: counted from a number a page showed rounded (views of “1.2M” are known to the nearest 100,000), or computed from one. A
                  total with an approximate number in it is approximate too.
                </dd>
              </div>
              <div>
                <dt>—</dt>
                <dd>Not known: a number the figure needs was not entered (or the cost is 0). Never counted as 0.</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby={`${headingId}-share`} className="campaign-noprint">
            <h3 id={`${headingId}-share`}>Share the results with the creators</h3>
            <p className="campaign-hint">Thank them and show them what their work did: it is how one campaign becomes a lasting partnership.</p>
            <ul className="campaign-share">
              {report.rows
                .filter((row) => people[row.creatorId]?.onRoster)
                .map((row) => (
                <li key={row.creatorId}>
                  <a href={thankYouHref(row.creatorId, campaign.id)}>Send {row.name} a thank-you with their results</a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
