import { useEffect, useEffectEvent, type RefObject } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

// A uPlot chart's life on a page (follower growth, a campaign report): drawn after mount, redrawn
// when the colour scheme or its data change, resized with its box, destroyed on unmount. uPlot is
// loaded only when there is a canvas to draw on (it reads `matchMedia` as soon as it loads, which
// jsdom does not have), and so only by pages with a chart. The numbers are always in a table too.

let canvasWorks: boolean | null = null;
/** No canvas (jsdom in tests, a locked-down browser): skip the chart, the table still has every number. */
function canDrawCanvas(): boolean {
  canvasWorks ??= HTMLCanvasElement.prototype.getContext.call(document.createElement('canvas'), '2d') !== null;
  return canvasWorks;
}

/** The narrowest a chart is drawn. */
export const MIN_CHART_WIDTH = 280;

/** Colours from the theme's CSS variables, read at each draw, so a chart matches light or dark. */
export function chartTheme(element: HTMLElement) {
  const style = getComputedStyle(element);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const grid = color('--border', '#dfe2ec');
  const axis: uPlot.Axis = { stroke: color('--fg-muted', '#5a6079'), grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  return { color, axis, width: Math.max(element.clientWidth, MIN_CHART_WIDTH) };
}

/**
 * An axis as wide as its longest label (uPlot's `size`), so no label is cut at the chart's edge
 * whatever the currency or the locale's way of writing numbers.
 */
export const fitAxisSize: uPlot.Axis.Size = (u, values, axisIndex, cycle) => {
  // uPlot keeps the font it resolved and the size it settled on beside the options it was given.
  const axis = u.axes[axisIndex] as uPlot.Axis & { _size?: number; font?: unknown };
  // uPlot asks again after laying out; keep the first answer so the layout settles.
  if (cycle > 1 && axis._size) return axis._size;
  const longest = (values ?? []).reduce((a, v) => (v.length > a.length ? v : a), '');
  const font: unknown = Array.isArray(axis.font) ? axis.font[0] : axis.font;
  u.ctx.font = typeof font === 'string' ? font : `${12 * devicePixelRatio}px system-ui, sans-serif`;
  const text = longest ? u.ctx.measureText(longest).width / devicePixelRatio : 0;
  const tick = axis.ticks?.size ?? 10;
  return Math.ceil(text + tick + (axis.gap ?? 5) + 8);
};

export type BuildChart = (element: HTMLDivElement, UPlot: typeof uPlot) => { options: uPlot.Options; data: uPlot.AlignedData };

/**
 * Draw the chart `build` describes into `ref`'s element. It is redrawn when `dataKey` changes (a
 * value that stands for the data, such as its JSON), not on every render.
 */
export function useUPlot(ref: RefObject<HTMLDivElement | null>, dataKey: unknown, height: number, build: BuildChart): void {
  const describe = useEffectEvent(build);
  useEffect(() => {
    const element = ref.current;
    if (!element || !canDrawCanvas()) return;
    let chart: uPlot | null = null;
    let stop = () => {};
    let unmounted = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (unmounted) return;
      const draw = () => {
        chart?.destroy();
        const { options, data } = describe(element, UPlot);
        chart = new UPlot(options, data, element);
      };
      draw();
      const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
      scheme?.addEventListener('change', draw);
      const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart?.setSize({ width: Math.max(element.clientWidth, MIN_CHART_WIDTH), height }));
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
  }, [ref, dataKey, height]);
}
