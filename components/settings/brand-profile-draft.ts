import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import type { BrandProfile } from '@/utils/scoring/brand-profile';
import { SAFETY_CAP } from '@/utils/scoring/fit';
import { DEFAULT_TIER_THRESHOLDS, tierLabel, type TierThresholds } from '@/utils/scoring/tier';
import { TIERS, type Tier } from '@/utils/model/tiers';

// The brand-profile editor's model: a draft of the profile being edited, how keywords are added,
// how the engagement floor is read, and the reducer that the form dispatches to. No React here.
export type KeywordField = 'nicheKeywords' | 'excludedKeywords' | 'languages' | 'locations';

export interface KeywordFieldInfo {
  field: KeywordField;
  legend: string;
  inputLabel: string;
  hint: string;
}

export const KEYWORD_FIELDS: readonly KeywordFieldInfo[] = [
  {
    field: 'nicheKeywords',
    legend: 'Niche keywords',
    inputLabel: 'Add a niche keyword',
    hint: 'Looked for as whole words in bios, captions and hashtags.',
  },
  {
    field: 'excludedKeywords',
    legend: 'Excluded keywords',
    inputLabel: 'Add an excluded keyword',
    hint: `Any of these found caps the fit score at ${SAFETY_CAP} (brand safety).`,
  },
  {
    field: 'languages',
    legend: 'Languages',
    inputLabel: 'Add a language',
    hint: 'A name or a code (Spanish, es): matched by language against the one set for the creator on the roster, else the one detected from their bio and captions.',
  },
  {
    field: 'locations',
    legend: 'Locations',
    inputLabel: 'Add a location',
    hint: 'Where the creator should be based: matched against their recorded location and their bio.',
  },
];

// The same limits as BrandProfileSchema's keyword lists, checked here so the user sees why.
export const KEYWORD_MAX_LENGTH = 60;
export const KEYWORD_MAX_COUNT = 200;

export const grouped = new Intl.NumberFormat('en-US');

/** "Micro (10,000–100,000)" */
export function tierChoiceLabel(tier: Tier, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): string {
  const ranges: Record<Tier, string> = {
    nano: `under ${grouped.format(t.micro)}`,
    micro: `${grouped.format(t.micro)}–${grouped.format(t.mid)}`,
    mid: `${grouped.format(t.mid)}–${grouped.format(t.macro)}`,
    macro: `${grouped.format(t.macro)}–${grouped.format(t.mega)}`,
    mega: `${grouped.format(t.mega)} or more`,
  };
  return `${tierLabel(tier)} (${ranges[tier]})`;
}

// Minimum engagement is stored as a fraction and edited as a percentage. toPrecision(12) drops
// binary noise (1.1 / 100 is 0.011000000000000001) without rounding away anything a person typed.
export function percentToFraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export function fractionToPercentText(fraction: number | null): string {
  return fraction === null ? '' : String(Number((fraction * 100).toPrecision(12)));
}

export type EngagementReading = { ok: true; value: number | null } | { ok: false; error: string };

export function readMinEngagement(text: string, unreadable: boolean): EngagementReading {
  if (unreadable) return { ok: false, error: 'Enter a number, like 1.5, or leave it empty.' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const percent = Number(trimmed);
  if (!Number.isFinite(percent)) return { ok: false, error: 'Enter a number, like 1.5, or leave it empty.' };
  if (percent < 0 || percent > 100) return { ok: false, error: 'Enter a percentage from 0 to 100.' };
  return { ok: true, value: percentToFraction(percent) };
}

export interface FieldMessage {
  tone: 'error' | 'note';
  text: string;
}

export interface Draft {
  lists: Record<KeywordField, string[]>;
  /** What is typed in each keyword input but not yet added. */
  pending: Record<KeywordField, string>;
  tiers: Tier[];
  platforms: Platform[];
  /** As typed, in percent. */
  minEngagement: string;
  /** The browser could not read the number input's text (e.g. "1e"); its value is then "". */
  minEngagementUnreadable: boolean;
}

export const NO_PENDING: Record<KeywordField, string> = { nicheKeywords: '', excludedKeywords: '', languages: '', locations: '' };

export function toDraft(profile: BrandProfile): Draft {
  return {
    lists: {
      nicheKeywords: [...profile.nicheKeywords],
      excludedKeywords: [...profile.excludedKeywords],
      languages: [...profile.languages],
      locations: [...profile.locations],
    },
    pending: { ...NO_PENDING },
    tiers: TIERS.filter((tier) => profile.preferredTiers.includes(tier)),
    platforms: PLATFORMS.filter((platform) => profile.preferredPlatforms.includes(platform)),
    minEngagement: fractionToPercentText(profile.minEngagement),
    minEngagementUnreadable: false,
  };
}

/** The profile the draft describes, or null while the minimum engagement is invalid. */
export function profileOf(draft: Draft): BrandProfile | null {
  const engagement = readMinEngagement(draft.minEngagement, draft.minEngagementUnreadable);
  if (!engagement.ok) return null;
  return {
    nicheKeywords: draft.lists.nicheKeywords,
    excludedKeywords: draft.lists.excludedKeywords,
    languages: draft.lists.languages,
    locations: draft.lists.locations,
    preferredTiers: draft.tiers,
    preferredPlatforms: draft.platforms,
    minEngagement: engagement.value,
  };
}

export const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

export function sameProfile(a: BrandProfile, b: BrandProfile): boolean {
  return (
    sameList(a.nicheKeywords, b.nicheKeywords) &&
    sameList(a.excludedKeywords, b.excludedKeywords) &&
    sameList(a.languages, b.languages) &&
    sameList(a.locations, b.locations) &&
    sameSet(a.preferredTiers, b.preferredTiers) &&
    sameSet(a.preferredPlatforms, b.preferredPlatforms) &&
    a.minEngagement === b.minEngagement
  );
}

export function draftDiffers(draft: Draft, saved: BrandProfile): boolean {
  if (Object.values(draft.pending).some((text) => text.trim() !== '')) return true;
  const profile = profileOf(draft);
  return profile === null || !sameProfile(profile, saved);
}

export interface AddResult {
  list: string[];
  /** Text that could not be added and stays in the input for the user to fix. */
  rejected: string[];
  message: FieldMessage | null;
}

/** Add keywords to a list: trimmed, empty ones skipped, duplicates ignored regardless of case. */
export function addKeywords(list: readonly string[], candidates: readonly string[]): AddResult {
  const next = [...list];
  const rejected: string[] = [];
  let message: FieldMessage | null = null;
  for (const candidate of candidates) {
    const keyword = candidate.trim();
    if (keyword === '') continue;
    if (keyword.length > KEYWORD_MAX_LENGTH) {
      rejected.push(keyword);
      message = {
        tone: 'error',
        text: `Keep each entry to ${KEYWORD_MAX_LENGTH} characters or fewer (this one has ${keyword.length}).`,
      };
    } else if (next.some((existing) => existing.toLowerCase() === keyword.toLowerCase())) {
      message ??= { tone: 'note', text: `“${keyword}” is already in the list.` };
    } else if (next.length >= KEYWORD_MAX_COUNT) {
      rejected.push(keyword);
      message = { tone: 'error', text: `The list is full: at most ${KEYWORD_MAX_COUNT} entries.` };
    } else {
      next.push(keyword);
    }
  }
  return { list: next, rejected, message };
}

export interface Notice {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export interface EditorState {
  /** What storage holds, as last read. */
  saved: BrandProfile | null;
  draft: Draft | null;
  messages: Partial<Record<KeywordField, FieldMessage>>;
  notice: Notice | null;
}

export type Action =
  | { type: 'loaded'; profile: BrandProfile }
  | { type: 'stored'; profile: BrandProfile }
  | { type: 'saved'; profile: BrandProfile; notice: Notice }
  | { type: 'typed'; field: KeywordField; value: string }
  | { type: 'commit'; field: KeywordField }
  | { type: 'remove'; field: KeywordField; keyword: string }
  | { type: 'tier'; tier: Tier; on: boolean }
  | { type: 'platform'; platform: Platform; on: boolean }
  | { type: 'minEngagement'; value: string; unreadable: boolean }
  | { type: 'checked'; draft: Draft; messages: Partial<Record<KeywordField, FieldMessage>>; notice: Notice | null };

/** Add `candidates` to a keyword list; what cannot be added goes back into the input with `rest`. */
export function commitKeywords(state: EditorState, draft: Draft, field: KeywordField, candidates: string[], rest: string): EditorState {
  const result = addKeywords(draft.lists[field], candidates);
  const pending = [...result.rejected, rest].filter((text) => text.trim() !== '').join(', ');
  return {
    ...state,
    draft: { ...draft, lists: { ...draft.lists, [field]: result.list }, pending: { ...draft.pending, [field]: pending } },
    messages: { ...state.messages, [field]: result.message ?? undefined },
    notice: null,
  };
}

export function reducer(state: EditorState, action: Action): EditorState {
  if (action.type === 'loaded') {
    // The watcher may already have delivered something newer.
    return state.saved ? state : { ...state, saved: action.profile, draft: toDraft(action.profile) };
  }
  if (action.type === 'stored') {
    const { draft, saved } = state;
    if (!draft || !saved) return { ...state, saved: action.profile, draft: toDraft(action.profile) };
    const incoming = action.profile;
    const matchesDraft = !draftDiffers(draft, incoming);
    if (!draftDiffers(draft, saved) || matchesDraft) return { ...state, saved: incoming, draft: matchesDraft ? draft : toDraft(incoming) };
    // Changed in another tab while the user has edits here: keep their edits, say so.
    return {
      ...state,
      saved: incoming,
      notice: { tone: 'info', text: 'The brand profile was changed elsewhere. Your edits are kept; saving them replaces that change.' },
    };
  }
  if (action.type === 'saved') {
    return { saved: action.profile, draft: toDraft(action.profile), messages: {}, notice: action.notice };
  }
  if (action.type === 'checked') {
    return { ...state, draft: action.draft, messages: action.messages, notice: action.notice };
  }
  const { draft } = state;
  if (!draft) return state;
  switch (action.type) {
    case 'typed': {
      // A comma ends a keyword, whether typed or pasted ("travel, food, hiking").
      const parts = action.value.split(',');
      const rest = parts.pop() ?? '';
      if (parts.length > 0) return commitKeywords(state, draft, action.field, parts, rest.trimStart());
      // A message stays only while it is still true: an over-long entry that is still over-long.
      const stillTooLong = state.messages[action.field]?.tone === 'error' && action.value.trim().length > KEYWORD_MAX_LENGTH;
      const messages = stillTooLong ? state.messages : { ...state.messages, [action.field]: undefined };
      return { ...state, draft: { ...draft, pending: { ...draft.pending, [action.field]: action.value } }, messages, notice: null };
    }
    case 'commit':
      return commitKeywords(state, draft, action.field, [draft.pending[action.field]], '');
    case 'remove':
      return {
        ...state,
        draft: { ...draft, lists: { ...draft.lists, [action.field]: draft.lists[action.field].filter((k) => k !== action.keyword) } },
        messages: { ...state.messages, [action.field]: undefined },
        notice: null,
      };
    case 'tier':
      return {
        ...state,
        draft: { ...draft, tiers: TIERS.filter((tier) => (tier === action.tier ? action.on : draft.tiers.includes(tier))) },
        notice: null,
      };
    case 'platform':
      return {
        ...state,
        draft: {
          ...draft,
          platforms: PLATFORMS.filter((platform) => (platform === action.platform ? action.on : draft.platforms.includes(platform))),
        },
        notice: null,
      };
    case 'minEngagement':
      return { ...state, draft: { ...draft, minEngagement: action.value, minEngagementUnreadable: action.unreadable }, notice: null };
  }
}
