import { useId, useState } from 'react';
import { backupBlob, backupFileName, countsOf, exportBackup, type WorkProgress, countsText } from '@/storage/backup';
import { exportRosterCsv, rosterCsvBlob, rosterCsvFileName } from '@/storage/csv-export';
import { storageErrorMessage } from '@/utils/model/errors';
import { CsvImport } from './CsvImport';
import { downloadFile } from './download';
import { RestoreBackup } from './RestoreBackup';
import { WorkProgressBar } from './WorkProgressBar';
import './import-export.css';

/** The options page's import and export: a full backup and its restore, the roster as CSV, and a CSV import. */
export function ImportExportPage() {
  const id = useId();
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (work: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (e) {
      setMessage({ text: storageErrorMessage(e), error: true });
    } finally {
      setProgress(null);
    }
  };

  const downloadBackup = () =>
    run(async () => {
      const now = Date.now();
      const backup = await exportBackup(now, setProgress);
      const name = backupFileName(now);
      downloadFile(backupBlob(backup), name);
      performance.mark('creator-scout:backup-saved'); // the file handed to the browser (npm run bench)
      return `Saved “${name}” to your downloads: ${countsText(countsOf(backup))}.`;
    });

  const downloadRoster = () =>
    run(async () => {
      setProgress({ phase: 'Reading your roster', done: 0, total: 1 });
      const name = rosterCsvFileName(Date.now());
      downloadFile(rosterCsvBlob(await exportRosterCsv()), name);
      return `Saved “${name}” to your downloads.`;
    });

  const busy = progress !== null;
  return (
    <section className="import-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import and export</h2>
      <p className="muted">Everything stays on this computer: files are made and read here, and nothing is sent anywhere.</p>

      <section className="import-export__section" aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>Export</h3>
        <p className="muted">
          The backup is every creator, account, snapshot, post, timeline entry, template, agreement, reminder and campaign, with your
          sender details, fit criteria, saved views and badge settings, in one JSON file that “Restore a backup…” puts back. The roster CSV has one row per account, for Excel, Numbers or Google Sheets.
        </p>
        <div className="import-export__actions">
          <button type="button" className="button button--primary" onClick={() => void downloadBackup()} disabled={busy}>
            Download backup (JSON)
          </button>
          <button type="button" className="button" onClick={() => void downloadRoster()} disabled={busy}>
            Download roster (CSV)
          </button>
        </div>
        {progress && <WorkProgressBar progress={progress} />}
        {message && (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'import-export__error' : 'import-export__done'}>
            {message.text}
          </p>
        )}
      </section>

      <RestoreBackup />
      <CsvImport />
    </section>
  );
}
