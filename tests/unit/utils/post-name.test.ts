import { describe, expect, it } from 'vitest';
import { captionStart, postName } from '@/utils/post-name';

const NOV_3 = Date.UTC(2026, 10, 3, 12);
const DEC_1 = Date.UTC(2026, 11, 1, 12);
const en = { locale: 'en-US', timeZone: 'UTC' };

describe('postName', () => {
  it('names a post by its date and the start of its caption, never its id', () => {
    expect(postName({ postedAt: NOV_3, caption: 'Sunrise over Lisbon from the Miradouro da Senhora do Monte, worth the climb #travel' }, en)).toBe(
      'Nov 3, 2026 · “Sunrise over Lisbon from the Miradouro da…”',
    );
  });

  it('says which date it has when the page showed no caption, or no date', () => {
    expect(postName({ postedAt: NOV_3, caption: null }, en)).toBe('Post of Nov 3, 2026');
    expect(postName({ postedAt: null, caption: '  ' , seenAt: DEC_1 }, en)).toBe('Post seen Dec 1, 2026');
    expect(postName({ postedAt: null, caption: 'Day one', seenAt: DEC_1 }, en)).toBe('Post seen Dec 1, 2026 · “Day one”');
    expect(postName({ postedAt: null, caption: 'Day one' }, en)).toBe('Undated post · “Day one”');
    expect(postName({ postedAt: null, caption: null }, en)).toBe('A post with no date or caption shown');
  });

  it('writes the date as the user’s locale does', () => {
    expect(postName({ postedAt: NOV_3, caption: null }, { locale: 'de-DE', timeZone: 'UTC' })).toBe('Post of 03.11.2026');
  });
});

describe('captionStart', () => {
  it('keeps a caption on one line and cuts it at a word', () => {
    expect(captionStart('Line one\nline two', 48)).toBe('Line one line two');
    expect(captionStart('abcdefghij klmnopqrst', 12)).toBe('abcdefghij…');
  });
});
