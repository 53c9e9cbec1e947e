import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '@/utils/platforms/adapters';
import type { CountField, MeasuredCount } from '@/utils/model/reading';
import { COUNT_KEYS, POST_COUNT_KEYS, textValue } from '@/utils/model/reading-fields';
import { listFixtures, parsePage } from '../../../../helpers/fixtures';

// One data-driven test over every real saved page in tests/fixtures. Each page is checked twice:
// against the ground truth read from it by hand (meta.json), and against its reviewed expected.json
// (regenerate with `npm run fixtures:update`, then review the diff). Run one page alone with
// `npx vitest run tests/unit/utils/platforms/extract/fixtures.test.ts -t <folder name>`.

type Expected = number | { value: number; precision: number } | { missing: true };

function expectCount(field: CountField | MeasuredCount | undefined, expected: Expected, label: string) {
  if (typeof expected === 'number') expect(field, label).toMatchObject({ value: expected, precision: 1 });
  else if ('missing' in expected) expect(field, label).toEqual({ missing: expect.any(String) });
  else expect(field, label).toMatchObject(expected);
}

interface PostTruth {
  id: string;
  postedAt?: string;
  sponsored?: boolean;
  author?: string;
  [count: string]: Expected | string | boolean | undefined;
}

const fixtures = listFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const url = new URL(fixture.meta.url);
  const adapter = adapterForUrl(url);
  const reading = adapter?.extract(parsePage(fixture.html, fixture.meta.url), url);
  const truth = fixture.meta.groundTruth;

  it('is read by its platform’s adapter', () => {
    expect(adapter?.platform).toBe(fixture.platform);
    expect(reading?.platform).toBe(fixture.platform);
  });

  it('matches the ground truth read by hand', () => {
    if (!reading) throw new Error('no reading');
    if (typeof truth.pageType === 'string') expect(reading.pageType).toBe(truth.pageType);
    if (typeof truth.handle === 'string') expect(reading.handle).toBe(truth.handle);
    if (typeof truth.displayName === 'string') expect(textValue(reading.displayName)).toBe(truth.displayName);
    if (typeof truth.bio === 'string') expect(textValue(reading.bio)).toBe(truth.bio);
    if (typeof truth.verified === 'boolean') expect(reading.verified).toBe(truth.verified);
    for (const key of COUNT_KEYS) {
      if (truth[key] !== undefined) expectCount(reading.counts[key], truth[key] as Expected, key);
    }
    if (typeof truth.postItems === 'number') expect(reading.posts).toHaveLength(truth.postItems);
    // Collaboration posts: every credited channel, the uploader (the reading's handle) first.
    if (Array.isArray(truth.collaborators)) {
      expect(reading.posts[0]?.collaborators?.map((c) => c.handle)).toEqual(truth.collaborators);
      expect(reading.handle).toBe(truth.collaborators[0]);
    } else {
      for (const post of reading.posts) expect(post.collaborators, `${post.id} collaborators`).toBeUndefined();
    }
    // Live streams: viewers watching now are their own reading, never views.
    if (truth.liveViewers !== undefined) expectCount(reading.posts[0]?.liveViewers, truth.liveViewers as Expected, 'live viewers');
    else for (const post of reading.posts) expect(post.liveViewers, `${post.id} live viewers`).toBeUndefined();
    for (const sample of (truth.postSamples as PostTruth[] | undefined) ?? []) {
      const post = reading.posts.find((p) => p.id === sample.id);
      expect(post, `post ${sample.id}`).toBeDefined();
      for (const key of POST_COUNT_KEYS) {
        if (sample[key] !== undefined) expectCount(post!.counts[key], sample[key] as Expected, `${sample.id} ${key}`);
      }
      if (sample.postedAt) expect(new Date(post!.postedAt ?? NaN).toISOString()).toMatch(new RegExp(`^${sample.postedAt}`));
      if (sample.sponsored !== undefined) expect(post!.sponsored).toBe(sample.sponsored);
      if (sample.author) expect(post!.author).toBe(sample.author);
    }
  });

  it('matches its reviewed expected.json', async () => {
    await expect(`${JSON.stringify(reading, null, 2)}\n`).toMatchFileSnapshot(fixture.expectedPath);
  });
});

it('has real pages to test', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});
