import { useEffect, useState } from 'react';
import { formatDate } from '@/utils/format';
import type { PopupApi } from './popup-api';

/**
 * "Already in touch" for a creator on the roster who was contacted: when, and with which template
 * (the same words as their feed chip), so no one writes to them twice. Nothing when they were not
 * contacted, or the roster cannot say.
 */
export function InTouchNotice({ api, accountId }: { api: PopupApi; accountId: string }) {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const state = await api.contactState?.(accountId);
        if (!live || !state?.saved || state.lastContactedAt === null) return;
        setLine(`Already in touch: last contacted ${formatDate(state.lastContactedAt)}${state.lastTemplate ? ` with “${state.lastTemplate}”` : ''}.`);
      } catch {
        // The background did not answer: the rest of the popup stands.
      }
    })();
    return () => {
      live = false;
    };
  }, [api, accountId]);
  if (!line) return null;
  return (
    <p className="popup__message" role="status">
      {line}
    </p>
  );
}
