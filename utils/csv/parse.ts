// Reading a CSV file into a header and rows, each row with the line a user sees it on in the file
// (the header is line 1), so every message can point at the line to fix.
import Papa from 'papaparse';

export interface CsvRow {
  /** Line of the file where the row starts (1 = the header). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface ParsedCsv {
  /** Column names from the header row; an empty one is named by its position. */
  columns: string[];
  rows: CsvRow[];
  /** Lines papaparse could not read cleanly (an unclosed quote, say). */
  problems: CsvProblem[];
}

const BOM = '\uFEFF';

export const CSV_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export const ENCODING_LABELS: Readonly<Record<CsvEncoding, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Western European)',
};

/**
 * The encoding a file's bytes are in, as the browser's TextDecoder reads them: UTF-8 when they all
 * are, or when nearly all of them are (one damaged byte in a UTF-8 file must not turn "José Müller
 * 😀" into "JosÃ© MÃ¼ller ðŸ˜€"); Windows-1252 — what Excel on Windows writes when asked for plain
 * "CSV" — when the non-ASCII bytes are mostly not UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    // Non-ASCII bytes that read as UTF-8, against damaged ones (each shows as one U+FFFD).
    let replaced = 0;
    let validBytes = 0;
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (ch === '\uFFFD') replaced++;
      else if (code > 0x7f) validBytes += code > 0xffff ? 4 : code > 0x7ff ? 3 : 2;
    }
    // Nearly all valid: at least nine in ten of the non-ASCII bytes.
    return validBytes >= 9 * replaced ? 'utf-8' : 'windows-1252';
  }
}

// Control characters have no place in a name or a note: NUL and the rest of C0 (but tab and line
// breaks, which CSV uses), and DEL. Stripped as the file is read.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Characters that could not be read in that encoding and show as �. */
  replaced: number;
  /** Control characters (NUL and the like) that were dropped. */
  stripped: number;
}

/** A file's bytes as text, in `encoding` or the one detectEncoding finds; the BOM spreadsheets add is dropped. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding = detectEncoding(bytes)): DecodedCsv {
  let text = new TextDecoder(encoding).decode(bytes);
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  const replaced = encoding === 'utf-8' ? (text.match(/\uFFFD/g)?.length ?? 0) : 0;
  let stripped = 0;
  text = text.replace(CONTROL_CHARACTERS, () => {
    stripped++;
    return '';
  });
  return { text, encoding, replaced, stripped };
}

/** A file's bytes as text, in the encoding detectEncoding finds. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  return decodeCsv(bytes).text;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter is the one the header line uses most (outside quotes): Excel writes ";" where the
 * decimal separator is ",". Papa's own guess is thrown off by blank lines between rows.
 */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

// What each papaparse error means for the person fixing the file.
const PAPA_REASONS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted value is never closed, so the rest of the file cannot be read as rows. Close the quote (")',
  InvalidQuotes: 'a value has a stray quote (") in it. Put quotes around the whole value and double any quote inside it',
  TooFewFields: 'the row has fewer values than the header',
  TooManyFields: 'the row has more values than the header',
};

/**
 * Parse CSV text with a header row. The delimiter is detected (comma, semicolon, tab, bar), blank
 * lines are skipped, and every row keeps the line it starts on even when a quoted value spans
 * several lines.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const records: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let start = 0;
  let line = 1;
  let linebreak = '\n';

  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      linebreak = result.meta.linebreak || linebreak;
      const end = result.meta.cursor;
      const cells = result.data.map((cell) => cell ?? '');
      for (const error of result.errors) {
        problems.push({ line, reason: `${PAPA_REASONS[error.code] ?? error.message}.` });
      }
      if (!isBlank(cells)) records.push({ line, cells });
      line += countOf(text, linebreak, start, end);
      start = end;
    },
  });

  const [header, ...rows] = records;
  if (!header) return { columns: [], rows: [], problems };
  const columns = header.cells.map((name, i) => name.trim() || `Column ${i + 1}`);
  return { columns, rows, problems };
}

function countOf(text: string, needle: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(needle, from); at !== -1 && at < to; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
