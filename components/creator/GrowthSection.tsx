import { useId, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { chartTheme, useUPlot } from '@/components/app/useUPlot';
import type { AccountWithHistory } from '@/storage/creator-detail';
import { formatCount, formatDate } from '@/utils/format';
import { accountLabel, followerChartData, followerRows, type FollowerChartData, type FollowerLine } from './history';
import { ObservedNumber } from './ObservedNumber';

const CHART_HEIGHT = 160;
const DAY_SECONDS = 86_400;
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
/** Line colours, defined in creator-detail.css for light and dark. */
const LINE_COLOR_VARIABLES = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'];

interface ChartProps {
  line: FollowerLine;
  range: [number, number];
  colorIndex: number;
}

function chartOptions(element: HTMLElement, { line, range, colorIndex }: ChartProps): uPlot.Options {
  const { color, axis, width } = chartTheme(element);
  // A single day would give uPlot an empty range: widen it to show the point.
  const [from, to] = range[0] === range[1] ? [range[0] - DAY_SECONDS, range[1] + DAY_SECONDS] : range;
  return {
    width,
    height: CHART_HEIGHT,
    scales: { x: { time: true, range: [from, to] } },
    axes: [axis, { ...axis, size: 56, values: (_u, ticks) => ticks.map((v) => compact.format(v)) }],
    series: [
      {},
      {
        label: line.label,
        stroke: color(LINE_COLOR_VARIABLES[colorIndex % LINE_COLOR_VARIABLES.length]!, '#5b3fd9'),
        width: 2,
        points: { show: true, size: 6 },
        value: (_u: uPlot, v: number | null) => (v === null ? '—' : formatCount({ value: v, precision: 1 })),
      },
    ],
  };
}

/** One account's followers over time (its data keeps its identity until the numbers change). */
function FollowerChart({ line, range, colorIndex }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useUPlot(ref, line, CHART_HEIGHT, (element) => ({ options: chartOptions(element, { line, range, colorIndex }), data: [line.xs, line.values] }));
  return <div ref={ref} className="growth-chart" role="img" aria-label={`Chart of ${line.label} followers over time; the numbers are in the table below.`} />;
}

function signed(change: number): string {
  const text = formatCount({ value: Math.abs(change), precision: 1 });
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : '0';
}

/** Followers over time per account: a chart, and the same numbers as a table for anyone who cannot see it. */
export function GrowthSection({ accounts }: { accounts: AccountWithHistory[] }) {
  const headingId = useId();
  const rows = useMemo(() => followerRows(accounts), [accounts]);
  // The live page re-reads the creator after any change (a note, say): redraw the chart only when
  // its numbers changed, which is what this text stands for.
  const serialized = JSON.stringify(followerChartData(rows));
  const data = useMemo(() => JSON.parse(serialized) as FollowerChartData, [serialized]);
  return (
    <section className="creator-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Follower growth</h3>
      {rows.length === 0 ? (
        <p className="creator-section__empty">No follower counts yet: they are recorded each time you view or save one of the profiles.</p>
      ) : (
        <>
          {data.lines.map((line, i) => (
            <FollowerChart key={line.accountId} line={line} range={data.range} colorIndex={i} />
          ))}
          <details className="creator-details">
            <summary>Show the numbers</summary>
            <div className="creator-table-wrap">
              <table className="creator-table">
                <caption className="sr-only">Followers at each visit</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Account</th>
                    <th scope="col" className="num">
                      Followers
                    </th>
                    <th scope="col" className="num">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.account.id}@${row.takenAt}`}>
                      <td>{formatDate(row.takenAt)}</td>
                      <td>{accountLabel(row.account)}</td>
                      <td className="num">
                        <ObservedNumber count={row.followers} />
                      </td>
                      <td className="num">
                        {row.change === null ? (
                          <span className="creator-muted">first seen</span>
                        ) : (
                          <>
                            {row.changeApproximate && <span title="from rounded counts">≈</span>}
                            {signed(row.change)}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
