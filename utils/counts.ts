/**
 * Parse the counts these sites show ("2,362", "783.4K", "4,69 M de suscriptores", "1.2万",
 * "1,2 Mio.") into a value and the precision the text actually carries. Pure: no browser APIs.
 *
 * A count shown as "783.4K" is 783400 known to the nearest 100: precision 100. We never add digits
 * the page does not show; a text we cannot read with confidence gives `null`, never 0.
 */

export interface ParsedCount {
  value: number;
  /** The unit of the last digit shown: 1 for "2,362", 100 for "783.4K", 1e6 for "25m". */
  precision: number;
}

// Compact-notation suffixes, keyed by the token lowercased without its trailing abbreviation dot.
// These are the forms `Intl.NumberFormat(..., { notation: 'compact' })` and the sites themselves
// print; tests check them against the browser's own output.
const COMMON_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  bn: 1e9,
  mn: 1e6,
  mio: 1e6,
  mrd: 1e9,
  mln: 1e6,
  mld: 1e9,
  md: 1e9,
  mil: 1e3, // es, pt: "12,3 mil" (cs and ro use "mil." for millions: see below)
  mi: 1e6, // pt-BR "4,7 mi"
  bi: 1e9,
  tys: 1e3,
  tis: 1e3,
  tn: 1e3,
  mia: 1e9,
  milj: 1e6,
  mill: 1e6,
  тыс: 1e3,
  тис: 1e3,
  млн: 1e6,
  млрд: 1e9,
  χιλ: 1e3,
  εκ: 1e6,
  δισ: 1e9,
  rb: 1e3,
  jt: 1e6,
  ألف: 1e3,
  آلاف: 1e3,
  مليون: 1e6,
  مليار: 1e9,
  هزار: 1e3,
  میلیون: 1e6,
  میلیارد: 1e9,
  हज़ार: 1e3,
  लाख: 1e5,
  क: 1e7,
  अ: 1e9,
  হা: 1e3,
  লা: 1e5,
  কো: 1e7,
  lakh: 1e5,
  crore: 1e7,
  cr: 1e7,
  трлн: 1e12,
  ترليون: 1e12,
  تریلیون: 1e12,
  τρισ: 1e12,
  兆: 1e12,
  조: 1e12,
  万: 1e4,
  萬: 1e4,
  億: 1e8,
  亿: 1e8,
  千: 1e3,
  만: 1e4,
  억: 1e8,
  천: 1e3,
};

// Tokens whose meaning depends on the language ("B" is a thousand in Turkish, a billion in English).
// null: a word that is not a suffix in that language ("298.000 Mi piace" is Italian for likes).
const LANGUAGE_SUFFIXES: Readonly<Record<string, Readonly<Record<string, number | null>>>> = {
  it: { mi: null },
  tr: { b: 1e3, mn: 1e6, mr: 1e9, tn: 1e12 },
  id: { m: 1e9 },
  ms: { j: 1e6, b: 1e9 },
  vi: { n: 1e3, tr: 1e6, t: 1e9 },
  cs: { mil: 1e6, bil: 1e12 },
  sk: { mil: 1e6, bil: 1e12 },
  ro: { mil: 1e6, tril: 1e12 },
  pl: { bln: 1e12 },
  sv: { bn: 1e12 },
  da: { t: 1e3, bio: 1e12 },
  fi: { t: 1e3, bilj: 1e12 },
  nb: { bill: 1e12 },
  hu: { e: 1e3, b: 1e12 },
  en: { l: 1e5 }, // en-IN "7.8L"; an English page never uses a bare "L" otherwise
  hi: { l: 1e5 },
};

// Digits other than ASCII that these formats use (Persian, Arabic-Indic, Bengali, Devanagari).
const DIGIT_ZEROS = [0x06f0, 0x0660, 0x09e6, 0x0966];

const GROUP_ONLY = /[\s\u00a0\u202f'’٬]/u;
// Separators only ever sit between digits, so "2,362, 136" reads as 2,362 and stops.
const NUMBER_AND_SUFFIX = /(\d+(?:[.,'’٬٫\s\u00a0\u202f]\d+)*)[\s\u00a0\u202f]?([\p{L}\p{M}॰]+\.?)?/u;

function toAsciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? ch : String(code - zero);
  }
  return out;
}

function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

function suffixMultiplier(token: string, lang: string): number | null {
  const key = token.toLowerCase().replace(/[.॰]+$/u, '');
  const local = LANGUAGE_SUFFIXES[lang]?.[key];
  if (local !== undefined) return local;
  if (Object.hasOwn(COMMON_SUFFIXES, key)) return COMMON_SUFFIXES[key] ?? null;
  // CJK suffixes are not separated from the word that follows ("1.2万次观看").
  const first = [...key][0];
  if (first !== undefined && /[万萬億亿千兆만억천조]/u.test(first)) return COMMON_SUFFIXES[first] ?? null;
  return null;
}

/**
 * Split a numeric string into digits and the position of its decimal separator, if any.
 * `compact` says a suffix follows, so a trailing separator is a decimal point ("4,69 M").
 */
function readNumber(raw: string, compact: boolean): { digits: string; decimals: number } | null {
  const cleaned = raw.replace(new RegExp(GROUP_ONLY.source, 'gu'), '');
  const seps = [...cleaned.matchAll(/[.,٫]/gu)];
  if (seps.length === 0) return { digits: cleaned, decimals: 0 };

  const last = seps[seps.length - 1]!;
  const tail = cleaned.slice(last.index + 1);
  const groups = cleaned.split(/[.,٫]/u);
  const allGrouping =
    groups.slice(1).every((g) => g.length === 3) ||
    // Indian grouping: 18,13,549
    (groups.length > 2 && groups[groups.length - 1]!.length === 3 && groups.slice(1, -1).every((g) => g.length === 2));
  const mixed = new Set(seps.map((s) => s[0])).size > 1;

  let decimalAt: number | null = null;
  if (mixed) decimalAt = last.index; // "1.234,5" or "1,234.5"
  else if (compact && seps.length === 1) decimalAt = last.index;
  else if (!allGrouping && seps.length === 1) decimalAt = last.index;
  else if (!allGrouping) return null; // "1.2.34": not a number we understand

  if (decimalAt === null) return { digits: cleaned.replace(/[.,٫]/gu, ''), decimals: 0 };
  const intPart = cleaned.slice(0, decimalAt).replace(/[.,٫]/gu, '');
  if (!/^\d+$/.test(tail) || intPart === '') return null;
  return { digits: intPart + tail, decimals: tail.length };
}

/**
 * Parse the first count in `text`. `lang` is the page's language (e.g. "es", "pt-BR"), used only
 * to resolve suffixes whose meaning differs between languages.
 */
export function parseCount(text: string, lang?: string | null): ParsedCount | null {
  const normalized = toAsciiDigits(text.normalize('NFC'));
  const match = NUMBER_AND_SUFFIX.exec(normalized);
  if (!match) return null;
  const rawNumber = match[1]!;
  const token = match[2];
  const multiplier = token ? suffixMultiplier(token, baseLanguage(lang)) : null;

  const number = readNumber(rawNumber, multiplier !== null);
  if (!number || !/^\d+$/.test(number.digits)) return null;
  // A count without a suffix is a whole number; "1,5" with an unknown unit is not something we
  // can read, and guessing would invent a number.
  if (multiplier === null && number.decimals > 0) return null;

  const scale = multiplier ?? 1;
  const precision = scale / 10 ** number.decimals;
  const value = Math.round(Number(number.digits) * precision);
  return { value, precision: Math.max(precision, 1) };
}
