import { decodeCsvBytes, parseCsv, type ParsedCsv } from '@/utils/csv/parse';

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

export function tooLargeMessage(file: File): string | null {
  if (file.size <= MAX_FILE_BYTES) return null;
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return `“${file.name}” is ${mb(file.size)}; Creator Scout reads files up to ${mb(MAX_FILE_BYTES)}.`;
}

/**
 * Read a chosen CSV file (any of the encodings spreadsheets save in), or say in one sentence why it
 * cannot be used: too large, unreadable, or without rows.
 */
export async function readCsvFile(file: File): Promise<{ csv: ParsedCsv } | { error: string }> {
  const tooLarge = tooLargeMessage(file);
  if (tooLarge) return { error: tooLarge };
  let csv: ParsedCsv;
  try {
    csv = parseCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
  } catch {
    return { error: `“${file.name}” could not be read. Check that it is a CSV file and try again.` };
  }
  if (csv.rows.length === 0) return { error: `“${file.name}” has no rows to import${csv.columns.length > 0 ? ' under its header' : ''}.` };
  return { csv };
}

/** Let the page repaint (a progress label, say) before a stretch of synchronous work. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
