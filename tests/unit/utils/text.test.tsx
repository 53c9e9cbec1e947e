import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '@/components/app/ErrorBoundary';
import { saveViewedProfile } from '@/storage/profiles';
import { creatorHref, composeHref } from '@/utils/routes';
import { clipCaption } from '@/utils/templates/context';
import { mailtoLink } from '@/utils/templates/send';
import { clipText, encodeText, sliceGraphemes } from '@/utils/text';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

// One odd record must not blank a page: text cut between graphemes (never a lone surrogate), names
// longer than a record keeps cut with an ellipsis instead of refusing the page, and a section that
// throws replaced by a sentence naming it.

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20);

describe('cutting text', () => {
  it('cuts a caption of emoji between two emoji, so a mail draft of it can be made', () => {
    const caption = `x${'😀'.repeat(100)}`;
    const clipped = clipCaption(caption);
    expect(clipped.isWellFormed()).toBe(true);
    expect(clipped).toBe(`x${'😀'.repeat(59)}…`);
    expect(() => mailtoLink('ana@example.com', 'Hi', `Your post “${clipped}”`)).not.toThrow();
  });

  it('keeps flags and families whole, and ends a cut with an ellipsis within the limit', () => {
    expect(sliceGraphemes('ab🇵🇹🇵🇹', 9)).toBe('ab🇵🇹');
    expect(sliceGraphemes('ab🇵🇹🇵🇹', 5)).toBe('ab');
    expect(sliceGraphemes('👨‍👩‍👧x', 4)).toBe('');
    const clipped = clipText('José '.repeat(100), 300);
    expect(clipped.length).toBeLessThanOrEqual(300);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipText('short', 300)).toBe('short');
  });

  it('encodes a lone surrogate instead of throwing (a link to a record whose id has one)', () => {
    expect(encodeText('c\ud83d')).toBe('c%EF%BF%BD');
    expect(() => creatorHref('c\ud83d')).not.toThrow();
    expect(() => composeHref('c\ud83d')).not.toThrow();
  });
});

describe('a display name longer than a record keeps', () => {
  it('is saved cut to 300 characters with an ellipsis, not refused', async () => {
    const long = `${'Ana'.repeat(700)} Lima`;
    const { creatorId, accountId } = await saveViewedProfile(plutoReading({ displayName: { value: long, source: 'meta' } }), { now: T });
    const creator = await db().creators.get(creatorId);
    expect(creator?.displayName).toHaveLength(300);
    expect(creator?.displayName.endsWith('…')).toBe(true);
    expect((await db().accounts.get(accountId))?.displayName).toBe(creator?.displayName);
  });
});

describe('ErrorBoundary', () => {
  it('replaces only the section that throws, with a sentence naming it', () => {
    const Broken = (): never => {
      throw new URIError('URI malformed');
    };
    const quiet = console.error;
    console.error = () => undefined;
    try {
      render(
        <div>
          <ErrorBoundary what="Ana Lima’s posts">
            <Broken />
          </ErrorBoundary>
          <p>Ana Lima’s timeline</p>
        </div>,
      );
    } finally {
      console.error = quiet;
    }
    expect(screen.getByRole('alert')).toHaveTextContent('Ana Lima’s posts could not be shown (URI malformed). Your data is unchanged, and the rest of Creator Scout works.');
    expect(screen.getByText('Ana Lima’s timeline')).toBeInTheDocument();
  });
});
