import { useEffect, useState } from 'react';
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { platformName } from '@/utils/format';
import { badgeHiddenOn } from '@/utils/browser/settings';

/** Per-site switches for the in-page badge (the badge's own "Hide on …" button turns one off). */
export function BadgeSettings() {
  const [hidden, setHidden] = useState<Platform[] | null>(null);

  useEffect(() => {
    void badgeHiddenOn.get().then(setHidden);
    return badgeHiddenOn.watch(setHidden);
  }, []);

  const toggle = (platform: Platform, show: boolean) => {
    const next = (hidden ?? []).filter((p) => p !== platform);
    if (!show) next.push(platform);
    setHidden(next);
    void badgeHiddenOn.set(next);
  };

  return (
    <fieldset className="settings-group" disabled={hidden === null}>
      <legend>Show the badge on profile pages</legend>
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
