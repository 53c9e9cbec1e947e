import { describe, expect, it, vi } from 'vitest';
import { accountIdOf, sameHandle } from '@/utils/model/reading-fields';
import {
  firstCount,
  firstText,
  isSponsored,
  jsonAssignedTo,
  jsonFromScriptId,
  jsonLd,
  ldInteractionCount,
  metaNameAndBio,
  mostPrecise,
  parsedOnce,
  scriptJson,
  shownCount,
} from '@/utils/platforms/page-data';
import { parsePage } from '../../../../helpers/fixtures';

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

// The small helpers every adapter shares (one copy each, in page-data.ts and fields.ts).
describe('sameHandle', () => {
  it('matches a handle whatever its case and a leading "@", as account ids do', () => {
    expect(sameHandle('Kikobeats', 'kikobeats')).toBe(true);
    expect(sameHandle('@Kikobeats', 'kikobeats')).toBe(true);
    expect(sameHandle('stephenking.bsky.social', '@StephenKing.bsky.social')).toBe(true);
    expect(sameHandle('did:plc:ABC', 'did:plc:abc')).toBe(true);
    expect(accountIdOf('x', '@Kikobeats')).toBe('x:kikobeats');
  });

  it('does not match other handles, nor anything that is not a non-empty string', () => {
    expect(sameHandle('alice', 'alice2')).toBe(false);
    expect(sameHandle('@@alice', 'alice')).toBe(false);
    expect(sameHandle('', '')).toBe(false);
    expect(sameHandle(null, null)).toBe(false);
    expect(sameHandle(undefined, 'alice')).toBe(false);
    expect(sameHandle(42, '42')).toBe(false);
    expect(sameHandle({ toLowerCase: () => 'alice' }, 'alice')).toBe(false);
  });
});

describe('firstText', () => {
  it('takes the first candidate with text, clipped, with its source', () => {
    expect(firstText('none', [null, 'dom'], ['', 'jsonld'], [undefined, 'json'], ['Ana', 'meta'], ['Bo', 'dom'])).toEqual({ value: 'Ana', source: 'meta' });
    expect(firstText('none', ['x'.repeat(3000), 'dom'])).toEqual({ value: 'x'.repeat(2200), source: 'dom' });
  });

  it('gives the reason when no candidate has text', () => {
    expect(firstText('The page does not show a bio.', [null, 'dom'], ['', 'meta'])).toEqual({ missing: 'The page does not show a bio.' });
    expect(firstText('none')).toEqual({ missing: 'none' });
  });
});

describe('mostPrecise', () => {
  const count = (value: number, precision: number, source: 'json' | 'dom' | 'meta') => ({ value, precision, source });

  it('takes the smallest precision, the earlier candidate on a tie, else the reason', () => {
    expect(mostPrecise('none', count(783400, 100, 'dom'), null, count(783427, 1, 'meta'))).toEqual(count(783427, 1, 'meta'));
    expect(mostPrecise('none', count(1, 1, 'json'), count(2, 1, 'dom'))).toEqual(count(1, 1, 'json'));
    expect(mostPrecise('none', null, undefined)).toEqual({ missing: 'none' });
    // firstCount, by contrast, takes the first found.
    expect(firstCount('none', count(783400, 100, 'dom'), count(783427, 1, 'meta'))).toEqual(count(783400, 100, 'dom'));
  });
});

describe('shownCount', () => {
  it('parses a count as displayed, with its precision and the given source; null for no count', () => {
    expect(shownCount('Like (3,817 likes)', 'aria', 'en')).toEqual({ value: 3817, precision: 1, source: 'aria' });
    expect(shownCount('783.4K', 'dom', 'en')).toEqual({ value: 783400, precision: 100, source: 'dom' });
    expect(shownCount('', 'meta', 'en')).toBeNull();
    expect(shownCount('Like', 'aria', 'en')).toBeNull();
  });
});

describe('ldInteractionCount', () => {
  const stats = [
    { '@type': 'InteractionCounter', interactionType: 'https://schema.org/FollowAction', userInteractionCount: 1101177 },
    { '@type': 'InteractionCounter', name: 'Tweets', interactionType: 'http://schema.org/WriteAction', userInteractionCount: '23917' },
  ];

  it('reads the exact count of an action type, or of a named statistic first', () => {
    expect(ldInteractionCount(stats, 'FollowAction')).toEqual({ value: 1101177, precision: 1, source: 'jsonld' });
    expect(ldInteractionCount(stats, 'WriteAction')).toEqual({ value: 23917, precision: 1, source: 'jsonld' });
    expect(ldInteractionCount(stats, 'SomethingElse', 'Tweets')).toEqual({ value: 23917, precision: 1, source: 'jsonld' });
  });

  it('gives null for a missing action, a list that is not one, or an unreadable count', () => {
    expect(ldInteractionCount(stats, 'LikeAction')).toBeNull();
    // A plain type name, without the schema.org URL, is not what X and Bluesky write.
    expect(ldInteractionCount([{ interactionType: 'FollowAction', userInteractionCount: 5 }], 'FollowAction')).toBeNull();
    expect(ldInteractionCount(stats[0], 'FollowAction')).toBeNull();
    expect(ldInteractionCount(undefined, 'FollowAction')).toBeNull();
    expect(ldInteractionCount([{ interactionType: 'https://schema.org/LikeAction', userInteractionCount: 'many' }], 'LikeAction')).toBeNull();
    // The named statistic decides, even when its count is unreadable (X's "Follows").
    const named = [{ name: 'Follows', userInteractionCount: 'n/a' }, ...stats];
    expect(ldInteractionCount(named, 'FollowAction', 'Follows')).toBeNull();
  });
});

describe('metaNameAndBio', () => {
  const TITLE = /^(.*)\s\(@([^)\s]+)\)\s*$/su;
  const tags = (title: string, description?: string) =>
    parsePage(
      `<html><head><meta property="og:title" content="${title}">${description === undefined ? '' : `<meta name="description" content="${description}">`}</head></html>`,
      'https://bsky.app/profile/stephenking.bsky.social',
    );

  it('reads name and bio when og:title names the handle', () => {
    expect(metaNameAndBio(tags('Stephen King (@StephenKing.bsky.social)', '  Author\n of   books '), 'stephenking.bsky.social', TITLE)).toEqual({
      name: 'Stephen King',
      bio: 'Author of books',
    });
    expect(metaNameAndBio(tags('Stephen King (@stephenking.bsky.social)'), 'stephenking.bsky.social', TITLE)).toEqual({ name: 'Stephen King', bio: null });
  });

  it('gives null when og:title names someone else or no one', () => {
    expect(metaNameAndBio(tags('Someone (@someone.bsky.social)', 'Bio'), 'stephenking.bsky.social', TITLE)).toBeNull();
    expect(metaNameAndBio(tags('Bluesky', 'Bio'), 'stephenking.bsky.social', TITLE)).toBeNull();
  });
});
