import { describe, expect, it } from 'vitest';
import { decimalSeparator, parseCount } from '@/utils/counts';

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

describe('parseCount in the languages the sites print', () => {
  // What YouTube, Instagram, TikTok and X write by hand, beyond what Intl prints: each keeps the
  // precision its last digit shows ("104 mila" is 104,000 known to the nearest 1,000).
  it.each([
    ['104 mila iscritti', 'it', 104_000, 1000],
    ['1,2 Mln di visualizzazioni', 'it', 1_200_000, 100_000],
    ['3,4 Mrd', 'it', 3_400_000_000, 100_000_000],
    ['12 milioni di visualizzazioni', 'it', 12_000_000, 1_000_000],
    ['12 Tsd. Abonnenten', 'de', 12_000, 1000],
    ['1,2 Mio. Aufrufe', 'de', 1_200_000, 100_000],
    ['2,5 Mrd. Aufrufe', 'de', 2_500_000_000, 100_000_000],
    ['1,2 Millionen Aufrufe', 'de', 1_200_000, 100_000],
    ['104 mil suscriptores', 'es', 104_000, 1000],
    ['4,69 M de suscriptores', 'es', 4_690_000, 10_000],
    ['1,2 mil M de visualizaciones', 'es', 1_200_000_000, 100_000_000],
    ['1,2 mil millones de visualizaciones', 'es', 1_200_000_000, 100_000_000],
    ['12 mil Me gusta', 'es', 12_000, 1000],
    ['104 mil inscritos', 'pt-BR', 104_000, 1000],
    ['4,7 mi de visualizações', 'pt-BR', 4_700_000, 100_000],
    ['1,2 bi de visualizações', 'pt-BR', 1_200_000_000, 100_000_000],
    ['1,2 mil milhões de visualizações', 'pt-PT', 1_200_000_000, 100_000_000],
    ['1,2 mM', 'pt-PT', 1_200_000_000, 100_000_000],
    ['12,3 k abonnés', 'fr', 12_300, 100],
    ['1,2 M de vues', 'fr', 1_200_000, 100_000],
    ['1,2 Md de vues', 'fr', 1_200_000_000, 100_000_000],
    ['1,2 million d’abonnés', 'fr', 1_200_000, 100_000],
    ['12K abonnees', 'nl', 12_000, 1000],
    ['1,2 mln. weergaven', 'nl', 1_200_000, 100_000],
    ['1,2 mld. weergaven', 'nl', 1_200_000_000, 100_000_000],
    ['104 тыс. подписчиков', 'ru', 104_000, 1000],
    ['1,2 млн просмотров', 'ru', 1_200_000, 100_000],
    ['1,2 млрд просмотров', 'ru', 1_200_000_000, 100_000_000],
    ['12 тысяч подписчиков', 'ru', 12_000, 1000],
    ['104 B abone', 'tr', 104_000, 1000],
    ['1,2 Mn görüntüleme', 'tr', 1_200_000, 100_000],
    ['1,2 Mr görüntüleme', 'tr', 1_200_000_000, 100_000_000],
    ['104 rb subscriber', 'id', 104_000, 1000],
    ['1,2 jt x ditonton', 'id', 1_200_000, 100_000],
    ['1,2 M x ditonton', 'id', 1_200_000_000, 100_000_000],
    ['チャンネル登録者数 123万人', 'ja', 1_230_000, 10_000],
    ['12億 回視聴', 'ja', 1_200_000_000, 100_000_000],
    ['1億2345万回視聴', 'ja', 123_450_000, 10_000],
    ['1.2万次观看', 'zh-CN', 12_000, 1000],
    ['3.4亿', 'zh-CN', 340_000_000, 10_000_000],
    ['1.2萬 位訂閱者', 'zh-TW', 12_000, 1000],
    ['12億次觀看', 'zh-TW', 1_200_000_000, 100_000_000],
    ['1.2천', 'ko', 1200, 100],
    ['구독자 12.3만명', 'ko', 123_000, 1000],
    ['조회수 3억회', 'ko', 300_000_000, 100_000_000],
    ['3천만', 'ko', 30_000_000, 10_000_000],
    ['1.2 हज़ार सब्सक्राइबर', 'hi', 1200, 100],
    ['12 लाख व्यूज़', 'hi', 1_200_000, 100_000],
    ['1.2 करोड़ व्यूज़', 'hi', 12_000_000, 1_000_000],
    ['١٢٫٣ ألف مشترك', 'ar', 12_300, 100],
    ['١٫٢ مليون مشاهدة', 'ar', 1_200_000, 100_000],
    ['12 ألفًا', 'ar', 12_000, 1000],
    ['١٢٬٣٤٥ مشاهدة', 'ar', 12_345, 1],
    ['۱۲٫۳ هزار دنبال‌کننده', 'fa', 12_300, 100],
    ['۱٫۲ میلیون بازدید', 'fa', 1_200_000, 100_000],
    ['۱۲٬۳۴۵', 'fa', 12_345, 1],
  ])('reads %j (%s) as %d ± %d', (text, lang, value, precision) => {
    expect(parseCount(text, lang)).toEqual({ value, precision });
  });
});

describe('parseCount: the page’s locale decides what a separator is', () => {
  it('reads a lone separator before three digits by the locale, not the digits', () => {
    // "1,234": one thousand two hundred thirty-four in English, one point two three four in German.
    expect(parseCount('1,234', 'en')).toEqual({ value: 1234, precision: 1 });
    expect(parseCount('1.234', 'de')).toEqual({ value: 1234, precision: 1 });
    expect(parseCount('1.234', 'es')).toEqual({ value: 1234, precision: 1 });
    // A fraction of a follower is not a count: missing, not a guessed 1234.
    expect(parseCount('1,234', 'de')).toBeNull();
    expect(parseCount('1.234', 'en')).toBeNull();
    // With a suffix, the same digits are a decimal in one locale and grouping in the other.
    expect(parseCount('1,234 Mio.', 'de')).toEqual({ value: 1_234_000, precision: 1000 });
    expect(parseCount('1,234M', 'en')).toEqual({ value: 1_234_000_000, precision: 1_000_000 });
    expect(parseCount('1.234 M', 'es')).toEqual({ value: 1_234_000_000, precision: 1_000_000 });
    expect(parseCount('1.234 M', 'es-MX')).toEqual({ value: 1_234_000, precision: 1000 });
  });

  it('follows the region where it differs from the language', () => {
    expect(parseCount('127.696', 'es-ES')).toEqual({ value: 127_696, precision: 1 });
    expect(parseCount('127,696', 'es-MX')).toEqual({ value: 127_696, precision: 1 });
    expect(parseCount('127,696', 'es-ES')).toBeNull();
    expect(parseCount("1'234", 'de-CH')).toEqual({ value: 1234, precision: 1 });
    expect(parseCount('1.234', 'de-CH')).toBeNull();
  });

  it('reads digits that leave no doubt whatever the locale', () => {
    expect(parseCount('1.2M', 'de')).toEqual({ value: 1_200_000, precision: 100_000 });
    expect(parseCount('4,69 M', 'en')).toEqual({ value: 4_690_000, precision: 10_000 });
    expect(parseCount('1.234.567', 'en')).toEqual({ value: 1_234_567, precision: 1 });
    expect(parseCount('1,234,567', 'de')).toEqual({ value: 1_234_567, precision: 1 });
    expect(parseCount('1.234,5 Mio.', 'de')).toEqual({ value: 1_234_500_000, precision: 100_000 });
  });

  it('falls back to reading the digits when the locale is missing or unknown', () => {
    for (const lang of [null, undefined, '', 'x-default', 'en_US!']) {
      expect(parseCount('1,234', lang)).toEqual({ value: 1234, precision: 1 });
      expect(parseCount('1,2 M', lang)).toEqual({ value: 1_200_000, precision: 100_000 });
    }
    expect(parseCount('1.234', 'pt_BR')).toEqual({ value: 1234, precision: 1 });
  });

  it('names each locale’s decimal separator from the platform’s locale data', () => {
    expect(decimalSeparator('es')).toBe(',');
    expect(decimalSeparator('es-MX')).toBe('.');
    expect(decimalSeparator('pt_BR')).toBe(',');
    expect(decimalSeparator('fa')).toBe('٫');
    expect(decimalSeparator('x-default')).toBeNull();
    expect(decimalSeparator(null)).toBeNull();
  });
});

describe('parseCount never turns a word into a unit it is not', () => {
  it.each([
    ['298.000 Mi piace', 'it', 298_000, 1],
    ['12 Mitglieder', 'de', 12, 1],
    ['12 mil Me gusta', 'es', 12_000, 1000],
    ['2 Billionen', 'de', 2_000_000_000_000, 1_000_000_000_000],
    ['2 billion views', 'en', 2_000_000_000, 1_000_000_000],
  ])('reads %j (%s) as %d ± %d', (text, lang, value, precision) => {
    expect(parseCount(text, lang)).toEqual({ value, precision });
  });
});

describe('parseCount and a unit written without a number', () => {
  it('reads French and Italian "mille" (how Intl writes a rounded thousand) as 1,000 ± 1,000', () => {
    expect(parseCount('mille abonnés', 'fr')).toEqual({ value: 1000, precision: 1000 });
    expect(parseCount('mille iscritti', 'it')).toEqual({ value: 1000, precision: 1000 });
    expect(parseCount('1 mie de abonați', 'ro')).toEqual({ value: 1000, precision: 1000 });
  });

  it('reads no number in other words', () => {
    expect(parseCount('millefeuille', 'fr')).toBeNull();
    expect(parseCount('mille', 'en')).toBeNull();
  });
});
