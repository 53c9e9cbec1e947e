import { describe, expect, it } from 'vitest';
import {
  buildTrackingLink,
  defaultUtm,
  promoCodeProblem,
  slugify,
  suggestPromoCode,
  uniqueSlug,
  utmContentProblem,
} from '@/utils/campaigns/tracking';

const utm = { source: 'instagram', medium: 'influencer', campaign: 'spring-launch', content: 'ana-lima' };

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('tracked links', () => {
  it('adds the four UTM parameters to the landing page', () => {
    const link = buildTrackingLink('https://shop.example.com/spring', utm);
    expect(link).toEqual({
      ok: true,
      url: 'https://shop.example.com/spring?utm_source=instagram&utm_medium=influencer&utm_campaign=spring-launch&utm_content=ana-lima',
    });
  });

  it('encodes what the user typed, so spaces, “&” and accents cannot break the link', () => {
    const link = buildTrackingLink('https://shop.example.com/', { ...utm, campaign: 'Spring & Summer', content: 'José Müller' });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url).toContain('utm_campaign=Spring+%26+Summer');
    expect(link.url).toContain('utm_content=Jos%C3%A9+M%C3%BCller');
    // Read back, every value is exactly what was typed.
    expect(params(link.url)).toEqual({ utm_source: 'instagram', utm_medium: 'influencer', utm_campaign: 'Spring & Summer', utm_content: 'José Müller' });
  });

  it('keeps the page’s own parameters and #fragment, replaces old UTM values and leaves empty ones out', () => {
    const link = buildTrackingLink('https://shop.example.com/p?ref=home&utm_source=old#offer', { ...utm, medium: '  ', content: 'bo' });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(new URL(link.url).hash).toBe('#offer');
    expect(params(link.url)).toEqual({ ref: 'home', utm_source: 'instagram', utm_campaign: 'spring-launch', utm_content: 'bo' });
  });

  it('follows edits: the link changes with each parameter', () => {
    const before = buildTrackingLink('shop.example.com', utm);
    const after = buildTrackingLink('shop.example.com', { ...utm, source: 'tiktok' });
    expect(before.ok && params(before.url).utm_source).toBe('instagram');
    expect(after.ok && params(after.url).utm_source).toBe('tiktok');
    // Typed without a scheme: https is added.
    expect(after.ok && after.url.startsWith('https://shop.example.com/?')).toBe(true);
  });

  it('refuses what is not a web page, saying what to enter', () => {
    expect(buildTrackingLink('', utm)).toEqual({ ok: false, message: expect.stringContaining('Enter the address') });
    expect(buildTrackingLink('javascript:alert(1)', utm)).toEqual({ ok: false, message: expect.stringContaining('https://') });
    expect(buildTrackingLink('not a url', utm)).toMatchObject({ ok: false });
    expect(buildTrackingLink('shop', utm)).toMatchObject({ ok: false, message: expect.stringContaining('not a full web address') });
  });

  it('starts each creator with source = platform, medium = influencer, campaign and creator slugs', () => {
    expect(defaultUtm({ platform: 'tiktok', campaignName: 'Spring Launch — Café 2026!', creatorSlug: 'ana-lima' })).toEqual({
      source: 'tiktok',
      medium: 'influencer',
      campaign: 'spring-launch-cafe-2026',
      content: 'ana-lima',
    });
    expect(slugify('  Zoë   O’Neil ')).toBe('zoe-o-neil');
    expect(uniqueSlug('ana', ['ANA', 'ana-2'])).toBe('ana-3');
    expect(uniqueSlug('bo', ['ana'])).toBe('bo');
  });
});

describe('promo codes', () => {
  it('suggests a code from the handle and the discount', () => {
    expect(suggestPromoCode('@pluto__travel', 15)).toBe('PLUTOTRAVEL15');
    expect(suggestPromoCode('josé.müller', null)).toBe('JOSEMULLER');
    expect(suggestPromoCode('', 10)).toBe('CREATOR10');
  });

  it('refuses a code another creator in the campaign has, whatever its case and spaces', () => {
    const others = [{ name: 'Ana Lima', code: 'ANA15' }];
    expect(promoCodeProblem(' ana15 ', others)).toBe(
      'Promo code: “ana15” is already Ana Lima’s code in this campaign. Each creator needs their own, or their sales cannot be told apart.',
    );
    expect(promoCodeProblem('BO15', others)).toBeNull();
    // No code is fine: not every creator has one.
    expect(promoCodeProblem('', [{ name: 'Ana', code: '' }])).toBeNull();
    expect(promoCodeProblem('BO 15', others)).toMatch(/only letters, digits/);
  });

  it('refuses link content another creator has', () => {
    expect(utmContentProblem('Ana-Lima', [{ name: 'Ana Lima', content: 'ana-lima' }])).toMatch(/already in Ana Lima’s link/);
    expect(utmContentProblem('bo', [{ name: 'Ana Lima', content: 'ana-lima' }])).toBeNull();
  });
});
