import { describe, expect, it } from 'vitest';
import { parseCount } from '@/utils/counts';

describe('parseCount', () => {
  it.each([
    // text, language, value, precision
    ['2,362', 'en', 2362, 1],
    ['2,362 Followers', 'en', 2362, 1],
    ['783.4K', 'en', 783_400, 100],
    ['3.9m', 'en', 3_900_000, 100_000],
    ['25m subscribers', 'en', 25_000_000, 1_000_000],
    ['298K likes', 'en', 298_000, 1000],
    ['8.84k subscribers', 'en', 8840, 10],
    ['4,69 M de suscriptores', 'es', 4_690_000, 10_000],
    ['6,8 K vídeos', 'es', 6800, 100],
    ['127.696 visualizaciones', 'es', 127_696, 1],
    ['1.813.549', 'de', 1_813_549, 1],
    ['1,2 Mio.', 'de', 1_200_000, 100_000],
    ['1.2万', 'zh', 12_000, 1000],
    ['12,3 k', 'fr', 12_300, 100],
    ['1 813 549', 'fr', 1_813_549, 1],
    ["1'813'549", 'de-CH', 1_813_549, 1],
    ['18,13,549', 'en-IN', 1_813_549, 1],
    ['1,2 B', 'tr', 1200, 100],
    ['1.2B', 'en', 1_200_000_000, 100_000_000],
    ['12,3 mil', 'pt-BR', 12_300, 100],
  ])('reads %j (%s) as %d ± %d', (text, lang, value, precision) => {
    expect(parseCount(text, lang)).toEqual({ value, precision });
  });

  it('reads the first count and stops at a list separator', () => {
    expect(parseCount('2,362, 136 and more', 'en')).toEqual({ value: 2362, precision: 1 });
  });

  it('says it cannot read text without a count, rather than 0', () => {
    expect(parseCount('Followers', 'en')).toBeNull();
    expect(parseCount('', 'en')).toBeNull();
  });

  it('refuses a fractional count with a unit it does not know, rather than guessing', () => {
    expect(parseCount('1,5 zillion', 'en')).toBeNull();
  });
});

describe('parseCount and words that look like suffixes', () => {
  it('does not read Italian "Mi piace" (likes) as millions', () => {
    expect(parseCount('298.000 Mi piace', 'it')).toEqual({ value: 298_000, precision: 1 });
    expect(parseCount('4,7 mi', 'pt-BR')).toEqual({ value: 4_700_000, precision: 100_000 });
  });
});
