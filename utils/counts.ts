/**
 * Parse the counts these sites show ("2,362", "783.4K", "4,69 M de suscriptores", "1.2万",
 * "1,2 Mio.", "104 mila", "1,2 mil M", "۱۲٫۳ هزار") into a value and the precision the text
 * actually carries. Pure: no browser APIs (Intl is part of the language).
 *
 * A count shown as "783.4K" is 783400 known to the nearest 100: precision 100. We never add digits
 * the page does not show; a text we cannot read with confidence gives `null`, never 0.
 *
 * Whether "1,234" is one thousand two hundred thirty-four or one point two three four is decided by
 * the page's locale (its decimal separator, from Intl's locale data), never by the digits alone:
 * only when no locale is known does a lone separator before three digits count as grouping without
 * a suffix ("1,234") and as a decimal point before one ("1,234 M"). Digits that leave no doubt are
 * read as they stand whatever the locale ("1.2M" on a German page: a group has three digits).
 */

export interface ParsedCount {
  value: number;
  /** The unit of the last digit shown: 1 for "2,362", 100 for "783.4K", 1e6 for "25m". */
  precision: number;
}

/** Words (and their inflections) by the power of ten they stand for, space-separated. */
function table(rows: ReadonlyArray<readonly [number, string]>): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [multiplier, words] of rows) for (const word of words.split(' ')) out[word] = multiplier;
  return out;
}

// Compact-notation suffixes and the words sites write out, keyed by the token lowercased, without
// its trailing abbreviation dot, Devanagari nukta or Arabic vowel marks. Short forms are what
// `Intl.NumberFormat(..., { notation: 'compact' })` prints; long forms what it prints with
// `compactDisplay: 'long'` and what YouTube, Instagram and TikTok write ("104 mila iscritti",
// "1,2 millones de visualizaciones", "12 тысяч подписчиков"). Tests check them against the
// browser's own output in every checked locale.
const COMMON_SUFFIXES: Readonly<Record<string, number>> = table([
  [1e3, 'k tsd tys tis tn тыс тис χιλ rb mil mila mille millier milliers thousand thousands tausend duizend тысяча тысячи тысяч тисяча тисячі тисяч tysiąc tysiące tysiąca tysięcy tisíc tisíce tisíci bin ribu tusen tusind tuhat tuhatta ezer mii mie χιλιάδες χιλιάδα nghìn ngàn אלף אלפים ألف ألفا الف آلاف هزار ہزار हजार হা হাজার พัน'],
  [1e5, 'lakh lakhs लाख লা লাখ لاکھ แสน'],
  [1e6, 'm mn mio mln mi milj mill εκ jt million millions millionen millioner millón millones milhão milhões milioni milione miljoen miljon miljoner milyon juta milion miliona milionów miliony milionu milionů milioane milionul миллион миллиона миллионов мільйон мільйона мільйони мільйонів млн miljoona miljoonaa millió εκατομμύριο εκατομμύρια triệu מיליון مليون مليونا ملايين میلیون ล้าน'],
  [1e7, 'cr crore crores क करोड কো কোটি کروڑ'],
  [1e9, 'b bn md mrd mld mia bi δισ billion billions milliard milliards milliarde milliarden milliarder miliardi miliardo miljard miljarder milyar miliar miliard miliarda miliardów miliardy miliarde миллиард миллиарда миллиардов мільярд мільярда мільярди мільярдів млрд miljardi miljardia milliárd δισεκατομμύριο δισεκατομμύρια tỷ tỉ מיליארד مليار مليارات میلیارد ارب अ अरब bilhão bilhões'],
  [1e12, 'trillion trillions трлн ترليون تریلیون τρισ bilião biliões billón billones biljoen'],
]);

// Tokens whose meaning depends on the language ("B" is a thousand in Turkish, a billion in English;
// "Billion" a trillion in German). null: a word that is not a suffix in that language ("298.000
// Mi piace" is Italian for likes).
const LANGUAGE_SUFFIXES: Readonly<Record<string, Readonly<Record<string, number | null>>>> = {
  it: { mi: null },
  tr: { b: 1e3, mn: 1e6, mr: 1e9, tn: 1e12 },
  id: { m: 1e9 },
  ms: { j: 1e6, b: 1e9, bilion: 1e9 },
  vi: { n: 1e3, tr: 1e6, t: 1e9 },
  cs: { mil: 1e6, bil: 1e12 },
  sk: { mil: 1e6, bil: 1e12 },
  ro: { mil: 1e6, tril: 1e12 },
  pl: { bln: 1e12 },
  pt: { mm: 1e9 }, // pt-PT "1,2 mM" (mil milhões)
  sv: { bn: 1e12, md: 1e9, billion: 1e12, biljoner: 1e12 },
  da: { t: 1e3, bio: 1e12, billion: 1e12, billioner: 1e12 },
  fi: { t: 1e3, bilj: 1e12 },
  nb: { bill: 1e12, billion: 1e12, billioner: 1e12 },
  de: { billion: 1e12, billionen: 1e12 },
  fr: { billion: 1e12, billions: 1e12, g: 1e9 }, // fr-CA "1,2 G"
  hu: { e: 1e3, b: 1e12 },
  mr: { ह: 1e3, कोटी: 1e7, अब्ज: 1e9, दशलक्ष: 1e6 },
  en: { l: 1e5 }, // en-IN "7.8L"; an English page never uses a bare "L" otherwise
  hi: { l: 1e5 },
};

// Words written without a space before what follows ("1.2万次观看", "1.2만회", "1.2 ล้านครั้ง"):
// matched as the start of the token, longest first.
const PREFIX_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 1e7], ['千萬', 1e7], ['百万', 1e6], ['百萬', 1e6], ['十万', 1e5], ['十萬', 1e5],
  ['천만', 1e7], ['백만', 1e6], ['십만', 1e5],
  ['万', 1e4], ['萬', 1e4], ['億', 1e8], ['亿', 1e8], ['千', 1e3], ['兆', 1e12],
  ['만', 1e4], ['억', 1e8], ['천', 1e3], ['조', 1e12],
  ['พันล้าน', 1e9], ['ล้าน', 1e6], ['แสน', 1e5], ['หมื่น', 1e4], ['พัน', 1e3],
];

// Digits other than ASCII that these formats use (Persian, Arabic-Indic, Bengali, Devanagari, Thai).
const DIGIT_ZEROS = [0x06f0, 0x0660, 0x09e6, 0x0966, 0x0e50];

const SPACES = '\\s\\u00a0\\u202f';
// Direction marks Intl and RTL pages put around numbers ("‏104 אלף", "104K‏").
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
const GROUP_ONLY = new RegExp(`[${SPACES}'’٬]`, 'gu');
// Separators only ever sit between digits, so "2,362, 136" reads as 2,362 and stops.
const NUMBER_AND_SUFFIX = new RegExp(`(\\d+(?:[.,'’٬٫${SPACES}]\\d+)*)[${SPACES}]?([\\p{L}\\p{M}॰]+\\.?)?`, 'u');
const BARE_THOUSAND = new RegExp(`^[${SPACES}]*mille(?![\\p{L}])`, 'iu');
const ROMANIAN_DE = new RegExp(`(\\d)[${SPACES}]+de[${SPACES}]+(?=\\p{L})`, 'gu');
// "1,2 mil M", "1,2 mil millones", "1,2 mil milhões": a thousand millions.
const THOUSAND_MILLIONS = new RegExp(`^[${SPACES}]+(m|millones|milhões)(?![\\p{L}\\p{M}])`, 'iu');
// "1億2345万", "3억 5천만": the smaller unit that follows a large one.
const FOLLOWING_UNIT = new RegExp(`^[${SPACES}]*(\\d+)[${SPACES}]?(万|萬|만|천만|千万)`, 'u');

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

const decimalCache = new Map<string, string | null>();

/**
 * The decimal separator of a locale ("es" → ",", "es-MX" → ".", "de-CH" → ".", "fa" → "٫"), from
 * the platform's own locale data; null when the locale is missing or unknown to it.
 */
export function decimalSeparator(lang: string | null | undefined): string | null {
  const tag = (lang ?? '').trim().replace(/_/g, '-');
  if (!tag) return null;
  const cached = decimalCache.get(tag);
  if (cached !== undefined) return cached;
  let separator: string | null = null;
  try {
    if (Intl.NumberFormat.supportedLocalesOf([tag]).length > 0) {
      separator = new Intl.NumberFormat(tag).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? null;
    }
  } catch {
    separator = null; // not a language tag ("x-default", "en_US!")
  }
  decimalCache.set(tag, separator);
  return separator;
}

function suffixMultiplier(token: string, lang: string): number | null {
  const key = token
    .toLowerCase()
    .replace(/[.॰]+$/u, '')
    .replace(/[\u093c\u064b-\u065f\u0670]/gu, ''); // nukta (हज़ार = हजार), Arabic vowel marks
  const local = LANGUAGE_SUFFIXES[lang]?.[key];
  if (local !== undefined) return local;
  if (Object.hasOwn(COMMON_SUFFIXES, key)) return COMMON_SUFFIXES[key] ?? null;
  for (const [prefix, multiplier] of PREFIX_SUFFIXES) if (key.startsWith(prefix)) return multiplier;
  return null;
}

/**
 * Split a numeric string into digits and the position of its decimal separator, if any.
 * `compact` says a suffix follows; `decimal` is the page locale's decimal separator, if known.
 */
function readNumber(raw: string, compact: boolean, decimal: string | null): { digits: string; decimals: number } | null {
  const cleaned = raw.replace(GROUP_ONLY, '');
  const seps = [...cleaned.matchAll(/[.,٫]/gu)];
  if (seps.length === 0) return { digits: cleaned, decimals: 0 };

  const last = seps[seps.length - 1]!;
  const tail = cleaned.slice(last.index + 1);
  const groups = cleaned.split(/[.,٫]/u);
  const kinds = new Set(seps.map((s) => s[0]));
  const allGrouping =
    groups.slice(1).every((g) => g.length === 3) ||
    // Indian grouping: 18,13,549
    (groups.length > 2 && groups[groups.length - 1]!.length === 3 && groups.slice(1, -1).every((g) => g.length === 2));

  let decimalAt: number | null = null;
  if (kinds.size > 1 || last[0] === '٫') {
    // "1.234,5", "1,234.5", "۱٫۲": the last separator is the decimal one, and only once.
    if (seps.slice(0, -1).some((s) => s[0] === last[0])) return null;
    decimalAt = last.index;
  } else if (seps.length > 1) {
    if (!allGrouping) return null; // "1.2.34": not a number we understand
  } else if (tail.length !== 3) {
    decimalAt = last.index; // "4,69", "1.2": a group always has three digits
  } else if (decimal === '.' || decimal === ',') {
    // "1,234" or "1.234": only the page's locale can tell.
    if (last[0] === decimal) decimalAt = last.index;
  } else if (compact) {
    decimalAt = last.index; // no locale: "1,234 M" is more likely 1.234 million than 1,234 million
  }

  if (decimalAt === null) return { digits: cleaned.replace(/[.,٫]/gu, ''), decimals: 0 };
  const intPart = cleaned.slice(0, decimalAt).replace(/[.,٫]/gu, '');
  if (!/^\d+$/.test(tail) || intPart === '') return null;
  return { digits: intPart + tail, decimals: tail.length };
}

/**
 * Parse the first count in `text`. `lang` is the page's locale (e.g. "es", "pt-BR", the document's
 * `lang` or the site's own locale setting): it decides whether a lone "," or "." before three
 * digits is a decimal or a grouping separator, and which suffixes a language uses ("B", "mil").
 */
export function parseCount(text: string, lang?: string | null): ParsedCount | null {
  const language = baseLanguage(lang);
  let normalized = toAsciiDigits(text.normalize('NFC').replace(BIDI_MARKS, ''));
  // Romanian puts "de" between a number from 20 up and its unit: "20 de mii", "234 de milioane".
  if (language === 'ro') normalized = normalized.replace(ROMANIAN_DE, '$1 ');
  const match = NUMBER_AND_SUFFIX.exec(normalized);
  // French and Italian write a rounded thousand as the word alone: "mille abonnés".
  if (!match) return (language === 'fr' || language === 'it') && BARE_THOUSAND.test(normalized) ? { value: 1000, precision: 1000 } : null;
  const rawNumber = match[1]!;
  const token = match[2];
  let multiplier = token ? suffixMultiplier(token, language) : null;
  const rest = normalized.slice(match.index + match[0].length);
  if (multiplier === 1e3 && THOUSAND_MILLIONS.test(rest)) multiplier = 1e9;

  const number = readNumber(rawNumber, multiplier !== null, decimalSeparator(lang));
  if (!number || !/^\d+$/.test(number.digits)) return null;
  // A count without a suffix is a whole number; "1,5" with an unknown unit is not something we
  // can read, and guessing would invent a number.
  if (multiplier === null && number.decimals > 0) return null;

  const scale = multiplier ?? 1;
  let precision = scale / 10 ** number.decimals;
  let value = Math.round(Number(number.digits) * precision);
  if (scale >= 1e8 && number.decimals === 0 && token && [...token].length <= 2) {
    const smaller = FOLLOWING_UNIT.exec(rest);
    if (smaller) {
      const unit = suffixMultiplier(smaller[2]!, language) ?? 1;
      const part = Number(smaller[1]) * unit;
      if (part < scale) {
        value += part;
        precision = unit;
      }
    }
  }
  return { value, precision: Math.max(precision, 1) };
}
