import { emptyAgreementTerms, newCampaignCreator, REMINDER_DEFAULTS } from '@/utils/model/defaults';
import type { Agreement, Campaign, CampaignCreator, Creator, Reminder } from '@/utils/model/schemas';

// Whole records for tests, with every field at a sensible default: tests say only what matters to them.

const T = Date.UTC(2026, 10, 1);

export function makeReminder(patch: Partial<Reminder> & Pick<Reminder, 'id'>): Reminder {
  return { creatorId: null, title: 'Follow up', dueAt: T, status: 'pending', kind: 'follow_up', createdAt: T, updatedAt: T, ...REMINDER_DEFAULTS, ...patch };
}

export function makeAgreement(patch: Partial<Agreement> & Pick<Agreement, 'id' | 'creatorId'>): Agreement {
  return { campaignId: null, status: 'draft', title: 'Agreement', terms: emptyAgreementTerms(), createdAt: T, updatedAt: T, ...patch };
}

export function makeCampaign(patch: Partial<Campaign> & Pick<Campaign, 'id'>, members: Array<Partial<CampaignCreator> & Pick<CampaignCreator, 'creatorId'>> = []): Campaign {
  return {
    name: 'Campaign',
    goal: 'sales',
    brief: { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: '', donts: '' },
    status: 'planned',
    startAt: null,
    endAt: null,
    budget: null,
    currency: 'EUR',
    landingUrl: '',
    creators: members.map((m) => newCampaignCreator(m.creatorId, T, m)),
    createdAt: T,
    updatedAt: T,
    ...patch,
  };
}

/** A creator record as stored (every field at its blank value, dates at `at`). */
export function makeCreator(patch: Partial<Creator> & Pick<Creator, 'id'>, at = Date.UTC(2026, 10, 1)): Creator {
  return {
    displayName: 'Ana', status: 'shortlisted', toVet: false, tags: [], strengths: [], contact: { email: '', other: '' }, location: '', language: '',
    ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: at, updatedAt: at, ...patch,
  } as Creator;
}
