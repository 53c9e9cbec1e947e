import { render, screen, within } from '@testing-library/react';
import { senderDetails } from '@/utils/browser/sender-store';
import { EMPTY_SENDER } from '@/utils/model/sender';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportExportPage } from '@/components/import-export/ImportExportPage';
import { exportBackup, parseBackup, serializeBackup } from '@/storage/backup';
import { quickEditCreator } from '@/storage/creators';
import { saveViewedProfile } from '@/storage/profiles';
import { withFreshDatabase } from '../../../helpers/db';
import { captureDownloads } from '../../../helpers/downloads';
import { plutoReading } from '../../../helpers/readings';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 12);

function csvFile(lines: string[], name = 'roster.csv'): File {
  return new File([lines.join('\r\n')], name, { type: 'text/csv' });
}

const column = (name: string) => screen.getByRole('combobox', { name: new RegExp(`^Column “${name}”`) });

describe('ImportExportPage: CSV import', () => {
  it('guesses the mapping, previews, refuses a file with a rejected row, then imports a good file', async () => {
    const user = userEvent.setup();
    render(<ImportExportPage />);
    expect(screen.getByRole('heading', { level: 2, name: 'Import and export' })).toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Import creators from CSV…'),
      csvFile([
        'Full name,Username,Subscribers,Contact',
        'Ana Souza,ana.travels,12.3K,ana@example.com',
        'Bo <b>bold</b>,bo_tt,lots,bo@example.com',
        'Ana Souza,@ana.travels,,ana@example.com',
      ]),
    );

    // The guessed mapping, each select named by its column and a sample value.
    expect(await screen.findByRole('combobox', { name: 'Column “Username” (e.g. “ana.travels”)' })).toHaveValue('handle');
    expect(column('Full name')).toHaveValue('name');
    expect(column('Subscribers')).toHaveValue('followers');
    expect(column('Contact')).toHaveValue('email');
    // Handles without a platform cannot be matched to an account.
    expect(await screen.findByRole('heading', { name: 'Rejected (4)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Rejected (4)' })).toHaveTextContent('Line 2, Platform: missing: the handle “ana.travels” needs its platform.');

    // The usernames are Instagram's: say so, and only Bo's unreadable followers are left.
    await user.selectOptions(column('Username'), 'Instagram handle or URL');
    expect(await screen.findByRole('heading', { name: 'Rejected (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'New creators (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Updated (0)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Duplicates (1)' })).toBeInTheDocument();
    expect(screen.getByTestId('preview-summary')).toHaveTextContent('3 rows read: 1 new creator, 0 creators to update, 1 rejected row, 1 duplicate.');
    const rejected = screen.getByRole('region', { name: 'Rejected (1)' });
    expect(within(rejected).getByRole('listitem')).toHaveTextContent('Line 3, Followers: “lots” is not a number of followers (write it like 12345, 12,345 or 12.3K).');
    expect(screen.getByRole('region', { name: 'New creators (1)' })).toHaveTextContent('Ana Souza — Instagram @ana.travels (lines 2, 4)');
    expect(screen.getByRole('region', { name: 'Duplicates (1)' })).toHaveTextContent('Line 4 is the same account as line 2 (Instagram @ana.travels): merged into it.');
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    expect(importButton).toHaveAccessibleDescription(/Nothing can be imported while a row is rejected\. Fix the lines listed under “Rejected”/);
    expect(await db().creators.count()).toBe(0);

    // A fixed file imports, and the page says how many.
    await user.upload(
      screen.getByLabelText('Import creators from CSV…'),
      csvFile(['Full name,Network,Username,Subscribers,E-mail', 'Ana Souza,Instagram,ana.travels,12.3K,ana@example.com', 'Bo <b>bold</b>,TikTok,bo_tt,,bo@example.com']),
    );
    expect(await screen.findByRole('heading', { name: 'New creators (2)' })).toBeInTheDocument();
    expect(column('E-mail')).toHaveValue('email');
    // Text from the file is shown as text, never as markup.
    expect(screen.getByText('Bo <b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('.import-preview b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 2 new creators added, 0 creators updated, 2 accounts added.')).toHaveAttribute('role', 'status');
    expect((await db().creators.toArray()).sort((a, b) => a.displayName.localeCompare(b.displayName)).map((c) => [c.displayName, c.contact.email])).toEqual([
      ['Ana Souza', 'ana@example.com'],
      ['Bo <b>bold</b>', 'bo@example.com'],
    ]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the changes to a saved creator, linked to their page', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const user = userEvent.setup();
    render(<ImportExportPage />);
    await user.upload(screen.getByLabelText('Import creators from CSV…'), csvFile(['Profile URL,Stage', 'https://www.instagram.com/pluto__travel/,Contacted']));
    const updated = await screen.findByRole('region', { name: 'Updated (1)' });
    expect(within(updated).getByRole('link', { name: 'Pluto' })).toHaveAttribute('href', `#/creator/${creatorId}`);
    expect(updated).toHaveTextContent('Status: Shortlisted → Contacted');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 0 new creators added, 1 creator updated.')).toHaveAttribute('role', 'status');
    expect(await db().creators.get(creatorId)).toMatchObject({ status: 'contacted' });
  });

  it('says what is wrong with a file it cannot import', async () => {
    const user = userEvent.setup();
    render(<ImportExportPage />);
    await user.upload(screen.getByLabelText('Import creators from CSV…'), csvFile(['Name,Handle']));
    expect(await screen.findByRole('alert')).toHaveTextContent('“roster.csv” has no rows to import under its header.');
    await user.upload(screen.getByLabelText('Import creators from CSV…'), csvFile(['Name,City', 'Ana,Lisbon']));
    expect(await screen.findByRole('alert')).toHaveTextContent(/No column is set to Handle, Profile URL or a platform/);
  });
});

describe('ImportExportPage: backup and restore', () => {
  it('shows what a backup holds and restores it only after “Replace everything with this backup”', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    await senderDetails.set({ ...EMPTY_SENDER, name: 'Sam Rivera', brandName: 'Northwind' });
    const backup = await exportBackup(T);
    await senderDetails.set(EMPTY_SENDER);
    await quickEditCreator(creatorId, { status: 'contacted' }, T + 1000);
    await saveViewedProfile(plutoReading({ handle: 'someone_else', url: 'https://www.instagram.com/someone_else/' }), { now: T + 2000 });
    const file = new File([serializeBackup(backup)], 'my-backup.json', { type: 'application/json' });
    const user = userEvent.setup();
    render(<ImportExportPage />);

    await user.upload(screen.getByLabelText('Restore a backup…'), file);
    const confirm = await screen.findByRole('group', { name: 'Restore “my-backup.json”?' });
    expect(confirm).toHaveTextContent(/This backup was made on Nov 20, 2026/);
    expect(within(confirm).getByText('Creators').nextElementSibling).toHaveTextContent('1');
    expect(within(confirm).getByText('Timeline entries').nextElementSibling).toHaveTextContent('1');
    expect(within(confirm).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Your sender details (Sam Rivera, Northwind)',
      // Made before the user set a brand profile: the backup says so rather than inventing one.
      'No brand profile (fit criteria) set',
      'No saved roster views',
      'The in-page badge on every site',
      'The feed chips on every site',
    ]);
    expect(confirm).toHaveTextContent('Restoring replaces everything Creator Scout holds now (2 creators, 2 accounts, 2 snapshots, 3 timeline entries) with this backup.');

    // Cancel changes nothing.
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(await db().creators.count()).toBe(2);

    await user.upload(screen.getByLabelText('Restore a backup…'), file);
    await user.click(await screen.findByRole('button', { name: 'Replace everything with this backup' }));
    expect(await screen.findByText(/^Restored the backup from Nov 20, 2026.*: 1 creator, 1 account, 1 snapshot, 1 timeline entry\.$/)).toBeInTheDocument();
    expect(await db().creators.toArray()).toEqual(backup.tables.creators);
    expect(await db().accounts.get('instagram:someone_else')).toBeUndefined();
    expect(await senderDetails.get()).toMatchObject({ name: 'Sam Rivera', brandName: 'Northwind' });
  });

  it('restores a backup larger than a spreadsheet may be, and says in words when one is too large or cannot be read', async () => {
    await saveViewedProfile(plutoReading(), { now: T });
    const text = serializeBackup(await exportBackup(T));
    const MB = 1024 * 1024;
    // The page decides from the size the browser reports, before reading a byte.
    const sized = (name: string, bytes: number) => Object.defineProperty(new File([text], name, { type: 'application/json' }), 'size', { value: bytes });
    const user = userEvent.setup();
    render(<ImportExportPage />);

    // 100,000 creators make a backup of about 300 MB: more than the 100 MB a CSV file may be.
    await user.upload(screen.getByLabelText('Restore a backup…'), sized('roster-100k.json', 300 * MB));
    const confirm = await screen.findByRole('group', { name: 'Restore “roster-100k.json”?' });
    expect(within(confirm).getByText('Creators').nextElementSibling).toHaveTextContent('1');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));

    await user.upload(screen.getByLabelText('Restore a backup…'), sized('huge.json', 600 * MB));
    expect(await screen.findByRole('alert')).toHaveTextContent('“huge.json” is 600 MB; Creator Scout restores backups up to 500 MB.');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();

    const gone = Object.defineProperty(new File([text], 'moved.json', { type: 'application/json' }), 'text', {
      value: () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError')),
    });
    await user.upload(screen.getByLabelText('Restore a backup…'), gone);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^“moved\.json” \(0 MB\) could not be read\. Check that the file is still there;/);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('Import creators from CSV…'), Object.defineProperty(csvFile(['Name,Handle']), 'size', { value: 150 * MB }));
    expect(await screen.findByText('“roster.csv” is 150 MB; Creator Scout reads files up to 100 MB.')).toHaveAttribute('role', 'alert');
    expect(await db().creators.count()).toBe(1);
  });

  it('refuses a file that is not a backup, in words', async () => {
    const user = userEvent.setup();
    render(<ImportExportPage />);
    await user.upload(screen.getByLabelText('Restore a backup…'), new File(['{"format":"creator-scout-backup","version":7}'], 'future.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This backup was made by a newer version of Creator Scout (backup format 7; this version reads format 1). Update Creator Scout, then restore it.');
    expect(screen.queryByRole('button', { name: 'Replace everything with this backup' })).not.toBeInTheDocument();
  });

  it('downloads the backup and the roster as files made on this computer', async () => {
    await saveViewedProfile(plutoReading(), { now: T });
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ImportExportPage />);

    await user.click(screen.getByRole('button', { name: 'Download backup (JSON)' }));
    expect(await screen.findByText(/^Saved “creator-scout-backup-\d{4}-\d\d-\d\d\.json” to your downloads: 1 creator, 1 account, 1 snapshot, 1 timeline entry\.$/)).toHaveAttribute('role', 'status');
    const parsed = parseBackup(await downloads[0]!.blob.text());
    expect(parsed.ok && parsed.backup.tables.creators.map((c) => c.displayName)).toEqual(['Pluto']);

    await user.click(screen.getByRole('button', { name: 'Download roster (CSV)' }));
    expect(await screen.findByText(/^Saved “creator-scout-roster-\d{4}-\d\d-\d\d\.csv” to your downloads\.$/)).toBeInTheDocument();
    expect(downloads[1]!.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await downloads[1]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await downloads[1]!.blob.text()).toContain('Pluto,Instagram,pluto__travel');
  });
});
