// Where the brand profile is kept: extension storage, like the other small preferences (see
// ./settings.ts). Kept apart from those because content scripts, which read ./settings.ts, must not
// carry the profile's schema.
import { browser } from 'wxt/browser';
import { BrandProfileSchema, readBrandProfile, type BrandProfile } from './scoring/brand-profile';

const BRAND_PROFILE_KEY = 'brandProfile.v1';

/** The brand's fit criteria (defaults until the user edits them). */
export const brandProfile = {
  async get(): Promise<BrandProfile> {
    return readBrandProfile((await browser.storage.local.get(BRAND_PROFILE_KEY))[BRAND_PROFILE_KEY]);
  },
  async set(profile: BrandProfile): Promise<void> {
    await browser.storage.local.set({ [BRAND_PROFILE_KEY]: BrandProfileSchema.parse(profile) });
  },
  watch(onChange: (profile: BrandProfile) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && BRAND_PROFILE_KEY in changes) onChange(readBrandProfile(changes[BRAND_PROFILE_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
