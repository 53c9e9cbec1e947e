import { describe, expect, it } from 'vitest';
import { contrastFailures, contrastRatio, parseColor, requiredRatio, sampleRatio, type Rgba } from '../../../helpers/contrast.ts';

// The arithmetic behind the light/dark theme test, checked against figures WCAG and common
// contrast checkers give.
const WHITE: Rgba = [255, 255, 255, 1];

describe('text contrast', () => {
  it('reads the colours Chromium computes', () => {
    expect(parseColor('rgb(91, 63, 217)')).toEqual([91, 63, 217, 1]);
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 0.5]);
    expect(parseColor('color(srgb 1 0.5 0 / 0.18)')).toEqual([255, 127.5, 0, 0.18]);
    expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow(/Not a computed rgb\(\) colour/);
  });

  it('gives 21:1 for black on white, 1:1 for a colour on itself, and about 4.48:1 for #777 on white', () => {
    expect(contrastRatio([0, 0, 0, 1], WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio([91, 63, 217, 1], [91, 63, 217, 1])).toBe(1);
    expect(contrastRatio([0x77, 0x77, 0x77, 1], WHITE)).toBeCloseTo(4.48, 2);
  });

  it('paints translucent backgrounds and text over what is behind them', () => {
    // Half-transparent black over white is mid grey (127.5): white text on it is about 4.0:1.
    const sample = { text: 'x', where: 'p', color: 'rgb(255, 255, 255)', backgrounds: ['rgba(0, 0, 0, 0.5)'], fontSizePx: 14, fontWeight: 400 };
    expect(sampleRatio(sample, WHITE)).toBeCloseTo(contrastRatio(WHITE, [127.5, 127.5, 127.5, 1]), 5);
    // Text the same colour as the button it sits on cannot be read.
    expect(sampleRatio({ ...sample, color: 'rgb(91, 63, 217)', backgrounds: ['rgb(91, 63, 217)'] }, WHITE)).toBe(1);
  });

  it('asks 3:1 of large text and 4.5:1 of the rest, and lists only what falls short', () => {
    expect(requiredRatio({ fontSizePx: 24, fontWeight: 400 })).toBe(3);
    expect(requiredRatio({ fontSizePx: 19, fontWeight: 700 })).toBe(3);
    expect(requiredRatio({ fontSizePx: 19, fontWeight: 400 })).toBe(4.5);
    const grey = { where: 'p', color: 'rgb(119, 119, 119)', backgrounds: ['rgb(255, 255, 255)'], fontWeight: 400 };
    expect(contrastFailures([{ ...grey, text: 'small', fontSizePx: 14 }, { ...grey, text: 'large', fontSizePx: 28 }], WHITE)).toEqual([
      { text: 'small', where: 'p', ratio: 4.48, required: 4.5 },
    ]);
  });
});
