import { useEffect, useState } from 'react';
import type { PopupApi } from './popup-api';

/**
 * Says so when the tab's feed reader finds cards but can read no author in them: the site changed
 * its layout, and the page is left untouched until Creator Scout learns the new one.
 */
export function FeedPausedNotice({ api }: { api: PopupApi }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const tab = await api.currentTab();
        const health = await api.feedHealth?.(tab.id);
        if (live) setPaused(Boolean(health?.paused));
      } catch {
        // No content script in the tab (not a supported site, or the extension was just updated).
      }
    })();
    return () => {
      live = false;
    };
  }, [api]);
  if (!paused) return null;
  return (
    <p className="popup__message" role="status">
      Feed reading is paused on this page: the site changed.
    </p>
  );
}
