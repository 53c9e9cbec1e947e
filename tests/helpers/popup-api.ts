import { vi } from 'vitest';
import type { PopupApi } from '@/components/popup/popup-api';
import type { AccountState } from '@/utils/model/views';
import type { Extraction } from '@/utils/model/reading';
import type { ProfileStatus } from '@/utils/browser/messaging';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { scoreProfile, type ScoreOptions } from '@/utils/scoring/profile';
import { plutoReading } from './readings';

export const NOW = Date.UTC(2026, 10, 20, 12);
export const PLUTO_URL = 'https://www.instagram.com/pluto__travel/';

/** Scores as the background computes them (the real scoring code), for a reading. */
export function statusFor(reading: Extraction, options: Partial<ScoreOptions> = {}, state?: AccountState): ProfileStatus {
  return {
    state: state ?? { saved: false, accountId: `${reading.platform}:${reading.handle}` },
    score: scoreProfile(reading, { now: NOW, profile: DEFAULT_BRAND_PROFILE, ...options }),
  };
}

/** A popup API whose every call is a spy; tests override what they need. */
export function fakePopupApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    currentTab: vi.fn(async () => ({ id: 7, url: PLUTO_URL })),
    isSupportedUrl: vi.fn((url: string) => /instagram\.com|tiktok\.com|youtube\.com|x\.com|bsky\.app/.test(url)),
    readPage: vi.fn(async () => plutoReading()),
    profileSeen: vi.fn(async (reading: Extraction) => statusFor(reading)),
    accountState: vi.fn(async (accountId: string): Promise<AccountState> => ({ saved: false, accountId })),
    saveProfile: vi.fn(async () => ({ creatorId: 'c1', accountId: 'instagram:pluto__travel', snapshotId: 's1', created: true })),
    quickEdit: vi.fn(async (_id: string, edit: { status?: string; tags?: string[] }) => ({ status: edit.status ?? 'shortlisted', tags: edit.tags ?? [] })),
    searchRoster: vi.fn(async () => []),
    dueReminders: vi.fn(async () => []),
    openRoster: vi.fn(),
    openBrandProfile: vi.fn(),
    now: () => NOW,
    ...overrides,
  };
}
