// The small preferences kept in extension storage rather than the database (DESIGN.md), which a
// backup carries along with the records: without them a restored roster would lose its fit
// criteria, saved views and the sender details its templates fill in.
import * as z from 'zod/mini';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { platformName } from '@/utils/format';
import { savedViews, SavedViewSchema, type SavedView } from '@/utils/browser/roster-views-store';
import { BrandProfileSchema, type BrandProfile } from '@/utils/scoring/brand-profile';
import { senderDetails } from '@/utils/browser/sender-store';
import { SenderDetailsSchema, type SenderDetails } from '@/utils/model/sender';
import { badgeHiddenOn } from '@/utils/browser/settings';
import { feedChipsHiddenOn } from '@/utils/browser/feed-settings';

export interface BackupPreferences {
  senderDetails: SenderDetails;
  /** Null when the user had not set one. */
  brandProfile: BrandProfile | null;
  rosterViews: SavedView[];
  badgeHiddenOn: Platform[];
  /** Sites where the feed chips are off; absent in backups made before it was included (restoring one leaves the current setting). */
  feedChipsHiddenOn?: Platform[];
}

const PreferencesSchema = z.object({
  senderDetails: SenderDetailsSchema,
  brandProfile: z.nullable(BrandProfileSchema),
  rosterViews: z.array(SavedViewSchema).check(z.maxLength(500)),
  badgeHiddenOn: z.array(z.enum(PLATFORMS)),
  feedChipsHiddenOn: z.optional(z.array(z.enum(PLATFORMS))),
});

export async function readPreferences(): Promise<BackupPreferences> {
  const [sender, profile, views, hidden, chipsHidden] = await Promise.all([
    senderDetails.get(),
    brandProfile.get(),
    savedViews.list(),
    badgeHiddenOn.get(),
    feedChipsHiddenOn.get(),
  ]);
  return { senderDetails: sender, brandProfile: profile, rosterViews: views, badgeHiddenOn: hidden, feedChipsHiddenOn: chipsHidden };
}

export type ParsedPreferences = { ok: true; preferences: BackupPreferences } | { ok: false; errors: string[] };

/** A backup's preferences, checked as strictly as its records: one that does not fit refuses the backup. */
export function parsePreferences(value: unknown): ParsedPreferences {
  const parsed = PreferencesSchema.safeParse(value);
  if (parsed.success) return { ok: true, preferences: parsed.data as BackupPreferences };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 5).map((i) => `preferences: “${['preferences', ...i.path.map(String)].join('.')}” — ${i.message}.`),
  };
}

export async function writePreferences(preferences: BackupPreferences): Promise<void> {
  await Promise.all([
    senderDetails.set(preferences.senderDetails),
    brandProfile.set(preferences.brandProfile),
    savedViews.replaceAll(preferences.rosterViews),
    badgeHiddenOn.set(preferences.badgeHiddenOn),
    preferences.feedChipsHiddenOn ? feedChipsHiddenOn.set(preferences.feedChipsHiddenOn) : undefined,
  ]);
}

/** What the preferences hold, a line each, as a user reads them before restoring. */
export function preferencesSummary(preferences: BackupPreferences): string[] {
  const { senderDetails: sender, rosterViews, badgeHiddenOn: hidden, brandProfile: profile, feedChipsHiddenOn: chipsHidden } = preferences;
  const who = [sender.name, sender.brandName].filter(Boolean).join(', ');
  const views = rosterViews.length;
  return [
    who ? `Your sender details (${who})` : 'Your sender details (empty)',
    profile ? 'Your brand’s fit criteria' : 'No brand profile (fit criteria) set',
    views === 0 ? 'No saved roster views' : `${views} saved roster ${views === 1 ? 'view' : 'views'}: ${rosterViews.map((v) => v.name).join(', ')}`,
    hidden.length === 0 ? 'The in-page badge on every site' : `The in-page badge switched off on ${hidden.map(platformName).join(', ')}`,
    !chipsHidden
      ? 'No feed chip settings (a backup from before they were kept): yours stay as they are'
      : chipsHidden.length === 0
        ? 'The feed chips on every site'
        : `The feed chips switched off on ${chipsHidden.map(platformName).join(', ')}`,
  ];
}
