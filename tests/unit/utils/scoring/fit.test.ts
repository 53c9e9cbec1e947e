import { describe, expect, it } from 'vitest';
import type { Signal } from '@/utils/scoring/authenticity';
import { DEFAULT_BRAND_PROFILE, type BrandProfile } from '@/utils/scoring/brand-profile';
import type { EngagementResult } from '@/utils/scoring/engagement';
import { fitScore, type FitInput } from '@/utils/scoring/fit';
import { tierFor } from '@/utils/scoring/tier';

const engagement = (rate: number): EngagementResult => ({
  available: true, rate, method: 'followers', formula: '', average: 'median', postsUsed: [], postsSkipped: [], confidence: 'high', note: '',
});
const clear: Signal[] = [{ id: 'follow-ratio', label: 'x', status: 'clear', evidence: '' }];
const profile = (patch: Partial<BrandProfile>): BrandProfile => ({ ...DEFAULT_BRAND_PROFILE, ...patch });
const input = (patch: Partial<FitInput>): FitInput => ({
  platform: 'instagram',
  tier: tierFor(45_000),
  engagement: engagement(0.02),
  bio: 'Travel photographer based in Lisbon',
  captions: ['Sunrise in Porto #travel #portugal', 'New lens day'],
  language: 'Portuguese',
  location: null,
  signals: clear,
  profile: profile({ nicheKeywords: ['travel', 'photography', 'food'], languages: ['Portuguese'], locations: ['Lisbon'] }),
  ...patch,
});
const component = (r: ReturnType<typeof fitScore>, id: string) => r.components.find((c) => c.id === id)!;

describe('fitScore', () => {
  it('adds each component’s points, with reasons (worked example)', () => {
    const result = fitScore(input({}));
    // niche: "travel" (bio, 1 caption) of 3 needed → 35 × 1/3 = 11.67 → 12
    expect(component(result, 'niche')).toMatchObject({ points: 12, max: 35, reason: 'Found “travel” (bio, 1 caption).' });
    expect(component(result, 'tier')).toMatchObject({ points: 15, reason: 'Micro, as preferred.' });
    expect(component(result, 'platform')).toMatchObject({ points: 10 });
    expect(component(result, 'engagement')).toMatchObject({ points: 15, reason: '2.00% meets your minimum of 1.00%.' });
    expect(component(result, 'language')).toMatchObject({ points: 10, reason: 'Portuguese (pt) matches “Portuguese”.' });
    expect(component(result, 'location')).toMatchObject({ points: 5, reason: 'Matches “Lisbon”.' }); // from the bio
    expect(component(result, 'authenticity')).toMatchObject({ points: 10 });
    // (12 + 15 + 10 + 15 + 10 + 5 + 10) / (35 + 15 + 10 + 15 + 10 + 5 + 10) = 77 / 100
    expect(result.score).toBe(77);
    expect(result.cappedBy).toBeNull();
  });

  it('caps the score when a brand-safety keyword appears', () => {
    const result = fitScore(input({ captions: ['Big night at the casino'] }));
    expect(result.score).toBe(20);
    expect(result.cappedBy).toBe('Found “casino” (1 caption): the score is capped at 20.');
  });

  it('leaves out what is not set or not known, instead of counting it as zero', () => {
    const result = fitScore(input({ engagement: { available: false, reason: 'No post metrics yet.' }, language: null, profile: profile({ languages: ['French'] }) }));
    expect(component(result, 'engagement')).toMatchObject({ scored: false, reason: 'Not measured yet: No post metrics yet.' });
    expect(component(result, 'language')).toMatchObject({ scored: false, reason: 'The creator’s language is not known yet (detected from their bio and captions, or set on the roster).' });
    expect(component(result, 'niche')).toMatchObject({ scored: false, reason: 'No niche keywords in your brand profile yet.' });
    // tier 15 + platform 10 + authenticity 10 = 35 of 35
    expect(result.score).toBe(100);
  });

  it('gives half points to a tier next to a preferred one, and uses whole words only', () => {
    const result = fitScore(input({ tier: tierFor(150_000), profile: profile({ preferredTiers: ['micro'], nicheKeywords: ['art'] }), bio: 'Party starter', captions: [] }));
    expect(component(result, 'tier')).toMatchObject({ points: 7, reason: 'Mid-tier: next to your preferred Micro.' });
    expect(component(result, 'niche')).toMatchObject({ points: 0, reason: 'None of your niche keywords in the bio and 0 captions seen.' });
  });

  it('cannot score with no criteria at all', () => {
    const none = profile({ excludedKeywords: [], preferredTiers: [], preferredPlatforms: [], minEngagement: null });
    expect(fitScore(input({ profile: none, signals: [] })).score).toBeNull();
  });
});

describe('fit: language by code', () => {
  it.each([
    ['es', 'Spanish'],
    ['es-MX', 'Spanish'],
    ['Spanish', 'es'],
    ['español', 'Spanish'],
    ['pt', 'Português'],
    ['DE', 'German'],
  ])('the creator’s %s matches the brand profile’s %s', (creator, wanted) => {
    const result = fitScore(input({ language: creator, profile: profile({ languages: [wanted] }) }));
    expect(component(result, 'language')).toMatchObject({ scored: true, points: 10 });
  });

  it('a different language scores nothing and names both', () => {
    const result = fitScore(input({ language: 'en', profile: profile({ languages: ['Spanish', 'pt'] }) }));
    expect(component(result, 'language')).toMatchObject({ scored: true, points: 0, reason: 'English (en) is not among Spanish, pt.' });
  });
});

describe('fit: authenticity when nothing could be checked', () => {
  it('is neutral and says so; when checks ran, it says how many, with the right plural', () => {
    const unknown = [{ id: 'follow-ratio' as const, label: 'Follows many', status: 'unknown' as const, evidence: '' }];
    expect(component(fitScore(input({ signals: unknown })), 'authenticity')).toMatchObject({
      scored: false,
      reason: 'Neutral: not enough data yet for the check, so this part counts neither for nor against.',
    });
    const one = [{ id: 'follow-ratio' as const, label: 'Follows many', status: 'clear' as const, evidence: '' }];
    expect(component(fitScore(input({ signals: one })), 'authenticity')).toMatchObject({ scored: true, points: 10, reason: '1 of 1 check could run; none flagged.' });
  });
});
