// The profile header as the logged-in page renders it (also after in-site navigation, when the
// meta tags still describe the page first loaded). Markup this follows:
// - 2019–2021: <header><section><ul class="k9GMp"><li><span class="-nal3"><span class="g47SY">224</span>
//   posts</span></li><li><a class="-nal3" href="/polizei.hannover/followers/"><span class="g47SY"
//   title="28,324">28.3k</span> followers</a></li>… then <div class="-vDIg"><h1 class="rhpdm">name</h1>
//   <br><span>bio</span>. (Quoted in the docstrings of a public Instagram scraper's InstagramObject
//   class; structure as read by Ang3loDF/instatools tools/followers_count_of.py and
//   afquintero/380-Web-Scraping igFFP.py: header/section/ul/li[1..3], followers li[2]/a/span, or
//   li[2]/span/span when the account is private.)
// - 2022–2023: <ul class="x78zum5 x1q0g3np xieb3on"><li class="xl565be …"><div class="_aacl …">
//   <span class="_ac2a" title="810,046">810K</span> followers</div></li>… (the title holds the exact
//   number; quoted in public Selenium scripts) then <div class="_aa_c"><span>name</span>…<h1
//   dir="auto">bio</h1>. Riccardoalfieri2003/ExploreWorld Codice/instagramScraper/
//   number_follower_account.py reads li.xl565be.
// - 2024–2025: several <section>s in the header; counts in the same ul/li, logged out as <button>s
//   instead of links (RJPriyadharshini/Task Task-22.py: //header[…]//li[2]//button); name and bio
//   as <span dir="auto">s after the counts.
// The order of the three counts is the same in every language: posts, followers, following.
import { firstCount, shownCount, textOf } from '../page-data';
import type { CountField, MeasuredCount } from '@/utils/model/reading';
import { sameHandle } from '@/utils/model/reading-fields';
import { spacedText } from './text';
import { handleInHref } from './urls';

const HEADERS = ['main header', 'header'];
const COUNT_ITEMS = 'ul li';
const FOLLOWERS_LINK = 'a[href$="/followers/"], a[href$="/followers"]';
const FOLLOWING_LINK = 'a[href$="/following/"], a[href$="/following"]';
// The verified badge: aria-label "Verified" in English; the badge's path is the same in every
// language (2023–2025 markup: <svg aria-label="Verified" class="x1lliihq x1n2onr6" …><title>Verified
// </title><path d="M19.998 3.094 14.638 0l-2.972 5.15H5.432v6.354L0 14.64 …">).
export const VERIFIED_BADGE = 'svg[aria-label="Verified"], svg path[d^="M19.998 3.094 14.638 0"]';
// Name and bio, newest layout first; old layouts stay as fallbacks.
const NAMES = [
  'section span.x1lliihq[dir="auto"]', // 2024–2025
  'div._aa_c > span', // 2022–2023
  'div.-vDIg > h1', // 2019–2021
];
const BIOS = [
  'section span._ap3a[dir="auto"]', // 2024–2025
  'section h1[dir="auto"]', // 2022–2023
  'div.-vDIg > span', // 2019–2021
];

export interface HeaderReading {
  followers: MeasuredCount | null;
  following: MeasuredCount | null;
  posts: MeasuredCount | null;
  name: string | null;
  bio: string | null;
  verified: boolean;
}

/** The most precise of the li's shown number and a `title` holding the exact one ("1,234,567"). */
function itemCount(li: Element, lang: string | null): MeasuredCount | null {
  const titled = [...li.querySelectorAll('[title]')].map((el) => shownCount(el.getAttribute('title'), 'dom', lang));
  const shown = shownCount(spacedText(li), 'dom', lang);
  const field: CountField = firstCount('', ...titled.filter((c) => c?.precision === 1), shown);
  return 'value' in field ? field : null;
}

/** The rendered header of `handle`'s profile; null when absent or still showing another profile. */
export function readProfileHeader(doc: Document, handle: string, lang: string | null): HeaderReading | null {
  const header = HEADERS.map((selector) => doc.querySelector(selector)).find((h) => h?.querySelector(COUNT_ITEMS));
  if (!header) return null;
  // The followers/following links name the profile: after in-site navigation the header can still
  // show the previous one for a moment.
  const links = [...header.querySelectorAll(`${FOLLOWERS_LINK}, ${FOLLOWING_LINK}`)];
  if (links.some((a) => !sameHandle(handleInHref(a.getAttribute('href')), handle))) return null;

  const items = [...header.querySelectorAll(COUNT_ITEMS)].slice(0, 3);
  const linked = (selector: string) => items.find((li) => li.querySelector(selector));
  const followersItem = linked(FOLLOWERS_LINK) ?? items[1];
  const followingItem = linked(FOLLOWING_LINK) ?? items[2];
  const postsItem = items.find((li) => li !== followersItem && li !== followingItem);
  // The username also sits in the header (as an h2 or a link); it is not the name. Compared as
  // written (sameHandle ignores a leading "@"): a text "@<handle>" is kept, as it always was.
  const text = (selectors: string[]) =>
    selectors.map((s) => textOf(header.querySelector(s))).find((t) => t && t.toLowerCase() !== handle.toLowerCase()) ?? null;
  return {
    followers: followersItem ? itemCount(followersItem, lang) : null,
    following: followingItem ? itemCount(followingItem, lang) : null,
    posts: postsItem ? itemCount(postsItem, lang) : null,
    name: text(NAMES),
    bio: text(BIOS),
    verified: header.querySelector(VERIFIED_BADGE) !== null,
  };
}
