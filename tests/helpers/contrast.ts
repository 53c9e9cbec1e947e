// Text contrast as WCAG 2.2 defines it (success criterion 1.4.3), for the theme test: a page reports
// each visible piece of text with its colour and the background colours behind it, and this works
// out the ratio and whether it passes.
import type { Page } from 'playwright-core';

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/**
 * A computed CSS colour as Chromium reports it: `rgb(r, g, b)`, `rgba(r, g, b, a)`, or for
 * `color-mix()` results `color(srgb r g b / a)` with channels from 0 to 1.
 */
export function parseColor(css: string): Rgba {
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(css.trim());
  if (srgb) {
    const [, r, g, b, a] = srgb;
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, a === undefined ? 1 : Number(a)];
  }
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(css.trim());
  if (!match) throw new Error(`Not a computed rgb() colour: ${css}`);
  const [, r, g, b, a] = match;
  return [Number(r), Number(g), Number(b), a === undefined ? 1 : Number(a)];
}

/** `top` painted over the opaque colour `under`. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
}

/** Relative luminance of an opaque sRGB colour. */
export function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface TextSample {
  text: string;
  where: string;
  color: string;
  /** Background colours from the outermost ancestor in to the element itself. */
  backgrounds: string[];
  fontSizePx: number;
  fontWeight: number;
}

/** Large text (at least 18pt, or 14pt bold) needs 3:1; everything else 4.5:1. */
export function requiredRatio(sample: Pick<TextSample, 'fontSizePx' | 'fontWeight'>): number {
  const large = sample.fontSizePx >= 24 || (sample.fontSizePx >= 18.66 && sample.fontWeight >= 700);
  return large ? 3 : 4.5;
}

/** The ratio of a sample's text to what is painted behind it (starting from an opaque `canvas`). */
export function sampleRatio(sample: TextSample, canvas: Rgba): number {
  const background = sample.backgrounds.map(parseColor).reduce((under, top) => over(top, under), canvas);
  return contrastRatio(over(parseColor(sample.color), background), background);
}

export interface ContrastFailure {
  text: string;
  where: string;
  ratio: number;
  required: number;
}

export function contrastFailures(samples: TextSample[], canvas: Rgba): ContrastFailure[] {
  return samples
    .map((s) => ({ text: s.text, where: s.where, ratio: Math.round(sampleRatio(s, canvas) * 100) / 100, required: requiredRatio(s) }))
    .filter((f) => f.ratio < f.required);
}

/**
 * Every piece of visible text on the page: elements with text of their own and filled-in form
 * fields. Disabled controls are left out (WCAG exempts inactive components), as is text hidden for
 * screen readers only.
 */
export function collectText(page: Page): Promise<TextSample[]> {
  return page.evaluate(() => {
    const samples: TextSample[] = [];
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && parts.length < 3; node = node.parentElement) {
        const cls = node.getAttribute('class')?.trim().split(/\s+/)[0];
        parts.unshift(node.tagName.toLowerCase() + (cls ? `.${cls}` : ''));
      }
      return parts.join(' > ');
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 1 && rect.height > 1 && style.visibility === 'visible' && style.display !== 'none';
    };
    const inactive = (el: Element) => el.closest(':disabled, [aria-disabled="true"], [inert]') !== null;
    const backgroundsOf = (el: Element) => {
      const layers: string[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (!/^rgba\(0, 0, 0, 0\)$|^transparent$/.test(bg)) layers.unshift(bg);
      }
      return layers;
    };
    const sample = (el: Element, text: string) => {
      const style = getComputedStyle(el);
      samples.push({
        text: text.slice(0, 60),
        where: describe(el),
        color: style.color,
        backgrounds: backgroundsOf(el),
        fontSizePx: parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight) || 400,
      });
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el) || inactive(el)) continue;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (el.value && !['checkbox', 'radio', 'range', 'color', 'file', 'hidden'].includes(el.type)) sample(el, el.value);
        continue;
      }
      if (el instanceof HTMLSelectElement) {
        const chosen = el.selectedOptions[0]?.text;
        if (chosen) sample(el, chosen);
        continue;
      }
      if (el instanceof HTMLOptionElement) continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (own) sample(el, own);
    }
    return samples;
  });
}
