import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountState, SaveResult } from '@/utils/model/views';
import type { Extraction } from '@/utils/model/reading';
import { accountIdOf } from '@/utils/model/reading-fields';
import type { ProfileStatus } from '@/utils/browser/messaging';
import type { PopupApi } from './popup-api';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'home'; reason: 'unsupported' | 'not-profile'; platform: Extraction['platform'] | null }
  | { kind: 'error'; message: string }
  | { kind: 'profile'; reading: Extraction; status: ProfileStatus | null; statusError: string | null }
  | { kind: 'post'; reading: Extraction; author: AccountState | null };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; result: SaveResult }
  | { kind: 'failed'; message: string };

export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

const UNREACHABLE_PAGE =
  'Creator Scout could not read this page. Reload the tab and open the popup again (pages opened before the extension was installed or updated need a reload).';

/** The popup's state machine: which tab, what the page shows, the scores, the save. */
export function usePopup(api: PopupApi) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const saving = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const set = (next: PopupState) => {
      if (!cancelled) setState(next);
    };
    (async () => {
      const tab = await api.currentTab();
      if (!tab.url || !api.isSupportedUrl(tab.url)) return set({ kind: 'home', reason: 'unsupported', platform: null });
      // What the tab's badge already computed, on screen at once; the page is read again below and
      // the card refreshed with the new reading and scores.
      const shown = await api.lastSeen?.(tab.id, tab.url).catch(() => null);
      if (shown && shown.reading.pageType === 'profile' && shown.reading.handle) set({ kind: 'profile', reading: shown.reading, status: shown.status, statusError: null });
      let reading: Extraction;
      try {
        reading = await api.readPage(tab.id);
      } catch (error) {
        console.warn('Creator Scout: reading the page failed', error);
        return set({ kind: 'error', message: UNREACHABLE_PAGE });
      }
      if (reading.pageType === 'other' || !reading.handle) {
        return set({ kind: 'home', reason: 'not-profile', platform: reading.platform });
      }
      if (reading.pageType === 'post') {
        const author = await api.accountState(accountIdOf(reading.platform, reading.handle)).catch(() => null);
        return set({ kind: 'post', reading, author });
      }
      // The badge's scores stay up while they are recomputed, if they are of the same account.
      const same = shown && shown.reading.platform === reading.platform && shown.reading.handle === reading.handle;
      set({ kind: 'profile', reading, status: same ? shown.status : null, statusError: null });
      try {
        set({ kind: 'profile', reading, status: await api.profileSeen(reading), statusError: null });
      } catch (error) {
        set({ kind: 'profile', reading, status: null, statusError: messageOf(error) });
      }
    })().catch((error: unknown) => set({ kind: 'error', message: messageOf(error) }));
    return () => {
      cancelled = true;
    };
  }, [api]);

  const saveProfile = useCallback(async () => {
    if (state.kind !== 'profile' || saving.current) return;
    saving.current = true;
    setSave({ kind: 'saving' });
    try {
      setSave({ kind: 'saved', result: await api.saveProfile(state.reading) });
    } catch (error) {
      setSave({ kind: 'failed', message: messageOf(error) });
    } finally {
      saving.current = false;
    }
  }, [api, state]);

  return { state, save, saveProfile };
}
