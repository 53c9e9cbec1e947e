import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatFigure, type Unit } from '@/utils/campaigns/report';

// Creators side by side on the campaign's headline metric, as bars. The report's table has every
// number, so the chart is a picture of it: hidden from screen readers' reading order (one label
// says what it shows), and not drawn at all where there is no canvas.

const CHART_HEIGHT = 220;

let canvasWorks: boolean | null = null;
/** No canvas (jsdom in tests, a locked-down browser): skip the chart, the table still has every number. */
function canDrawCanvas(): boolean {
  canvasWorks ??= HTMLCanvasElement.prototype.getContext.call(document.createElement('canvas'), '2d') !== null;
  return canvasWorks;
}

interface Props {
  /** What is compared, e.g. "Revenue". */
  label: string;
  names: string[];
  values: Array<number | null>;
  unit: Unit;
  currency: string;
}

function chartOptions(element: HTMLElement, { label, names, unit, currency }: Props, UPlot: typeof uPlot): uPlot.Options {
  const style = getComputedStyle(element);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const muted = color('--fg-muted', '#5a6079');
  const grid = color('--border', '#dfe2ec');
  const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const format = (v: number) => formatFigure(unit === 'percent' ? v / 100 : v, unit, currency);
  return {
    width: Math.max(element.clientWidth, 280),
    height: CHART_HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, names.length - 0.5] }, y: { range: (_u, min, max) => [Math.min(0, min), Math.max(0, max) || 1] } },
    axes: [
      { ...axis, splits: () => names.map((_, i) => i), values: (_u, ticks) => ticks.map((i) => names[i] ?? '') },
      { ...axis, size: 72, values: (_u, ticks) => ticks.map(format) },
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
  const { label, names, values, unit, currency } = props;
  const serialized = JSON.stringify([label, names, values, unit, currency]);

  useEffect(() => {
    const element = ref.current;
    if (!element || !canDrawCanvas()) return;
    const [l, n, v, u, c] = JSON.parse(serialized) as [string, string[], Array<number | null>, Unit, string];
    const current: Props = { label: l, names: n, values: v, unit: u, currency: c };
    // Percentages are drawn as shown (250 for 250 %), like the table.
    const ys = v.map((x) => (x === null ? null : u === 'percent' ? x * 100 : x));
    let chart: uPlot | null = null;
    let stop = () => {};
    let unmounted = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (unmounted) return;
      const draw = () => {
        chart?.destroy();
        chart = new UPlot(chartOptions(element, current, UPlot), [n.map((_, i) => i), ys], element);
      };
      draw();
      const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
      scheme?.addEventListener('change', draw);
      const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart?.setSize({ width: Math.max(element.clientWidth, 280), height: CHART_HEIGHT }));
      resize?.observe(element);
      stop = () => {
        scheme?.removeEventListener('change', draw);
        resize?.disconnect();
      };
    });
    return () => {
      unmounted = true;
      stop();
      chart?.destroy();
    };
  }, [serialized]);

  return <div ref={ref} className="campaign-chart" role="img" aria-label={`Bar chart of ${label} by creator; the numbers are in the table.`} />;
}
