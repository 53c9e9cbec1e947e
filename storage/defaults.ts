// Empty records and the defaults that fill them: used when the code creates a record, and by the
// database upgrades that give older records the fields a newer version added.
import type { AgreementTerms, CampaignCreator, Reminder } from './schemas';

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

/** The fields version 4 added to reminders, at their defaults. */
export const REMINDER_DEFAULTS: Pick<Reminder, 'notes' | 'source' | 'notifiedAt' | 'completedAt'> = {
  notes: '',
  source: { type: 'manual', id: null },
  notifiedAt: null,
  completedAt: null,
};
