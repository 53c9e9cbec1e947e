import fc from 'fast-check';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCount } from '@/utils/counts';
import { findChromium } from '../harness/chromium.ts';
import { CHROMIUM_ARGS } from '../harness/extension.ts';
import { CHECKED_LOCALES, FORMATS } from '../helpers/intl-locales';

// The count parser against the browser's own Intl.NumberFormat: Chromium formats random counts in
// every checked locale and format (what the sites print comes from the same ICU data), and each
// text must parse back to the number within the precision it shows.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('parseCount against Chromium’s Intl.NumberFormat', () => {
  it('reads back every formatted count within its shown precision', async () => {
    const numbers = fc.sample(
      fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 2_147_483_647 }).map((n) => n * 4)),
      { numRuns: 400, seed: 20261120 },
    );
    const page = await browser.newPage();
    const formatted = await page.evaluate(
      ({ locales, formats, numbers }) =>
        locales.flatMap((locale) =>
          Object.entries(formats).flatMap(([name, options]) => {
            const format = new Intl.NumberFormat(locale, options);
            return numbers.map((n) => ({ locale, name, n, text: format.format(n), grouped: Boolean(options.useGrouping) }));
          }),
        ),
      { locales: [...CHECKED_LOCALES], formats: FORMATS, numbers },
    );
    expect(formatted.length).toBe(CHECKED_LOCALES.length * Object.keys(FORMATS).length * numbers.length);
    const failures = formatted.filter(({ locale, n, text, grouped }) => {
      const parsed = parseCount(text, locale);
      return !parsed || Math.abs(parsed.value - n) > parsed.precision / 2 || (grouped && parsed.precision !== 1);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
