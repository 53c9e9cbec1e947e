// How well a creator fits the brand: 0–100 from the brand profile's criteria, every component's
// points and reason listed. Criteria the user has not set, and facts the page has not shown, are
// left out of the score (and listed as such) rather than counted as zero. Pure.
import type { Platform } from '@/utils/model/reading';
import { platformName } from '../format';
import { plural, type Signal } from './authenticity';
import type { BrandProfile } from './brand-profile';
import type { EngagementResult } from './engagement';
import { describeLanguage, languageCode } from './language';
import { tierLabel, type TierResult } from './tier';
import { TIERS } from '@/utils/model/tiers';

export interface FitComponent {
  id: 'niche' | 'safety' | 'tier' | 'platform' | 'engagement' | 'language' | 'location' | 'authenticity';
  label: string;
  points: number;
  max: number;
  /** False when the criterion is not set or the fact is unknown: then it does not count. */
  scored: boolean;
  reason: string;
}

export interface FitResult {
  /** False until the user has saved a brand profile: then nothing is scored, and the fit says so. */
  profileSet: boolean;
  /** 0–100, or null when no criterion could be scored (or no brand profile is set). */
  score: number | null;
  components: FitComponent[];
  /** Set when brand safety capped the score. */
  cappedBy: string | null;
}

export interface FitInput {
  platform: Platform;
  tier: TierResult | null;
  engagement: EngagementResult;
  bio: string | null;
  captions: string[];
  /** The creator's language: set on the roster, else detected from their bio and captions (a code or a name). */
  language: string | null;
  location: string | null;
  signals: Signal[];
  profile: BrandProfile;
}

export const SAFETY_CAP = 20;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive match; "#travel" and "travel" both match the keyword "travel". */
function mentions(text: string, keyword: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(keyword.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

function whereFound(keyword: string, bio: string | null, captions: string[]): string | null {
  const inBio = bio !== null && mentions(bio, keyword);
  const inCaptions = captions.filter((c) => mentions(c, keyword)).length;
  if (!inBio && !inCaptions) return null;
  const places = [inBio && 'bio', inCaptions && `${inCaptions} caption${inCaptions > 1 ? 's' : ''}`].filter(Boolean);
  return `“${keyword}” (${places.join(', ')})`;
}

const percent = (f: number) => `${(f * 100).toFixed(2)}%`;

function niche({ profile, bio, captions }: FitInput): FitComponent {
  const base = { id: 'niche' as const, label: 'Niche keywords', max: 35 };
  if (profile.nicheKeywords.length === 0) return { ...base, points: 0, scored: false, reason: 'No niche keywords in your brand profile yet.' };
  const found = profile.nicheKeywords.map((k) => whereFound(k, bio, captions)).filter((f): f is string => f !== null);
  const needed = Math.min(3, profile.nicheKeywords.length);
  const points = Math.round((base.max * Math.min(found.length, needed)) / needed);
  const seen = `the bio and ${captions.length} caption${captions.length === 1 ? '' : 's'} seen`;
  return { ...base, points, scored: true, reason: found.length ? `Found ${found.join(', ')}.` : `None of your niche keywords in ${seen}.` };
}

function safety({ profile, bio, captions }: FitInput): FitComponent {
  const base = { id: 'safety' as const, label: 'Brand safety', max: 0, points: 0 };
  if (profile.excludedKeywords.length === 0) return { ...base, scored: false, reason: 'No excluded keywords in your brand profile.' };
  const found = profile.excludedKeywords.map((k) => whereFound(k, bio, captions)).filter((f): f is string => f !== null);
  return found.length
    ? { ...base, scored: true, reason: `Found ${found.join(', ')}: the score is capped at ${SAFETY_CAP}.` }
    : { ...base, scored: true, reason: `None of your ${profile.excludedKeywords.length} excluded keywords found.` };
}

function tierComponent({ profile, tier }: FitInput): FitComponent {
  const base = { id: 'tier' as const, label: 'Audience size', max: 15 };
  if (profile.preferredTiers.length === 0) return { ...base, points: 0, scored: false, reason: 'No preferred tiers set.' };
  if (!tier) return { ...base, points: 0, scored: false, reason: 'The follower count is not shown.' };
  const wanted = profile.preferredTiers.map(tierLabel).join(', ');
  if (profile.preferredTiers.includes(tier.tier)) return { ...base, points: 15, scored: true, reason: `${tierLabel(tier.tier)}, as preferred.` };
  const i = TIERS.indexOf(tier.tier);
  const adjacent = profile.preferredTiers.some((t) => Math.abs(TIERS.indexOf(t) - i) === 1);
  return adjacent
    ? { ...base, points: 7, scored: true, reason: `${tierLabel(tier.tier)}: next to your preferred ${wanted}.` }
    : { ...base, points: 0, scored: true, reason: `${tierLabel(tier.tier)}: you prefer ${wanted}.` };
}

function platformComponent({ profile, platform }: FitInput): FitComponent {
  const base = { id: 'platform' as const, label: 'Platform', max: 10 };
  if (profile.preferredPlatforms.length === 0) return { ...base, points: 0, scored: false, reason: 'No preferred platforms set.' };
  return profile.preferredPlatforms.includes(platform)
    ? { ...base, points: 10, scored: true, reason: `${platformName(platform)} is one of your platforms.` }
    : { ...base, points: 0, scored: true, reason: `${platformName(platform)} is not among your platforms.` };
}

function engagementComponent({ profile, engagement }: FitInput): FitComponent {
  const base = { id: 'engagement' as const, label: 'Engagement', max: 15 };
  if (profile.minEngagement === null) return { ...base, points: 0, scored: false, reason: 'No minimum engagement set.' };
  if (!engagement.available) return { ...base, points: 0, scored: false, reason: `Not measured yet: ${engagement.reason}` };
  const min = profile.minEngagement;
  const estimate = engagement.method === 'totals' ? ' (estimate)' : '';
  if (engagement.rate >= min) return { ...base, points: 15, scored: true, reason: `${percent(engagement.rate)}${estimate} meets your minimum of ${percent(min)}.` };
  if (engagement.rate >= min * 0.75) return { ...base, points: 7, scored: true, reason: `${percent(engagement.rate)}${estimate} is just under your minimum of ${percent(min)}.` };
  return { ...base, points: 0, scored: true, reason: `${percent(engagement.rate)}${estimate} is under your minimum of ${percent(min)}.` };
}

function listMatch(id: 'location', label: string, max: number, wanted: string[], known: string | null, bio: string | null): FitComponent {
  const base = { id, label, max };
  if (wanted.length === 0) return { ...base, points: 0, scored: false, reason: 'No preferred locations set.' };
  const hit = wanted.find((w) => (known !== null && mentions(known, w)) || (bio !== null && mentions(bio, w)));
  if (hit) return { ...base, points: max, scored: true, reason: `Matches “${hit}”.` };
  if (!known) return { ...base, points: 0, scored: false, reason: `The creator’s ${id} is not known: add it on the roster.` };
  return { ...base, points: 0, scored: true, reason: `${known} is not among ${wanted.join(', ')}.` };
}

/** Languages compare by ISO 639-1 code: "es" matches a brand profile's "Spanish" or "español". */
function languageComponent({ profile, language }: FitInput): FitComponent {
  const base = { id: 'language' as const, label: 'Language', max: 10 };
  if (profile.languages.length === 0) return { ...base, points: 0, scored: false, reason: 'No preferred languages set.' };
  if (!language) return { ...base, points: 0, scored: false, reason: 'The creator’s language is not known yet (detected from their bio and captions, or set on the roster).' };
  const code = languageCode(language);
  const hit = profile.languages.find((w) => (code !== null && languageCode(w) === code) || w.trim().toLowerCase() === language.trim().toLowerCase());
  const known = describeLanguage(language);
  if (hit) return { ...base, points: base.max, scored: true, reason: `${known} matches “${hit}”.` };
  return { ...base, points: 0, scored: true, reason: `${known} is not among ${profile.languages.join(', ')}.` };
}

function authenticityComponent({ signals }: FitInput): FitComponent {
  const base = { id: 'authenticity' as const, label: 'Authenticity signals', max: 10 };
  const flagged = signals.filter((s) => s.status === 'flagged');
  const checked = signals.filter((s) => s.status !== 'unknown');
  // Nothing checked is not "nothing flagged": neutral, left out of the score either way.
  if (checked.length === 0) {
    return { ...base, points: 0, scored: false, reason: `Neutral: not enough data yet for ${signals.length === 1 ? 'the check' : `any of the ${signals.length} checks`}, so this part counts neither for nor against.` };
  }
  const ran = `${checked.length} of ${plural(signals.length, 'check')} could run`;
  return {
    ...base,
    points: Math.max(0, 10 - 5 * flagged.length),
    scored: true,
    reason: flagged.length ? `${ran}; ${flagged.length} to look at: ${flagged.map((s) => s.label.toLowerCase()).join('; ')}.` : `${ran}; none flagged.`,
  };
}

export function fitScore(input: FitInput): FitResult {
  const components = [
    niche(input),
    safety(input),
    tierComponent(input),
    platformComponent(input),
    engagementComponent(input),
    languageComponent(input),
    listMatch('location', 'Location', 5, input.profile.locations, input.location, input.bio),
    authenticityComponent(input),
  ];
  const scored = components.filter((c) => c.scored && c.max > 0);
  const max = scored.reduce((sum, c) => sum + c.max, 0);
  if (max === 0) return { profileSet: true, score: null, components, cappedBy: null };
  const raw = Math.round((100 * scored.reduce((sum, c) => sum + c.points, 0)) / max);
  const unsafe = components.find((c) => c.id === 'safety' && c.scored && c.reason.startsWith('Found'));
  return { profileSet: true, score: unsafe ? Math.min(raw, SAFETY_CAP) : raw, components, cappedBy: unsafe ? unsafe.reason : null };
}

/** The fit before the user has set a brand profile: no score against criteria they never chose. */
export const NO_BRAND_PROFILE: FitResult = { profileSet: false, score: null, components: [], cappedBy: null };
