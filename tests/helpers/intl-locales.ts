/**
 * Locales whose number formats the count parser is checked against: the supported sites' largest
 * markets, every decimal/grouping convention (1,234.5 · 1.234,5 · 1 234,5 · 1'234.5 · 12,34,567)
 * and every compact-suffix family (K/M/B, mil/M, Mio./Mrd., тыс./млн, 万/億, 만/억, L/Cr, हज़ार…), short
 * and written out in words ("104 mila", "1,2 millones", "12 тысяч", "1.2 करोड़").
 */
export const CHECKED_LOCALES = [
  'en', 'en-IN', 'es', 'es-MX', 'pt-BR', 'fr', 'de', 'de-CH', 'it', 'nl', 'pl', 'ru', 'uk', 'tr',
  'ja', 'zh-CN', 'zh-TW', 'ko', 'id', 'vi', 'sv', 'da', 'fi', 'nb', 'cs', 'ro', 'hu', 'el', 'ar',
  'fa', 'hi', 'bn', 'th', 'ms', 'he', 'pt-PT', 'es-419', 'zh-HK', 'mr', 'ur', 'ar-EG', 'fr-CA',
] as const;

export const FORMATS: Record<string, Intl.NumberFormatOptions> = {
  grouped: { useGrouping: true },
  compact: { notation: 'compact' },
  'compact, one decimal': { notation: 'compact', maximumFractionDigits: 1 },
  'compact, two decimals': { notation: 'compact', maximumFractionDigits: 2 },
  // Words written out ("104 mila", "1,2 millones", "12 тысяч"), as YouTube writes them in many languages.
  'compact, long': { notation: 'compact', compactDisplay: 'long' },
  'compact, long, one decimal': { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 },
};
