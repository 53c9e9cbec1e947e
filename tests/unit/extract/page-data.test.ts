import { describe, expect, it } from 'vitest';
import { isSponsored, jsonAssignedTo } from '@/utils/extract/page-data';
import { parsePage } from '../../helpers/fixtures';

const page = (script: string) => parsePage(`<html><body><script>${script}</script></body></html>`, 'https://www.youtube.com/');

describe('jsonAssignedTo', () => {
  it('reads the data a site assigns to a global, in each way sites write it', () => {
    expect(jsonAssignedTo(page('var ytInitialData = {"a":{"b":[1,2]}};'), 'ytInitialData')).toEqual({ a: { b: [1, 2] } });
    expect(jsonAssignedTo(page('window._sharedData = {"x":1};'), '_sharedData')).toEqual({ x: 1 });
    expect(jsonAssignedTo(page('window["ytInitialData"] = {"y":"}"};'), 'ytInitialData')).toEqual({ y: '}' });
  });

  it('finds the end of the object when other code follows it', () => {
    const doc = page('var ytInitialData = {"s":"a \\" } b","n":[{"m":1}]}; var other = {"z": 2}; if (x) { y(); }');
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ s: 'a " } b', n: [{ m: 1 }] });
  });

  it('gives undefined, never throws, for missing or broken data', () => {
    expect(jsonAssignedTo(page('var somethingElse = {};'), 'ytInitialData')).toBeUndefined();
    expect(jsonAssignedTo(page('var ytInitialData = {"a": ;'), 'ytInitialData')).toBeUndefined();
  });
});

describe('isSponsored', () => {
  it.each([
    ['New drop! #ad', true],
    ['#Sponsored by Acme', true],
    ['Gracias a @marca #publi', true],
    ['Werbung #anzeige', true],
    ['I made this #adventure trip', false],
    ['Adding a #badge', false],
    ['no tags at all', false],
  ])('%j → %s', (caption, sponsored) => {
    expect(isSponsored(caption)).toBe(sponsored);
  });

  it('reads the sites’ paid-partnership labels', () => {
    expect(isSponsored(null, ['Paid partnership with acme'])).toBe(true);
    expect(isSponsored('', ['Includes paid promotion'])).toBe(true);
    expect(isSponsored('', ['Partnership ideas'])).toBe(false);
  });
});
