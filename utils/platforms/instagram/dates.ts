// Dates as Instagram prints them in its meta tags: "May 29, 2021", "29 de mayo de 2021",
// "29. Mai 2021", "2019년 11월 22일". Only the day is shown, so a day read here is reported as UTC
// midnight of that day: the true instant is somewhere in that day, in a time zone the page does
// not name. A `time[datetime]` on the rendered page gives the exact instant and is preferred.

// Month names of the languages Instagram's big markets read, lowercased, plus English abbreviations
// (the `time` element's title uses them: "Oct 11, 2022").
const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: Record<string, number> = {};
  const lists = [
    'january february march april may june july august september october november december', // en
    'jan feb mar apr may jun jul aug sep oct nov dec', // en, abbreviated
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', // es
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro', // pt
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre', // fr
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre', // it
    'januar februar märz april mai juni juli august september oktober november dezember', // de
    'januari februari maart april mei juni juli augustus september oktober november december', // nl
  ];
  for (const list of lists) list.split(' ').forEach((name, i) => (names[name] = i + 1));
  names.sept = 9;
  names.setiembre = 9; // es (Peru, Uruguay)
  names.jänner = 1; // de-AT
  return names;
})();

function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Epoch ms of UTC midnight of that calendar day, or null if there is no such day. */
function utcDay(year: number, month: number, day: number): number | null {
  if (year < 2010 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  return new Date(ms).getUTCDate() === day ? ms : null; // rejects "February 30"
}

const MONTH_DAY_YEAR = /(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})/u; // "May 29, 2021"
const DAY_MONTH_YEAR = /(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+\.?),?\s+(?:de\s+)?(\d{4})/u; // "29 de mayo de 2021", "29. Mai 2021"
const YEAR_MONTH_DAY_CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u; // "2021年5月29日", "2021년 5월 29일"
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The day a text names, as epoch ms of UTC midnight; null when it names none we can read. */
export function parseShownDay(text: string | null | undefined): number | null {
  if (!text) return null;
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    if (month) return utcDay(Number(match[3]), month, Number(match[2]));
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month) return utcDay(Number(match[3]), month, Number(match[1]));
  }
  match = YEAR_MONTH_DAY_CJK.exec(text) ?? ISO_DAY.exec(text);
  if (match) return utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

/**
 * An exact instant: ISO 8601 with a zone ("2021-05-29T14:00:33.000Z"), or without one as in
 * Instagram's JSON-LD uploadDate ("2020-02-23T19:07:44", which is UTC: it matches the page's
 * taken_at_timestamp), or Unix seconds.
 */
export function parseInstant(value: unknown): number | null {
  if (typeof value === 'number') {
    const ms = value > 1e11 ? value : value * 1000;
    return Number.isFinite(ms) && ms > Date.UTC(2010, 0, 1) ? ms : null;
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) && ms > Date.UTC(2010, 0, 1) ? ms : null;
}
