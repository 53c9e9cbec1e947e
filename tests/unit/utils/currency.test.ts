import { describe, expect, it } from 'vitest';
import { currencyForLocales } from '@/utils/currency';

describe('currencyForLocales', () => {
  it('takes the currency of the first language whose region it knows', () => {
    expect(currencyForLocales(['en-US'])).toBe('USD');
    expect(currencyForLocales(['de-AT', 'en'])).toBe('EUR');
    expect(currencyForLocales(['pt-BR'])).toBe('BRL');
    expect(currencyForLocales(['en-GB'])).toBe('GBP');
  });

  it('gives a language without a region its likeliest one', () => {
    expect(currencyForLocales(['ja'])).toBe('JPY');
    expect(currencyForLocales(['sv'])).toBe('SEK');
  });

  it('falls back to euros when no language says', () => {
    expect(currencyForLocales([])).toBe('EUR');
    expect(currencyForLocales(['not a tag'])).toBe('EUR');
  });
});
