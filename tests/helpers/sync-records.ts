import { newAccount } from '@/utils/model/defaults';
import type { Account, Deliverable, Interaction, Post, Snapshot, Template } from '@/utils/model/schemas';

// Whole records of the shared types the other helpers (records.ts) do not build, for the team sync tests.

const T = Date.UTC(2026, 10, 1);

export function makeAccount(patch: Partial<Account> = {}): Account {
  return newAccount({ id: 'instagram:ana.cooks', platform: 'instagram', handle: 'ana.cooks', url: 'https://www.instagram.com/ana.cooks/' }, 'c1', T, {
    displayName: 'Ana Cooks',
    followers: 48_200,
    followersPrecision: 100,
    engagementRate: 0.031,
    engagementMethod: 'followers',
    fitScore: 72,
    scoredAt: T,
    ...patch,
  });
}

export function makeInteraction(patch: Partial<Interaction> = {}): Interaction {
  return { id: 'i1', creatorId: 'c1', type: 'outreach', at: T, text: 'Sent the spring brief', details: { templateId: 't1', channel: 'email' }, ...patch };
}

export function makeTemplate(patch: Partial<Template> = {}): Template {
  return { id: 't1', name: 'First contact', kind: 'outreach', subject: 'Hello {{firstName}}', body: 'We love your recipes.', createdAt: T, updatedAt: T, ...patch };
}

export function makeDeliverable(patch: Partial<Deliverable> = {}): Deliverable {
  return {
    id: 'd1', creatorId: 'c1', campaignId: 'k1', agreementId: null, type: 'reel', platform: 'instagram', count: 1, description: 'Spring recipe reel',
    draftDueAt: T, publishDueAt: T + 7 * 86_400_000, status: 'brief_sent', rounds: [], postUrl: '', postId: null, publishedAt: null, verifiedAt: null,
    createdAt: T, updatedAt: T, ...patch,
  };
}

export function makeSnapshot(patch: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 'local-random-1', accountId: 'instagram:ana.cooks', takenAt: T, kind: 'view',
    counts: { followers: { value: 48_200, precision: 100, source: 'meta' }, posts: { value: 312, precision: 1, source: 'meta' } },
    ...patch,
  };
}

export function makePost(patch: Partial<Post> = {}): Post {
  return {
    id: 'instagram:C1a2B3', authorAccountIds: ['instagram:ana.cooks'], seenOnAccountIds: ['instagram:ana.cooks'], url: 'https://www.instagram.com/p/C1a2B3/', postedAt: T - 86_400_000, seenAt: T,
    pinned: false, sponsored: false, caption: 'Lemon risotto',
    counts: { likes: { value: 1_520, precision: 1, source: 'json' }, comments: { value: 48, precision: 1, source: 'json' } },
    ...patch,
  };
}
