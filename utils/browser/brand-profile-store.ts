// Where the brand profile is kept: extension storage, like the other small preferences (see
// ./preference.ts). Kept apart from ./settings.ts because content scripts, which read that, must
// not carry the profile's schema.
import { BrandProfileSchema, readBrandProfile, type BrandProfile } from '@/utils/scoring/brand-profile';
import { definePreference } from './preference';

const stored = definePreference('local:brandProfile.v1', { read: readBrandProfile });

/** The brand's fit criteria: null until the user saves their own (no fit is scored until then). */
export const brandProfile = {
  get: stored.get,
  /** Save the profile; null forgets it (a restored backup that had none). */
  async set(profile: BrandProfile | null): Promise<void> {
    await stored.set(profile === null ? null : BrandProfileSchema.parse(profile));
  },
  watch: stored.watch,
};
