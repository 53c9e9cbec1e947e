import * as z from 'zod/mini';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { TIERS } from '@/utils/model/tiers';

// What the brand looks for: the fit score's criteria, edited in the options page. Parsed with zod
// wherever it is read (storage can hold anything an older version wrote).

const keywordList = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))).check(z.maxLength(200));

export const BrandProfileSchema = z.object({
  /** Words that mark the brand's niche, looked for in bios, captions and hashtags. */
  nicheKeywords: keywordList,
  /** Brand-safety words: any of them found caps the fit score. */
  excludedKeywords: keywordList,
  preferredTiers: z.array(z.enum(TIERS)),
  preferredPlatforms: z.array(z.enum(PLATFORMS)),
  /** Minimum engagement rate (a fraction: 0.01 is 1 %), or null for none. */
  minEngagement: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  /** Languages the creator should speak (ISO codes or names, matched case-insensitively). */
  languages: keywordList,
  /** Places the creator should be based in (matched against their location and bio). */
  locations: keywordList,
});
export type BrandProfile = z.infer<typeof BrandProfileSchema>;

/**
 * Example criteria the brand-profile editor starts from (the tiers most brands start with, every
 * platform, a 1 % engagement floor, common brand-safety exclusions). Never scored against: until
 * the user saves a profile of their own, the fit says it has no criteria (DESIGN.md: "none is
 * shown until they set one").
 */
export const DEFAULT_BRAND_PROFILE: BrandProfile = {
  nicheKeywords: [],
  excludedKeywords: ['casino', 'gambling', 'betting', 'onlyfans', 'nsfw', 'xxx', 'escort', 'get rich quick'],
  preferredTiers: ['micro', 'mid'],
  preferredPlatforms: [...PLATFORMS],
  minEngagement: 0.01,
  languages: [],
  locations: [],
};

/** The stored profile, or null where the user has not set one (or what is stored is unreadable). */
export function readBrandProfile(value: unknown): BrandProfile | null {
  const parsed = BrandProfileSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
