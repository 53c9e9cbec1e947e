import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/utils/counts';
import { CHECKED_LOCALES, FORMATS } from '../../helpers/intl-locales';

// parse(format(n)) is n to within the precision the text shows, for every locale and format the
// platform's own Intl.NumberFormat produces. (The same check runs against Chromium's Intl in
// tests/e2e/counts-intl.e2e.ts.)

const counts = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }),
  fc.integer({ min: 0, max: 2_147_483_647 }),
  fc.integer({ min: 0, max: 2_147_483_647 }).map((n) => n * 4),
);

describe.each(CHECKED_LOCALES)('parseCount in %s', (locale) => {
  it.each(Object.entries(FORMATS))('reads %s numbers', (_name, options) => {
    const format = new Intl.NumberFormat(locale, options);
    fc.assert(
      fc.property(counts, (n) => {
        const text = format.format(n);
        const parsed = parseCount(text, locale);
        expect(parsed, `${locale} ${JSON.stringify(text)}`).not.toBeNull();
        expect(Math.abs(parsed!.value - n), `${locale} ${JSON.stringify(text)} → ${JSON.stringify(parsed)}`).toBeLessThanOrEqual(
          parsed!.precision / 2,
        );
        if (options.useGrouping) expect(parsed!.precision).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
