import { decodeCsv, ENCODING_LABELS, parseCsv, type CsvEncoding, type DecodedCsv, type ParsedCsv } from '@/utils/csv/parse';

/**
 * Save a file the page made: an object URL on a temporary <a download>. Nothing leaves the
 * computer; the browser writes the Blob to the downloads folder.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after the click returns: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The largest file the page reads into memory; a roster of 100,000 rows is about 30 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The largest backup the page restores. A backup is one JSON text, read and parsed whole: about
 * 3 MB per 1,000 creators (2 accounts and 10 snapshots each), so 100,000 creators make about
 * 300 MB. 500 MB stays under the longest text Chromium can hold in memory (2^29 − 24 characters,
 * 512 MiB); Firefox holds twice that.
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/** Why a chosen file is too large to read (`limit` bytes at most, "reads files", "restores backups"), or null. */
export function tooLargeMessage(file: File, limit = MAX_FILE_BYTES, verb = 'reads files'): string | null {
  if (file.size <= limit) return null;
  return `“${file.name}” is ${megabytes(file.size)}; Creator Scout ${verb} up to ${megabytes(limit)}.`;
}

/** The message for a file the browser could not read into memory (a very large one, or one moved or deleted since it was chosen). */
export function unreadableMessage(file: File): string {
  return `“${file.name}” (${megabytes(file.size)}) could not be read. Check that the file is still there; if it is, close other tabs and try again, since the whole file is read into memory.`;
}

export interface ReadCsv {
  csv: ParsedCsv;
  /** How the bytes were read, to show and to change. */
  decoded: Omit<DecodedCsv, 'text'>;
  bytes: Uint8Array;
}

/**
 * Read a chosen CSV file (any of the encodings spreadsheets save in: found by the browser's
 * TextDecoder, or `encoding` when the user chose one), or say in one sentence why it cannot be
 * used: too large, unreadable, or without rows.
 */
export async function readCsvFile(file: File, encoding?: CsvEncoding, known?: Uint8Array): Promise<ReadCsv | { error: string }> {
  const tooLarge = tooLargeMessage(file);
  if (tooLarge) return { error: tooLarge };
  let csv: ParsedCsv;
  let decoded: DecodedCsv;
  let bytes: Uint8Array;
  try {
    bytes = known ?? new Uint8Array(await file.arrayBuffer());
    decoded = decodeCsv(bytes, encoding);
    csv = parseCsv(decoded.text);
  } catch {
    return { error: `“${file.name}” could not be read. Check that it is a CSV file and try again.` };
  }
  if (csv.rows.length === 0) return { error: `“${file.name}” has no rows to import${csv.columns.length > 0 ? ' under its header' : ''}.` };
  const { text: _text, ...how } = decoded;
  return { csv, decoded: how, bytes };
}

/** "Read as UTF-8; 1 character could not be read and shows as �; 2 control characters were removed." */
export function encodingSentence(decoded: ReadCsv['decoded']): string {
  const parts = [`Read as ${ENCODING_LABELS[decoded.encoding]}`];
  if (decoded.replaced > 0) parts.push(`${decoded.replaced.toLocaleString('en-US')} ${decoded.replaced === 1 ? 'character' : 'characters'} could not be read and ${decoded.replaced === 1 ? 'shows' : 'show'} as �`);
  if (decoded.stripped > 0) parts.push(`${decoded.stripped.toLocaleString('en-US')} control ${decoded.stripped === 1 ? 'character (such as NUL) was' : 'characters (such as NUL) were'} removed`);
  return `${parts.join('; ')}.`;
}

/** Let the page repaint (a progress label, say) before a stretch of synchronous work. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
