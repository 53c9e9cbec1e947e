import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Options } from '@/components/form/Options';
import type { WorkProgress } from '@/storage/backup';
import { applyImport, ImportCancelledError, previewCsvImport, type ImportResult } from '@/storage/csv-import';
import { storageErrorMessage } from '@/utils/model/errors';
import { useTeamActor } from '@/components/data/team';
import { guessMapping as guessColumns, mappingProblem, type ColumnMapping, type ImportField } from '@/utils/csv/fields';
import type { ParsedCsv } from '@/utils/csv/parse';
import type { ImportPreview } from '@/utils/csv/preview';
import { CSV_ENCODINGS, ENCODING_LABELS, type CsvEncoding } from '@/utils/csv/parse';
import { encodingSentence, nextPaint, readCsvFile, type ReadCsv } from './download';
import { ImportPreviewView } from './ImportPreviewView';
import { MappingTable } from './MappingTable';
import { WorkProgressBar } from './WorkProgressBar';

interface LoadedFile {
  name: string;
  csv: ParsedCsv;
  source: File;
  bytes: Uint8Array;
  decoded: ReadCsv['decoded'];
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function importedMessage(result: ImportResult): string {
  const parts = [`${count(result.creatorsAdded, 'new creator')} added`, `${count(result.creatorsUpdated, 'creator')} updated`];
  if (result.accountsAdded > 0) parts.push(`${count(result.accountsAdded, 'account')} added`);
  return `Imported: ${parts.join(', ')}.`;
}

/**
 * Import creators from a spreadsheet: choose a file, check which field each column is, read the
 * dry run, then import — all of it or, while any row is rejected, nothing.
 */
export function CsvImport() {
  // Owners are a team's: in no team an "Owner" column is not guessed as one (nor offered).
  const actor = useTeamActor();
  const guessMapping = (columns: readonly string[], rows: ParsedCsv['rows']): ColumnMapping =>
    guessColumns(columns, rows).map((field) => (field === 'owner' && actor === null ? 'ignore' : field));
  const id = useId();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  // Only the newest preview is shown: changing the mapping again abandons the one being computed.
  const previewRun = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<AbortController | null>(null);

  const runPreview = async (csv: ParsedCsv, next: ColumnMapping) => {
    const run = ++previewRun.current;
    const current = () => run === previewRun.current;
    try {
      const result = await previewCsvImport(csv, next, (p) => current() && setProgress(p));
      if (!current()) return;
      setPreview(result);
      setProgress(null);
      performance.mark('creator-scout:csv-previewed'); // npm run bench
    } catch (e) {
      if (!current()) return;
      setProgress(null);
      setError(storageErrorMessage(e));
    }
  };

  const reset = () => {
    previewRun.current++;
    setFile(null);
    setMapping([]);
    setPreview(null);
    setProgress(null);
    if (input.current) input.current.value = '';
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    performance.mark('creator-scout:csv-chosen'); // npm run bench
    reset();
    setError(null);
    setDone(null);
    setProgress({ phase: 'Reading the file', done: 0, total: 1 });
    await nextPaint();
    const read = await readCsvFile(chosen);
    if ('error' in read) {
      setProgress(null);
      return setError(read.error);
    }
    const { csv } = read;
    const guessed = guessMapping(csv.columns, csv.rows);
    setFile({ name: chosen.name, csv, source: chosen, bytes: read.bytes, decoded: read.decoded });
    setMapping(guessed);
    await runPreview(csv, guessed);
  };

  /** Read the same file again in the encoding the user chose, keeping the mapping where the columns stay. */
  const changeEncoding = async (encoding: CsvEncoding) => {
    if (!file) return;
    setError(null);
    const read = await readCsvFile(file.source, encoding, file.bytes);
    if ('error' in read) return setError(read.error);
    const next = read.csv.columns.length === file.csv.columns.length ? mapping : guessMapping(read.csv.columns, read.csv.rows);
    setFile({ ...file, csv: read.csv, decoded: read.decoded });
    setMapping(next);
    await runPreview(read.csv, next);
  };

  const changeMapping = (column: number, field: ImportField) => {
    if (!file) return;
    const next = mapping.map((f, i) => (i === column ? field : f));
    setMapping(next);
    void runPreview(file.csv, next);
  };

  const runImport = async () => {
    if (!preview) return;
    performance.mark('creator-scout:csv-import-start'); // npm run bench
    setImporting(true);
    setError(null);
    const cancel = new AbortController();
    cancelRef.current = cancel;
    try {
      const result = await applyImport(preview, Date.now(), setProgress, cancel.signal);
      reset();
      setDone(importedMessage(result));
      performance.mark('creator-scout:csv-imported'); // npm run bench
    } catch (e) {
      setProgress(null);
      if (e instanceof ImportCancelledError) setDone(e.message);
      else setError(storageErrorMessage(e));
    } finally {
      cancelRef.current = null;
      setImporting(false);
    }
  };

  const rejected = preview !== null && preview.rejected.length > 0;
  const nothingToDo = preview !== null && !rejected && preview.newCreators.length === 0 && preview.updated.length === 0;
  const computing = progress !== null && !importing;
  const blockedId = `${id}-blocked`;
  const problem = file ? mappingProblem(mapping) : null;

  return (
    <section className="import-export__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Import creators from a spreadsheet</h3>
      <p className="muted">
        A CSV file with a header row and one row per account (a platform and a handle, or a profile URL). You choose what each column is and
        see exactly what would change before anything is saved.
      </p>
      <label className="button file-button">
        Import creators from CSV…
        <input ref={input} type="file" accept=".csv,text/csv" className="sr-only" onChange={(e) => void choose(e)} disabled={importing} />
      </label>

      {error && (
        <p role="alert" className="import-export__error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="import-export__done">
          {done}
        </p>
      )}
      {progress && <WorkProgressBar progress={progress} />}

      {file && (
        <div className="csv-import">
          <p className="csv-import__encoding">
            <span data-testid="csv-encoding">{encodingSentence(file.decoded)}</span>{' '}
            <label>
              Text encoding{' '}
              <select value={file.decoded.encoding} onChange={(e) => void changeEncoding(e.target.value as CsvEncoding)} disabled={importing}>
                <Options values={CSV_ENCODINGS} label={(encoding) => ENCODING_LABELS[encoding]} />
              </select>
            </label>
          </p>
          <MappingTable fileName={file.name} csv={file.csv} mapping={mapping} onChange={changeMapping} team={actor !== null} />
          {problem && (
            <p role="alert" className="import-export__error">
              {problem}
            </p>
          )}
          {preview && (
            <section aria-labelledby={`${id}-preview`} aria-busy={computing}>
              <h3 id={`${id}-preview`}>What the import would do</h3>
              <ImportPreviewView preview={preview} />
              {rejected && (
                <p id={blockedId} className="import-export__error">
                  Nothing can be imported while a row is rejected. Fix the lines listed under “Rejected” in your file, save it, and choose it again.
                </p>
              )}
              {nothingToDo && (
                <p id={blockedId} className="muted">
                  Nothing to import: every creator in this file is already on your roster as the file describes them.
                </p>
              )}
              <div className="import-export__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={rejected || nothingToDo || importing || computing}
                  aria-describedby={rejected || nothingToDo ? blockedId : undefined}
                  onClick={() => void runImport()}
                >
                  Import
                </button>
                {importing ? (
                  <button type="button" className="button" onClick={() => cancelRef.current?.abort()}>
                    Cancel import
                  </button>
                ) : (
                  <button type="button" className="button" onClick={reset}>
                    Cancel
                  </button>
                )}
              </div>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
