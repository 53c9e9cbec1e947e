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

/**
 * A file's bytes as text: UTF-8 (the BOM spreadsheets add is dropped), or Windows-1252 when the
 * bytes are not UTF-8 — what Excel on Windows writes when asked for plain "CSV".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
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
