// Labels for a chart's axes, in the user's locale: numbers short but never repeated ("1.1M, 1.1M,
// 1M" says nothing), and times as dates, never as hours of a day the user did not pick. Pure, so a
// test can pin the labels for any locale; the charts pass `undefined`, the browser's locale.

const DAY = 86_400;

/**
 * Where a time axis may put its ticks, in seconds: whole days and up, so a chart of visits never
 * reads ":00 :10" or "3am 6am".
 */
export const DAY_TICK_STEPS = [1, 2, 3, 7, 14].map((d) => d * DAY).concat([30, 61, 91, 182, 365, 730].map((d) => d * DAY));

/** How many significant digits `n` has (1,050,000 has three). */
function significantDigits(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return 1;
  const digits = Math.abs(n).toPrecision(15).replace('.', '').replace(/e.*$/, '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/**
 * Compact labels for ticks ("1.05M", "1,5 Mio."), each saying its tick exactly, so neighbouring
 * ticks never read the same ("1.1M, 1.1M, 1M") nor one rounded to the next; ticks that would need
 * more than four digits are written in full.
 */
export function distinctNumberLabels(ticks: readonly number[], locale?: string): string[] {
  const needed = Math.max(1, ...ticks.map(significantDigits));
  const format =
    needed <= 4 ? new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: Math.max(needed, 1) }) : new Intl.NumberFormat(locale);
  return ticks.map((t) => format.format(t));
}

/**
 * Dates for ticks given in seconds ("Dec 1", "1. Dez."), with the year on the first tick and on each
 * tick where the year changes, so a chart over New Year reads right.
 */
export function dateTickLabels(ticksSeconds: readonly number[], locale?: string, timeZone?: string): string[] {
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone });
  const withYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const yearOf = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone });
  let previousYear: string | null = null;
  return ticksSeconds.map((t) => {
    const date = new Date(t * 1000);
    const year = yearOf.format(date);
    const label = previousYear !== year ? withYear.format(date) : dayMonth.format(date);
    previousYear = year;
    return label;
  });
}

/**
 * The days a time axis spans, in seconds: from the midnight before the first point to the midnight
 * after the last, so points never sit on the frame's edge and a single visit is one day wide.
 */
export function dayRange(fromSeconds: number, toSeconds: number, timeZoneOffsetMinutes = 0): [number, number] {
  const offset = -timeZoneOffsetMinutes * 60;
  const start = Math.floor((fromSeconds + offset) / DAY) * DAY - offset;
  const end = Math.floor((toSeconds + offset) / DAY) * DAY - offset + DAY;
  return [start, end];
}

/** Steps for an axis of whole things (views, clicks, sales): 1, 2, 5, 10, 20, 50… never 0.2 of a view. */
export const WHOLE_NUMBER_STEPS = Array.from({ length: 13 }, (_, k) => [1, 2, 5].map((m) => m * 10 ** k)).flat();
