import { useRef } from 'react';
import type uPlot from 'uplot';
import { chartTheme, fitAxisSize, useUPlot } from '@/components/app/useUPlot';
import { WHOLE_NUMBER_STEPS } from '@/utils/chart-axis';
import { formatFigure, type Unit } from '@/utils/campaigns/report';

// Creators side by side on the campaign's headline metric, as bars. The report's table has every
// number, so the chart is a picture of it: hidden from screen readers' reading order (one label
// says what it shows), and not drawn at all where there is no canvas.

const CHART_HEIGHT = 220;

interface Props {
  /** What is compared, e.g. "Revenue". */
  label: string;
  names: string[];
  values: Array<number | null>;
  unit: Unit;
  currency: string;
}

function chartOptions(element: HTMLElement, { label, names, unit, currency }: Props, UPlot: typeof uPlot): uPlot.Options {
  const { color, axis, width } = chartTheme(element);
  const format = (v: number) => formatFigure(unit === 'percent' ? v / 100 : v, unit, currency);
  return {
    width,
    height: CHART_HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, names.length - 0.5] }, y: { range: (_u, min, max) => [Math.min(0, min), Math.max(0, max) || 1] } },
    axes: [
      { ...axis, splits: () => names.map((_, i) => i), values: (_u, ticks) => ticks.map((i) => names[i] ?? '') },
      { ...axis, size: fitAxisSize, incrs: unit === 'number' ? WHOLE_NUMBER_STEPS : undefined, values: (_u, ticks) => ticks.map(format) },
    ],
    series: [
      {},
      {
        label,
        stroke: color('--accent', '#5b3fd9'),
        fill: color('--accent', '#5b3fd9'),
        width: 0,
        paths: UPlot.paths.bars!({ size: [0.6, 80] }),
        points: { show: false },
      },
    ],
  };
}

export function ReportChart(props: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { label, names, values, unit } = props;
  // Percentages are drawn as shown (250 for 250 %), like the table.
  useUPlot(ref, JSON.stringify(props), CHART_HEIGHT, (element, UPlot) => ({
    options: chartOptions(element, props, UPlot),
    data: [names.map((_, i) => i), values.map((x) => (x === null ? null : unit === 'percent' ? x * 100 : x))],
  }));

  return <div ref={ref} className="campaign-chart" role="img" aria-label={`Bar chart of ${label} by creator; the numbers are in the table.`} />;
}
