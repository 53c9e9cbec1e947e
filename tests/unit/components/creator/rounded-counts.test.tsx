import { render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PipelineBoard } from '@/components/pipeline/PipelineBoard';
import { RosterPage } from '@/components/roster/RosterPage';
import { exportBackup, parseBackup, restoreBackup, serializeBackup } from '@/storage/backup';
import { exportRosterCsv } from '@/storage/csv-export';
import { applyImport, previewCsvImport } from '@/storage/csv-import';
import { saveViewedProfile } from '@/storage/profiles';
import { guessMapping } from '@/utils/csv/fields';
import { parseCsv } from '@/utils/csv/parse';
import { withFreshDatabase } from '../../../helpers/db';
import { plutoReading } from '../../../helpers/readings';

// A count the page rounds ("6.2M": 6,200,000 known to the nearest 100,000) must never come out of
// the extension as an exact figure: not in the roster, not on a pipeline card, not in the CSV.

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);
const EXACT_CLAIM = /6,200,000|6200000(?!\d)/;

async function saveRounded(): Promise<string> {
  const reading = plutoReading({ platform: 'youtube', handle: 'bigchannel', url: 'https://www.youtube.com/@bigchannel', displayName: { value: 'Big Channel', source: 'json' } });
  reading.counts.followers = { value: 6_200_000, precision: 100_000, source: 'dom' };
  return (await saveViewedProfile(reading, { now: T })).creatorId;
}

/** What a sighted user reads in an element: its text without the words kept for screen readers. */
function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('.sr-only')) hidden.remove();
  return clone.textContent ?? '';
}

/** What a screen reader hears: the text with aria-hidden parts left out. */
function spokenText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return clone.textContent ?? '';
}

describe('a rounded count keeps its precision everywhere it goes', () => {
  it('the roster shows “≈6.2M”, says it is rounded, and never the exact-looking 6,200,000', async () => {
    await saveRounded();
    render(<RosterPage />);
    const row = (await screen.findByRole('link', { name: 'Big Channel' })).closest('tr')!;
    const cell = within(row).getAllByRole('cell')[2]!;
    expect(visibleText(cell).trim()).toBe('≈6.2M');
    expect(visibleText(row)).not.toMatch(EXACT_CLAIM);
    expect(spokenText(cell)).toMatch(/6\.2M \(rounded on the page: about 6,200,000, to the nearest 100,000\)/);
    expect(row).toHaveTextContent('Mega');
  });

  it('a lifetime estimate of engagement keeps its ≈ and the word “estimate” in the roster and the CSV', async () => {
    await saveRounded();
    await db().accounts.update('youtube:bigchannel', { engagementRate: 0.0123, engagementMethod: 'totals' });
    render(<RosterPage />);
    const row = (await screen.findByRole('link', { name: 'Big Channel' })).closest('tr')!;
    expect(visibleText(within(row).getAllByRole('cell')[3]!).trim()).toBe('≈1.23% estimate');
    const [header, line] = Papa.parse<string[]>((await exportRosterCsv()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(line![header!.indexOf('Engagement basis')]).toBe('estimate from lifetime totals (≈)');
  });

  it('a pipeline card shows “≈6.2M followers”', async () => {
    await saveRounded();
    render(<PipelineBoard />);
    const card = (await screen.findByRole('link', { name: 'Big Channel' })).closest('li')!;
    expect(visibleText(card)).toContain('≈6.2M followers');
    expect(visibleText(card)).not.toMatch(EXACT_CLAIM);
  });

  it('the CSV export gives the value with its precision, and importing that file reads both back', async () => {
    await saveRounded();
    const text = await exportRosterCsv();
    const [header, row] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Followers')).toBe('6200000');
    expect(cell('Followers precision')).toBe('100000');

    // The same file imported into an empty roster (another browser) keeps the precision.
    await db().delete();
    await db().open();
    const csv = parseCsv(text);
    const mapping = guessMapping(csv.columns, csv.rows);
    expect(mapping[header!.indexOf('Followers precision')]).toBe('followersPrecision');
    await applyImport(await previewCsvImport(csv, mapping), T + 1);
    expect(await db().accounts.get('youtube:bigchannel')).toMatchObject({ followers: 6_200_000, followersPrecision: 100_000 });
  });

  it('a CSV whose precision column says something else is refused with the line and field named', async () => {
    const csv = parseCsv('Platform,Handle,Followers,Followers precision\nYouTube,bigchannel,6200000,roughly\n');
    const preview = await previewCsvImport(csv, guessMapping(csv.columns, csv.rows));
    expect(preview.rejected.map((r) => [r.line, r.field])).toEqual([[2, 'followersPrecision']]);
  });

  it('a backup and its restore keep the precision', async () => {
    await saveRounded();
    const text = serializeBackup(await exportBackup(T));
    await db().accounts.clear();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await restoreBackup(parsed.backup);
    expect(await db().accounts.get('youtube:bigchannel')).toMatchObject({ followers: 6_200_000, followersPrecision: 100_000 });
  });
});
