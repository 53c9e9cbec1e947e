import { useId, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { chartTheme, fitAxisSize, useUPlot } from '@/components/app/useUPlot';
import type { AccountWithHistory } from '@/utils/model/views';
import { dateTickLabels, dayRange, DAY_TICK_STEPS, distinctNumberLabels } from '@/utils/chart-axis';
import { formatCount, formatDate } from '@/utils/format';
import { accountLabel, followerChartData, followerRows, type FollowerChartData, type FollowerLine } from './history';
import { ObservedNumber } from './ObservedNumber';

const CHART_HEIGHT = 160;
const HALF_DAY_SECONDS = 43_200;
/** Line colours, defined in creator-detail.css for light and dark. */
const LINE_COLOR_VARIABLES = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'];

interface ChartProps {
  line: FollowerLine;
  range: [number, number];
  colorIndex: number;
}

function chartOptions(element: HTMLElement, { line, range, colorIndex }: ChartProps): uPlot.Options {
  const { color, axis, width } = chartTheme(element);
  const stroke = color(LINE_COLOR_VARIABLES[colorIndex % LINE_COLOR_VARIABLES.length]!, '#5b3fd9');
  const valueText = (v: number) => formatCount({ value: v, precision: 1 });
  // One visit is one point on its day, labelled with its value; several span the days between them
  // (from the midnight before the first to the midnight after the last), ticked by whole days.
  const single = range[0] === range[1] && line.xs.length > 0;
  const [from, to] = single ? [range[0] - HALF_DAY_SECONDS, range[0] + HALF_DAY_SECONDS] : dayRange(range[0], range[1], new Date(range[0] * 1000).getTimezoneOffset());
  return {
    width,
    height: CHART_HEIGHT,
    // The numbers are in the table under the chart; a legend would only repeat the account's name
    // and read "Time: --" until the pointer is on the chart.
    legend: { show: false },
    scales: {
      x: { time: true, range: [from, to] },
      // A single count gets room above and below it, so its label fits.
      y: single ? { range: (_u, min, max) => [Math.max(0, min * 0.5), max * 1.5 || 1] } : {},
    },
    axes: [
      { ...axis, incrs: DAY_TICK_STEPS, splits: single ? () => [range[0]] : undefined, values: (_u, ticks) => dateTickLabels(ticks) },
      { ...axis, size: fitAxisSize, values: (_u, ticks) => distinctNumberLabels(ticks) },
    ],
    series: [
      {},
      {
        label: line.label,
        stroke,
        width: 2,
        points: { show: true, size: single ? 8 : 6, fill: stroke },
        value: (_u: uPlot, v: number | null) => (v === null ? '—' : valueText(v)),
      },
    ],
    hooks: single
      ? {
          // The one point says its number beside it (the chart's only content).
          draw: [
            (u) => {
              const value = line.values[0]!;
              const x = u.valToPos(line.xs[0]!, 'x', true);
              const y = u.valToPos(value, 'y', true);
              const { ctx } = u;
              ctx.save();
              ctx.fillStyle = color('--fg', '#1b1f2e');
              ctx.font = `${Math.round(12 * devicePixelRatio)}px system-ui, sans-serif`;
              ctx.textAlign = 'left';
              ctx.textBaseline = 'middle';
              ctx.fillText(`${valueText(value)} followers`, x + 10 * devicePixelRatio, y);
              ctx.restore();
            },
          ],
        }
      : {},
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
