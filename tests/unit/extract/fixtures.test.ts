import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '@/utils/extract/adapters';
import { COUNT_KEYS, textValue } from '@/utils/extract/extraction';
import { listFixtures, parsePage } from '../../helpers/fixtures';

// One data-driven test over every real saved page in tests/fixtures. Each page is checked twice:
// against the ground truth read from it by hand (meta.json), and against its reviewed expected.json
// (regenerate with `npm run fixtures:update`, then review the diff).

const fixtures = listFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const url = new URL(fixture.meta.url);
  const adapter = adapterForUrl(url);
  const reading = adapter?.extract(parsePage(fixture.html, fixture.meta.url), url);
  const truth = fixture.meta.groundTruth;

  it('is read by its platform’s adapter', () => {
    expect(adapter).not.toBeNull();
    expect(reading?.platform).toBe(fixture.name.split('/')[0]);
  });

  it('matches the ground truth read by hand', () => {
    if (typeof truth.handle === 'string') expect(reading?.handle).toBe(truth.handle);
    if (typeof truth.displayName === 'string') expect(textValue(reading!.displayName)).toBe(truth.displayName);
    if (typeof truth.bio === 'string') expect(textValue(reading!.bio)).toBe(truth.bio);
    for (const key of COUNT_KEYS) {
      if (typeof truth[key] === 'number') expect(reading?.counts[key]).toMatchObject({ value: truth[key] });
    }
  });

  it('matches its reviewed expected.json', async () => {
    await expect(`${JSON.stringify(reading, null, 2)}\n`).toMatchFileSnapshot(fixture.expectedPath);
  });
});

it('has real pages to test', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});
