import { useEffect, useState } from 'react';
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { feedChipsHiddenOn } from '@/utils/browser/feed-settings';
import { platformName } from '@/utils/format';
import { badgeHiddenOn } from '@/utils/browser/settings';

/** A stored list of the sites where something in the page is switched off. */
interface HiddenOnStore {
  get(): Promise<Platform[]>;
  set(platforms: Platform[]): Promise<void>;
  watch(onChange: (platforms: Platform[]) => void): () => void;
}

/** One checkbox per site, checked where the thing is shown; follows changes made elsewhere. */
function SiteSwitches({ legend, store }: { legend: string; store: HiddenOnStore }) {
  const [hidden, setHidden] = useState<Platform[] | null>(null);

  useEffect(() => {
    void store.get().then(setHidden);
    return store.watch(setHidden);
  }, [store]);

  const toggle = (platform: Platform, show: boolean) => {
    const next = (hidden ?? []).filter((p) => p !== platform);
    if (!show) next.push(platform);
    setHidden(next);
    void store.set(next);
  };

  return (
    <fieldset className="settings-group" disabled={hidden === null}>
      <legend>{legend}</legend>
      {PLATFORMS.map((platform) => (
        <label key={platform} className="settings-check">
          <input
            type="checkbox"
            checked={hidden !== null && !hidden.includes(platform)}
            onChange={(event) => toggle(platform, event.target.checked)}
          />
          {platformName(platform)}
        </label>
      ))}
    </fieldset>
  );
}

/** Per-site switches for the in-page badge (the badge's own "Hide on …" button turns one off). */
export function BadgeSettings() {
  return <SiteSwitches legend="Show the badge on profile pages" store={badgeHiddenOn} />;
}

/** Per-site switches for the chips beside creators in feeds (a chip's card turns one off too). */
export function FeedChipSettings() {
  return <SiteSwitches legend="Show chips beside creators in feeds, search results and replies" store={feedChipsHiddenOn} />;
}
