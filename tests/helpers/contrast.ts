// Text contrast as WCAG 2.2 defines it (success criterion 1.4.3), for the accessibility test: the
// page audit (page-audit.ts) reports each visible piece of text with its colour and the background
// colours behind it, and this works out the ratio and whether it passes.

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
