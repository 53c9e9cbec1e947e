// The roster as a CSV file for spreadsheets (the format itself is in utils/csv/export.ts).
import { rosterCsv } from '@/utils/csv/export';
import { localDate } from '@/utils/date-input';
import { database } from './db';

/** Every creator with their accounts as CSV text, read in one transaction. */
export async function exportRosterCsv(): Promise<string> {
  const db = database();
  const [creators, accounts] = await db.transaction('r', [db.creators, db.accounts], () =>
    Promise.all([db.creators.toArray(), db.accounts.toArray()]),
  );
  return rosterCsv(creators, accounts);
}

export function rosterCsvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

export function rosterCsvFileName(now: number): string {
  return `creator-scout-roster-${localDate(now)}.csv`;
}
