// Where the brand profile is kept: extension storage, like the other small preferences (see
// ./settings.ts). Kept apart from those because content scripts, which read ./settings.ts, must not
// carry the profile's schema.
import { browser } from 'wxt/browser';
import { BrandProfileSchema, readBrandProfile, type BrandProfile } from '@/utils/scoring/brand-profile';

const BRAND_PROFILE_KEY = 'brandProfile.v1';

/** The brand's fit criteria: null until the user saves their own (no fit is scored until then). */
export const brandProfile = {
  async get(): Promise<BrandProfile | null> {
    return readBrandProfile((await browser.storage.local.get(BRAND_PROFILE_KEY))[BRAND_PROFILE_KEY]);
  },
  /** Save the profile; null forgets it (a restored backup that had none). */
  async set(profile: BrandProfile | null): Promise<void> {
    if (profile === null) await browser.storage.local.remove(BRAND_PROFILE_KEY);
    else await browser.storage.local.set({ [BRAND_PROFILE_KEY]: BrandProfileSchema.parse(profile) });
  },
  watch(onChange: (profile: BrandProfile | null) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && BRAND_PROFILE_KEY in changes) onChange(readBrandProfile(changes[BRAND_PROFILE_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
