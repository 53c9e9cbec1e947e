// The creator's language, detected from what they write (bio, captions) by the browser's own
// language detector (`i18n.detectLanguage`: no library, nothing sent anywhere). Not the page's
// `lang`, which is the viewer's interface language. Runs in the background and extension pages
// only, never in a content script.
import { browser } from 'wxt/browser';
import { languageCode } from '@/utils/scoring/language';

/** Detected languages below this share of the text are not trusted. */
const MIN_PERCENTAGE = 50;
/** Too little text says nothing reliable about a language. */
const MIN_LETTERS = 20;

/** The ISO 639-1 code of the language `texts` are written in, or null when it cannot be told reliably. */
export async function detectLanguage(texts: ReadonlyArray<string | null | undefined>): Promise<string | null> {
  const text = texts.filter((t): t is string => Boolean(t?.trim())).join('\n').slice(0, 5000);
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return null;
  try {
    const result = await browser.i18n.detectLanguage(text);
    if (!result?.isReliable) return null;
    const best = [...result.languages].sort((a, b) => b.percentage - a.percentage)[0];
    return best && best.percentage >= MIN_PERCENTAGE ? languageCode(best.language) : null;
  } catch {
    return null; // a browser without a detector (or a test's fake browser): the language stays unknown
  }
}
