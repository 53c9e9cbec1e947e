// Attribution for one creator in a campaign: a tracked link (UTM parameters on the brand's landing
// page) and a promo code of their own, so clicks and sales can be credited to the right person.
// Pure: no browser API beyond URL, which is part of the language runtime.

export interface Utm {
  source: string;
  medium: string;
  campaign: string;
  content: string;
}

/** What every creator link says it is: Google Analytics groups `influencer` as its own medium. */
export const UTM_MEDIUM = 'influencer';

/** "Spring Launch — Café 2026!" → "spring-launch-cafe-2026" (lowercase letters, digits and dashes). */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… — the first one not in `taken` (compared case-insensitively). */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.trim().toLowerCase()));
  const root = base || 'creator';
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}

/**
 * The link parameters a creator starts with: source = their platform, medium = influencer,
 * campaign = the campaign's slug, content = the creator's slug (which tells creators apart).
 */
export function defaultUtm(input: { platform: string | null; campaignName: string; creatorSlug: string }): Utm {
  return { source: input.platform ?? '', medium: UTM_MEDIUM, campaign: slugify(input.campaignName), content: input.creatorSlug };
}

export type TrackingLink = { ok: true; url: string } | { ok: false; message: string };

/**
 * The landing page's address with the UTM parameters set (replacing any already there; the page's
 * own parameters and #fragment are kept). Values are encoded by URLSearchParams, so spaces, "&"
 * and accents cannot break the link. An empty parameter is left out. An address typed without
 * `https://` gets it.
 */
export function buildTrackingLink(base: string, utm: Utm): TrackingLink {
  const typed = base.trim();
  if (!typed) return { ok: false, message: 'Enter the address of the brand’s landing page, such as https://example.com/spring.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: `“${typed}” is not a web address. Enter one such as https://example.com/spring.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The landing page must be a web address starting with https:// or http://.' };
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, message: `“${typed}” is not a full web address. Enter one such as https://example.com/spring.` };
  }
  const params: Array<[keyof Utm, string]> = [
    ['source', 'utm_source'],
    ['medium', 'utm_medium'],
    ['campaign', 'utm_campaign'],
    ['content', 'utm_content'],
  ];
  const search = new URLSearchParams(url.search);
  for (const [key, name] of params) {
    const value = utm[key].trim();
    if (value) search.set(name, value);
    else search.delete(name);
  }
  url.search = search.toString();
  return { ok: true, url: url.toString() };
}

// --- Promo codes ---

/**
 * A code from the creator's handle and the discount: "@pluto__travel", 15 → "PLUTOTRAVEL15". Only
 * letters and digits, which every shop system accepts; at most 20 letters from the handle.
 */
export function suggestPromoCode(handle: string, discount: number | null): string {
  const letters = handle
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/gi, '')
    .toUpperCase()
    .slice(0, 20);
  const percent = discount !== null && Number.isFinite(discount) && discount > 0 ? String(Math.round(discount)) : '';
  return `${letters || 'CREATOR'}${percent}`;
}

/** How codes are compared: shops treat them case-insensitively and people paste spaces around them. */
export function promoKey(code: string): string {
  return code.trim().toLowerCase();
}

const PROMO_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Why a promo code cannot be saved, or null. An empty code is fine (not every creator has one).
 * A code another creator in the same campaign already has is refused: their sales could not be
 * told apart.
 */
export function promoCodeProblem(code: string, others: ReadonlyArray<{ name: string; code: string }>): string | null {
  const typed = code.trim();
  if (!typed) return null;
  if (typed.length > 60) return 'Promo code: at most 60 characters.';
  if (!PROMO_PATTERN.test(typed)) return 'Promo code: use only letters, digits, “-” and “_”, as shops accept them.';
  const taken = others.find((o) => promoKey(o.code) === promoKey(typed));
  if (taken) return `Promo code: “${typed}” is already ${taken.name}’s code in this campaign. Each creator needs their own, or their sales cannot be told apart.`;
  return null;
}

/** Why a link's utm_content cannot be saved, or null: like promo codes, each creator needs their own. */
export function utmContentProblem(content: string, others: ReadonlyArray<{ name: string; content: string }>): string | null {
  const typed = content.trim();
  if (!typed) return null;
  const taken = others.find((o) => promoKey(o.content) === promoKey(typed));
  if (taken) return `utm_content: “${typed}” is already in ${taken.name}’s link. Each creator needs their own, or their clicks cannot be told apart.`;
  return null;
}
