import { database } from '@/storage/db';
import { newId } from '@/utils/model/ids';
import type { Account, Creator } from '@/utils/model/schemas';
import type { Platform } from '@/utils/model/reading';

/** Where each platform's profiles live: stored links must be on the account's own platform. */
const PROFILE_HOSTS: Record<string, string> = { instagram: 'www.instagram.com', tiktok: 'www.tiktok.com/@', youtube: 'www.youtube.com/@', x: 'x.com', bluesky: 'bsky.app/profile' };

const T = Date.UTC(2026, 10, 1);

export interface SeedCreator {
  name: string;
  status?: string;
  tags?: string[];
  strengths?: string[];
  toVet?: boolean;
  accounts: Array<{ platform: Platform; handle: string; followers: number | null; followersPrecision?: number; engagementRate?: number | null; fitScore?: number | null }>;
  updatedAt?: number;
}

/** Put creators straight into the database (for roster tests): returns their ids by name. */
export async function seedCreators(seed: SeedCreator[]): Promise<Record<string, string>> {
  const db = database();
  const ids: Record<string, string> = {};
  const creators: Creator[] = [];
  const accounts: Account[] = [];
  seed.forEach((s, i) => {
    const id = newId();
    ids[s.name] = id;
    creators.push({
      id, displayName: s.name, status: s.status ?? 'shortlisted', toVet: s.toVet ?? false, tags: s.tags ?? [], strengths: s.strengths ?? [],
      contact: { email: '', other: '' }, location: '', language: '', ambassador: false, notes: '', lastContactedAt: null,
      keepInTouchDays: null,
      createdAt: T, updatedAt: s.updatedAt ?? T + i,
    });
    for (const a of s.accounts) {
      accounts.push({
        id: `${a.platform}:${a.handle.toLowerCase()}`, creatorId: id, platform: a.platform, handle: a.handle,
        url: `https://${PROFILE_HOSTS[a.platform]}${PROFILE_HOSTS[a.platform]!.endsWith('@') ? '' : '/'}${a.handle}`, displayName: s.name, bio: '', verified: null,
        followers: a.followers, followersPrecision: a.followersPrecision ?? 1, following: null, posts: null,
        engagementRate: a.engagementRate ?? null, engagementMethod: a.engagementRate == null ? null : 'followers', fitScore: a.fitScore ?? null, scoredAt: null,
        firstSeenAt: T, lastSeenAt: T,
      });
    }
  });
  await db.transaction('rw', [db.creators, db.accounts], async () => {
    await db.creators.bulkAdd(creators);
    await db.accounts.bulkAdd(accounts);
  });
  return ids;
}

export const SAMPLE: SeedCreator[] = [
  { name: 'Pluto', tags: ['travel'], strengths: ['storytelling'], accounts: [{ platform: 'instagram', handle: 'pluto__travel', followers: 2362, engagementRate: 0.031, fitScore: 77 }] },
  { name: 'IlloJuan', status: 'contacted', tags: ['gaming'], accounts: [{ platform: 'tiktok', handle: 'illojuan', followers: 783_427, engagementRate: 0.26, fitScore: 84 }, { platform: 'youtube', handle: 'illojuan', followers: 1_200_000, engagementRate: 0.02, fitScore: 60 }] },
  { name: 'Kiko Beats', status: 'negotiating', tags: ['tech', 'travel'], strengths: ['educational'], accounts: [{ platform: 'x', handle: 'Kikobeats', followers: 3893, engagementRate: 0.012, fitScore: 55 }] },
  { name: 'Stephen King', toVet: true, accounts: [{ platform: 'bluesky', handle: 'stephenking.bsky.social', followers: 1_101_177, fitScore: 40 }] },
];
