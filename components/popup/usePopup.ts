import { useCallback, useEffect, useState } from 'react';
import type { AccountState, SaveResult } from '@/storage/profiles';
import { adapterForUrl } from '@/utils/extract/adapters';
import type { Extraction } from '@/utils/extract/extraction';
import { accountIdOf } from '@/utils/extract/fields';
import type { PopupApi } from './popup-api';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unsupported'; url: string | null }
  | { kind: 'not-profile'; platform: Extraction['platform'] }
  | { kind: 'error'; message: string }
  | { kind: 'profile'; reading: Extraction; account: AccountState | null };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; result: SaveResult }
  | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

const UNREACHABLE_PAGE =
  'Creator Scout could not read this page. Reload the tab and open the popup again (pages opened before the extension was installed or updated need a reload).';

/** The popup's state machine: which tab, what the page shows, whether it is saved. */
export function usePopup(api: PopupApi) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    let cancelled = false;
    const set = (next: PopupState) => {
      if (!cancelled) setState(next);
    };
    (async () => {
      const tab = await api.currentTab();
      const url = tab.url ? new URL(tab.url) : null;
      const adapter = url ? adapterForUrl(url) : null;
      if (!url || !adapter) return set({ kind: 'unsupported', url: tab.url });
      if (adapter.pageType(url) !== 'profile') return set({ kind: 'not-profile', platform: adapter.platform });
      let reading: Extraction;
      try {
        reading = await api.readPage(tab.id);
      } catch (error) {
        console.warn('Creator Scout: reading the page failed', error);
        return set({ kind: 'error', message: UNREACHABLE_PAGE });
      }
      const account =
        reading.handle === null
          ? null
          : await api.accountState(accountIdOf(reading.platform, reading.handle)).catch(() => null);
      set({ kind: 'profile', reading, account });
    })().catch((error: unknown) => set({ kind: 'error', message: messageOf(error) }));
    return () => {
      cancelled = true;
    };
  }, [api]);

  const saveProfile = useCallback(async () => {
    if (state.kind !== 'profile' || save.kind === 'saving') return;
    setSave({ kind: 'saving' });
    try {
      const result = await api.saveProfile(state.reading);
      setSave({ kind: 'saved', result });
    } catch (error) {
      setSave({ kind: 'failed', message: messageOf(error) });
    }
  }, [api, state, save.kind]);

  return { state, save, saveProfile };
}
