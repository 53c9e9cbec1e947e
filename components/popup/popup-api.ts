import type { AccountState, SaveResult } from '@/storage/profiles';
import type { Extraction } from '@/utils/extract/extraction';

/**
 * Everything the popup needs from the browser, behind one interface: the popup's entrypoint
 * passes the real one (entrypoints/popup/browser-api.ts), component tests pass a fake.
 */
export interface PopupApi {
  /** The tab the popup is about: `?tabId=N` when given, else the active tab. */
  currentTab(): Promise<{ id: number; url: string | null }>;
  readPage(tabId: number): Promise<Extraction>;
  accountState(accountId: string): Promise<AccountState>;
  saveProfile(reading: Extraction): Promise<SaveResult>;
  openRoster(creatorId?: string): void;
}
