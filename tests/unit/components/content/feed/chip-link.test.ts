// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChipState } from '@/utils/model/views';
import { FeedChip, type ChipActions } from '@/components/content/feed/chip';

// The chip's card offers to link the card's post to the creator's open deliverable. The chip's
// shadow root is closed (the page cannot reach it); the test keeps a handle on it as it is made.

const author = { handle: 'realDonaldTrump', name: 'Donald J. Trump', profileUrl: 'https://twitter.com/realDonaldTrump', verified: true };
const POST = 'x:1222907250383245320';
const state: Extract<ChipState, { saved: true }> = {
  saved: true, accountId: 'x:realdonaldtrump', creatorId: 'c1', displayName: 'Donald J. Trump', status: 'contracted', lastContactedAt: null, lastTemplate: null,
  followers: null, engagementRate: null, engagementMethod: null, fitScore: null,
  deliverables: { open: [{ id: 'tweet-1', title: 'Tweet on X', status: 'approved', campaignName: 'Launch' }], linkedPostIds: [] },
};

function mount(postId: string | null, actions: Partial<ChipActions> = {}) {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const chip = new FeedChip(author, 'x:realdonaldtrump', { save: vi.fn(), openRoster: vi.fn(), hideOnThisSite: vi.fn(), ...actions }, undefined, () => postId);
  spy.mockRestore();
  document.body.append(chip.host);
  const root = roots[0]!;
  const open = (s: ChipState) => {
    chip.update({ kind: 'state', state: s });
    chip.host.dispatchEvent(new FocusEvent('focusin'));
  };
  const buttons = () => [...root.querySelectorAll('.card button')].map((b) => b.textContent);
  return { chip, root, open, buttons };
}

// The chip acts only on trusted events (a user's, never a page script's); jsdom's events are all
// untrusted, so the test calls the chip's own click listeners (one on its shadow root serves every
// button) with the event a user's click on the button makes.
const clickListeners = new WeakMap<EventTarget, Array<(event: Partial<Event>) => void>>();
const addListener = EventTarget.prototype.addEventListener;
beforeEach(() => {
  vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
    if (type === 'click' && typeof listener === 'function') clickListeners.set(this, [...(clickListeners.get(this) ?? []), listener as never]);
    addListener.call(this, type, listener, options);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function userClick(button: Element) {
  for (const listener of clickListeners.get(button.getRootNode()) ?? []) listener({ isTrusted: true, type: 'click', target: button });
}

describe('feed chip: link the post to a deliverable', () => {
  it('offers the creator’s open deliverable on a card of their own post, links it and says what was filled', async () => {
    let finish: (message: string) => void = () => {};
    const link = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const { root, open, buttons, chip } = mount(POST, { link });
    open(state);
    expect(buttons()).toEqual(['Link this post to “Tweet on X” (Launch)', 'Open in roster', 'Hide chips on this site']);
    const offer = [...root.querySelectorAll('.card button')][0] as HTMLButtonElement;
    userClick(offer);
    expect(link).toHaveBeenCalledWith('tweet-1');
    expect(offer).toHaveProperty('ariaDisabled', 'true');
    userClick(offer);
    expect(link).toHaveBeenCalledTimes(1); // pressed twice, linked once
    // The background answers; the refreshed state has the post linked, so the offer is gone and the card says so.
    chip.update({ kind: 'state', state: { ...state, deliverables: { open: [], linkedPostIds: [POST] } } });
    finish('Linked to “Tweet on X”: published and verified. Its likes are in the results of “Launch”.');
    await vi.waitFor(() => expect(root.querySelector('.card [role="status"]')?.textContent).toBe('Linked to “Tweet on X”: published and verified. Its likes are in the results of “Launch”.'));
    expect(buttons()).toEqual(['Open in roster', 'Hide chips on this site']);
  });

  it('says why when linking is refused, and offers it again', async () => {
    const { root, open, buttons } = mount(POST, { link: () => Promise.reject(new Error('This post is not by the creator of this deliverable, so it was not linked.')) });
    open(state);
    userClick(root.querySelector('.card button')!);
    await vi.waitFor(() => expect(root.querySelector('.card [role="status"]')?.textContent).toBe('This post is not by the creator of this deliverable, so it was not linked.'));
    expect(buttons()[0]).toBe('Link this post to “Tweet on X” (Launch)');
    expect(root.querySelector('.card button')!.getAttribute('aria-disabled')).toBeNull();
  });

  it('offers nothing for a post already linked, a card without the author’s own post, or a creator with nothing open', () => {
    const link = vi.fn(async () => '');
    const linked = mount(POST, { link });
    linked.open({ ...state, deliverables: { open: state.deliverables!.open, linkedPostIds: [POST] } });
    expect(linked.buttons()).toEqual(['Open in roster', 'Hide chips on this site']);
    const noPost = mount(null, { link });
    noPost.open(state);
    expect(noPost.buttons()).toEqual(['Open in roster', 'Hide chips on this site']);
    const nothingOpen = mount(POST, { link });
    nothingOpen.open({ ...state, deliverables: { open: [], linkedPostIds: [] } });
    expect(nothingOpen.buttons()).toEqual(['Open in roster', 'Hide chips on this site']);
  });
});
