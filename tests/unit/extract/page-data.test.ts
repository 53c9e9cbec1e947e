import { describe, expect, it, vi } from 'vitest';
import { isSponsored, jsonAssignedTo, jsonFromScriptId, jsonLd, parsedOnce, scriptJson } from '@/utils/extract/page-data';
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

// The content script reads the page again on every change while it waits for it to render; the
// embedded scripts (up to 600 KB) must be parsed once, and again only when their text changes.
describe('parsing embedded scripts once', () => {
  /** JSON.parse calls whose text contains `marker`, from now on. */
  function parsesOf(marker: string) {
    const parse = vi.spyOn(JSON, 'parse');
    return () => parse.mock.calls.filter(([text]) => String(text).includes(marker)).length;
  }

  it('parses ytInitialData once across reads, and again when the script’s text changes', () => {
    const doc = page('var ytInitialData = {"marker":"m1","n":1};');
    const parses = parsesOf('"marker"');
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ marker: 'm1', n: 1 });
    expect(parses()).toBe(1);
    const first = jsonAssignedTo(doc, 'ytInitialData');
    expect(first).toEqual({ marker: 'm1', n: 1 });
    expect(parses()).toBe(1);

    // An in-site navigation rewrites the script: the new data, parsed once.
    doc.querySelector('script')!.textContent = 'var ytInitialData = {"marker":"m2","n":2};';
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ marker: 'm2', n: 2 });
    expect(parses()).toBe(2);
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ marker: 'm2', n: 2 });
    expect(parses()).toBe(2);
  });

  it('parses a script that replaced the old one, even with the same text', () => {
    const doc = page('var ytInitialData = {"marker":1};');
    const parses = parsesOf('"marker"');
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ marker: 1 });
    const replacement = doc.createElement('script');
    replacement.textContent = 'var ytInitialData = {"marker":1};';
    doc.querySelector('script')!.replaceWith(replacement);
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ marker: 1 });
    expect(parses()).toBe(2);
  });

  it('remembers that a script assigns nothing, without searching it again', () => {
    const doc = page('var somethingElse = {"a":1}; window.other = 2;');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const searches = () => exec.mock.contexts.filter((re) => (re as RegExp).source.includes('ytInitialData')).length;
    expect(jsonAssignedTo(doc, 'ytInitialData')).toBeUndefined();
    expect(searches()).toBe(1);
    expect(jsonAssignedTo(doc, 'ytInitialData')).toBeUndefined();
    expect(searches()).toBe(1);
    // Another global in the same script is its own question.
    expect(jsonAssignedTo(doc, 'somethingElse')).toEqual({ a: 1 });
  });

  it('still looks past a script that names the global without assigning an object', () => {
    const doc = parsePage(
      '<html><body><script>if (window.ytInitialData = x) {}</script><script>var ytInitialData = {"b":2};</script></body></html>',
      'https://www.youtube.com/',
    );
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ b: 2 });
    expect(jsonAssignedTo(doc, 'ytInitialData')).toEqual({ b: 2 });
  });

  it('parses each JSON-LD block once, and again when it changes', () => {
    const doc = parsePage(
      '<html><head><script type="application/ld+json">{"@type":"Person","marker":"a"}</script>' +
        '<script type="application/ld+json">[{"@type":"Thing","marker":"b"}]</script></head></html>',
      'https://bsky.app/profile/x',
    );
    const parses = parsesOf('"marker"');
    expect(jsonLd(doc)).toEqual([{ '@type': 'Person', marker: 'a' }, { '@type': 'Thing', marker: 'b' }]);
    expect(parses()).toBe(2);
    expect(jsonLd(doc)).toEqual([{ '@type': 'Person', marker: 'a' }, { '@type': 'Thing', marker: 'b' }]);
    expect(parses()).toBe(2);
    doc.querySelector('script')!.textContent = '{"@type":"Person","marker":"c"}';
    expect(jsonLd(doc)).toEqual([{ '@type': 'Person', marker: 'c' }, { '@type': 'Thing', marker: 'b' }]);
    expect(parses()).toBe(3);
  });

  it('keeps JSON-LD with raw line breaks readable, parsed once', () => {
    const doc = parsePage('<html><head><script type="application/ld+json">{"marker":"line\none"}</script></head></html>', 'https://bsky.app/');
    const parses = parsesOf('"marker"');
    expect(jsonLd(doc)).toEqual([{ marker: 'line\none' }]);
    expect(parses()).toBe(2); // as written (refused: a raw line break), then escaped
    expect(jsonLd(doc)).toEqual([{ marker: 'line\none' }]);
    expect(parses()).toBe(2);
  });

  it('shares one parse of a JSON script between jsonFromScriptId and scriptJson', () => {
    const doc = parsePage('<html><head><script id="SIGI_STATE" type="application/json">{"marker":1}</script></head></html>', 'https://www.tiktok.com/@a');
    const parses = parsesOf('"marker"');
    const value = jsonFromScriptId(doc, 'SIGI_STATE');
    expect(value).toEqual({ marker: 1 });
    expect(scriptJson(doc.getElementById('SIGI_STATE')!)).toBe(value);
    expect(jsonFromScriptId(doc, 'SIGI_STATE')).toBe(value);
    expect(parses()).toBe(1);
    expect(jsonFromScriptId(doc, 'missing')).toBeUndefined();
  });

  it('keeps one result per script, text and key', () => {
    const doc = page('abc');
    const script = doc.querySelector('script')!;
    const parse = vi.fn((text: string) => text.length);
    const other = vi.fn(() => undefined);
    expect(parsedOnce(script, 'length', parse)).toBe(3);
    expect(parsedOnce(script, 'length', parse)).toBe(3);
    expect(parsedOnce(script, 'nothing', other)).toBeUndefined();
    expect(parsedOnce(script, 'nothing', other)).toBeUndefined();
    expect(parse).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(1);
    script.textContent = 'abcdef';
    expect(parsedOnce(script, 'length', parse)).toBe(6);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(parse).toHaveBeenLastCalledWith('abcdef');
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
