// Empty records and the defaults that fill them: used when the code creates a record, and by the
// database upgrades that give older records the fields a newer version added.
import type { Account, AgreementTerms, CampaignCreator, Creator, Interaction, Reminder } from './schemas';

/**
 * A creator as first saved: a name, the stage "shortlisted", every other detail empty. `patch` sets
 * what the caller knows (the stage, tags a file gave…). Saving a profile, splitting an account off
 * and importing a file all create creators with this, so a new field gets its default here once.
 */
export function newCreator(id: string, displayName: string, now: number, patch: Partial<Omit<Creator, 'id' | 'displayName'>> = {}): Creator {
  return {
    id,
    displayName,
    status: 'shortlisted',
    toVet: false,
    tags: [],
    strengths: [],
    contact: { email: '', other: '' },
    location: '',
    language: '',
    ambassador: false,
    notes: '',
    lastContactedAt: null,
    keepInTouchDays: null,
    createdAt: now,
    updatedAt: now,
    ...patch,
  };
}

/** The fields that say which account it is: its id (`platform:handle`), platform, handle and address. */
export type AccountRefFields = Pick<Account, 'id' | 'platform' | 'handle' | 'url'>;

/**
 * An account as first saved to a creator: where it is, nothing read, measured or scored yet. `patch`
 * sets what the caller knows (a display name, followers a file gave…).
 */
export function newAccount(
  ref: AccountRefFields,
  creatorId: string,
  now: number,
  patch: Partial<Omit<Account, keyof AccountRefFields | 'creatorId'>> = {},
): Account {
  return {
    id: ref.id,
    creatorId,
    platform: ref.platform,
    handle: ref.handle,
    url: ref.url,
    displayName: '',
    bio: '',
    verified: null,
    followers: null,
    followersPrecision: 1,
    following: null,
    posts: null,
    engagementRate: null,
    engagementMethod: null,
    fitScore: null,
    scoredAt: null,
    firstSeenAt: now,
    lastSeenAt: now,
    ...patch,
  };
}

export function emptyAgreementTerms(currency = 'EUR'): AgreementTerms {
  return {
    deliverables: [],
    fee: null,
    currency,
    paymentSchedule: [],
    paymentTerms: '',
    usageRights: { channels: ['organic_social'], durationDays: null, whitelistingDays: null },
    exclusivity: { category: '', days: null },
    disclosure: 'Disclose the partnership in the first line (#ad) and with the platform’s paid-partnership label.',
    approvalRounds: 1,
    creativeFreedom: '',
    startAt: null,
    signedAt: null,
    notes: '',
  };
}

export const NO_RESULTS: CampaignCreator['results'] = { views: null, likes: null, comments: null, clicks: null, signups: null, sales: null, revenue: null };

export function newCampaignCreator(creatorId: string, now: number, patch: Partial<CampaignCreator> = {}): CampaignCreator {
  return {
    creatorId,
    fee: null,
    deliverables: [],
    utm: { source: '', medium: '', campaign: '', content: '' },
    promoCode: '',
    results: { ...NO_RESULTS },
    resultsUpdatedAt: null,
    addedAt: now,
    ...patch,
  };
}

/**
 * The timeline entry for a creator moved from one pipeline stage to another. Every stage change
 * (the detail page, the popup, the board, a bulk action, a file import) goes on the timeline as this.
 */
export function statusChangeEvent(id: string, creatorId: string, change: { from: string; to: string }, at: number, text = ''): Interaction {
  return { id, creatorId, type: 'status_change', at, text, details: { from: change.from, to: change.to } };
}

/** The fields version 4 added to reminders, at their defaults. */
export const REMINDER_DEFAULTS: Pick<Reminder, 'notes' | 'source' | 'notifiedAt' | 'completedAt'> = {
  notes: '',
  source: { type: 'manual', id: null },
  notifiedAt: null,
  completedAt: null,
};
