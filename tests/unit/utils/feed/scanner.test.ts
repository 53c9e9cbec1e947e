// @vitest-environment jsdom
// jsdom: the scanner watches a live document.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedScanner, OWN_MARK, PAUSE_AFTER } from '@/utils/feed/scanner';
import type { FeedCard } from '@/utils/feed/types';
import { xFeed } from '@/utils/platforms/x/feed';
import { listFixtures, parsePage } from '../../../helpers/fixtures';

// The scanner on a live document fed with the cards of a real page (twitter.com status page with
// replies), the way an endless feed appends them: in batches, after the first pass.

const URL_ = 'https://twitter.com/realDonaldTrump/status/1222907250383245320';
let cards: Element[] = [];

beforeAll(() => {
  const fixture = listFixtures().find((f) => f.name === 'x/twitter-status-realDonaldTrump-2023-replies')!;
  const doc = parsePage(fixture.html, URL_);
  cards = [...doc.querySelectorAll(xFeed.cardSelector)];
});

afterEach(() => {
  document.body.replaceChildren();
});

/** A copy of the saved page's card `index` in the test's live document. */
function element(index: number): Element {
  return document.importNode(cards[index]!, true);
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function scanner(batches: FeedCard[][]) {
  return new FeedScanner(xFeed, () => ({ base: new URL(URL_), lang: 'en' }), (cards) => batches.push(cards));
}

describe('FeedScanner', () => {
  it('reads the cards already there, then only the cards each batch adds', async () => {
    const batches: FeedCard[][] = [];
    const list = document.createElement('section');
    list.append(element(0));
    document.body.append(list);
    const s = scanner(batches);
    s.scan(document);
    const stop = s.observe(document.body);
    // One batch of two replies, wrapped in the cells the site wraps them in.
    const cells = [1, 2].map((index) => {
      const cell = document.createElement('div');
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.append(element(index));
      return cell;
    });
    list.append(...cells);
    await tick();
    stop();
    expect(batches.map((b) => b.map((c) => c.author.handle))).toEqual([['realDonaldTrump'], ['JeffreyGuterman', 'MyDaughtersArmy']]);
  });

  it('never reads a card twice: a card moved (or scanned again) is not news', async () => {
    const batches: FeedCard[][] = [];
    const card = element(1);
    document.body.append(card);
    const s = scanner(batches);
    const stop = s.observe(document.body);
    s.scan(document);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(card); // the site re-parents the cell
    await tick();
    s.scan(document);
    stop();
    expect(batches.flat()).toHaveLength(1);
    expect(s.health()).toEqual({ found: 1, read: 1, paused: false });
  });

  it('reads a card that was added empty once the site fills it in', async () => {
    const batches: FeedCard[][] = [];
    const filled = element(2);
    const shell = document.createElement('article');
    shell.setAttribute('data-testid', 'tweet');
    document.body.append(shell);
    const s = scanner(batches);
    const stop = s.observe(document.body);
    await tick();
    expect(batches).toHaveLength(0);
    shell.append(...filled.childNodes);
    await tick();
    stop();
    expect(batches.flat().map((c) => c.author.handle)).toEqual(['MyDaughtersArmy']);
  });

  it('ignores the chips it inserts', async () => {
    const batches: FeedCard[][] = [];
    const s = scanner(batches);
    const stop = s.observe(document.body);
    const chip = document.createElement('span');
    chip.setAttribute(OWN_MARK, 'chip');
    chip.append(element(1)); // even one holding something that looks like a card
    document.body.append(chip);
    await tick();
    stop();
    expect(batches).toHaveLength(0);
  });

  it('says the site changed when it finds cards but can read no author in them', async () => {
    const s = scanner([]);
    const stop = s.observe(document.body);
    for (let i = 0; i < PAUSE_AFTER; i += 1) {
      // The same real card with its name box renamed, as a redesign would.
      const card = element(1);
      for (const box of card.querySelectorAll('[data-testid="User-Names"]')) box.setAttribute('data-testid', 'AuthorBox');
      document.body.append(card);
    }
    await tick();
    stop();
    expect(s.health()).toEqual({ found: PAUSE_AFTER, read: 0, paused: true });
  });
});
