// Small, pure helpers the platform adapters share for reading data embedded in a page.
import { parseCount } from '@/utils/counts';
import type { CountField, FieldSource, MeasuredCount, TextField } from '@/utils/model/reading';
import { metaContent } from './adapter';
import { MAX_TEXT, missing, sameHandle } from '@/utils/model/reading-fields';

// The content script reads a page again after each change until it shows what it needs, while the
// embedded scripts stay as they were (up to 600 KB): parse each one once, then reuse it. A script
// whose text changed (single-page sites rewrite or replace them on navigation) is parsed again.
// Readers never modify what they get.
const parsedScripts = new WeakMap<Element, { text: string; byKey: Map<string, unknown> }>();

/**
 * `parse(text)` of a script's current text, computed once per script, text and `key` (what is
 * parsed out of it: the whole JSON, the object assigned to a global…). Results that found nothing
 * (undefined) are kept too, so a script without the data is not searched again.
 */
export function parsedOnce<T>(script: Element, key: string, parse: (text: string) => T): T {
  const text = script.textContent ?? '';
  let entry = parsedScripts.get(script);
  if (entry?.text !== text) {
    entry = { text, byKey: new Map() };
    parsedScripts.set(script, entry);
  }
  if (entry.byKey.has(key)) return entry.byKey.get(key) as T;
  const value = parse(text);
  entry.byKey.set(key, value);
  return value;
}

/** A script whose whole text is JSON (`<script type="application/json">`), parsed once; undefined if it is not JSON. */
export function scriptJson(script: Element): unknown {
  return parsedOnce(script, 'json', safeJson);
}

/** Parse the JSON inside `<script id="…">` (TikTok's SIGI_STATE, __UNIVERSAL_DATA_FOR_REHYDRATION__). */
export function jsonFromScriptId(doc: Document, id: string): unknown {
  const script = doc.getElementById(id);
  return script ? scriptJson(script) : undefined;
}

/** What jsonAssignedTo keeps for a script that assigns no readable object to the global: look further. */
const NOT_HERE = Symbol('no assignment here');

/**
 * Parse the object assigned to a global in an inline script: `var ytInitialData = {...};`,
 * `window._sharedData = {...};` or `window["ytInitialData"] = {...};`. Reads the script text only;
 * never runs page code. `name` is a plain identifier.
 */
export function jsonAssignedTo(doc: Document, name: string): unknown {
  let pattern: RegExp | undefined;
  const assigned = (text: string): unknown => {
    pattern ??= new RegExp(`(?:var\\s+|window\\.|window\\[["'])${name}["']?\\]?\\s*=\\s*`);
    const match = pattern.exec(text);
    if (!match) return NOT_HERE;
    const start = match.index + match[0].length;
    // Fast path: the assignment is usually the whole script (`var ytInitialData = {...};`), so the
    // JSON ends at the script's last brace. Scanning a megabyte brace by brace costs milliseconds.
    const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
    const whole = end > start ? safeJson(text.slice(start, end + 1)) : undefined;
    if (whole !== undefined) return whole;
    const json = balancedJson(text, start);
    return json ? safeJson(json) : NOT_HERE;
  };
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const value = parsedOnce(script, `assigned:${name}`, assigned);
    if (value !== NOT_HERE) return value;
  }
  return undefined;
}

/** A JSON-LD block's text, parsed; raw line breaks inside strings (bsky.app) escaped and retried. */
function parseJsonLd(text: string): unknown {
  return safeJson(text) ?? safeJson(escapeControlsInStrings(text));
}

/**
 * The JSON-LD blocks of a page, parsed; unreadable blocks are skipped. Some sites (bsky.app) write
 * raw line breaks inside JSON-LD strings, which JSON does not allow: those are escaped and retried.
 */
export function jsonLd(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const parsed = parsedOnce(script, 'jsonld', parseJsonLd);
    if (parsed !== undefined) blocks.push(...(Array.isArray(parsed) ? parsed : [parsed]));
  }
  return blocks;
}

/** Escape control characters that appear raw inside JSON strings ("a⏎" → "a\\n"). */
export function escapeControlsInStrings(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i]!;
    if (inString && ch === '\\') {
      out += ch + (json[i + 1] ?? '');
      i++;
    } else if (ch === '"') {
      inString = !inString;
      out += ch;
    } else if (inString && ch < ' ') {
      out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The JSON object or array that starts at `start`, found by matching braces outside strings. */
function balancedJson(text: string, start: number): string | null {
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** Walk a path of keys and indexes through unknown JSON; undefined where it does not exist. */
export function at(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

export function clip(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** The first candidate with text (clipped), with its source; else the missing reason. */
export function firstText(reason: string, ...candidates: Array<readonly [string | null | undefined, FieldSource]>): TextField {
  const found = candidates.find(([value]) => value);
  return found ? { value: clip(found[0]!), source: found[1] } : missing(reason);
}

/**
 * A profile's name and bio from its meta tags, when og:title names `handle`: `title` matches og:title
 * with the name as group 1 and the handle as group 2 ("Stephen King (@stephenking.bsky.social)").
 * The bio is og:description, else description, whitespace collapsed.
 */
export function metaNameAndBio(doc: Document, handle: string, title: RegExp): { name: string | null; bio: string | null } | null {
  const text = metaContent(doc, 'og:title');
  const match = text ? title.exec(text) : null;
  if (!match || !sameHandle(match[2], handle)) return null;
  const bio = metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
  return { name: asString(match[1]), bio: bio ? bio.replace(/\s+/g, ' ').trim() : null };
}

/** An exact count from embedded data (a number, or a string of digits such as statsV2's "783427"). */
export function exactCount(value: unknown, source: FieldSource): MeasuredCount | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? { value: n, precision: 1, source } : null;
}

/** A count as displayed ("783.4K"), with the precision the text carries. */
export function shownCount(text: string | null | undefined, source: FieldSource, lang: string | null): MeasuredCount | null {
  const parsed = text ? parseCount(text, lang) : null;
  return parsed ? { ...parsed, source } : null;
}

/** The first count found, else the missing reason. */
export function firstCount(reason: string, ...candidates: Array<MeasuredCount | null | undefined>): CountField {
  return candidates.find((c): c is MeasuredCount => Boolean(c)) ?? { missing: reason };
}

/** The most precise count found (smallest precision); on a tie the earlier one. Else the missing reason. */
export function mostPrecise(reason: string, ...candidates: Array<MeasuredCount | null | undefined>): CountField {
  let best: MeasuredCount | null = null;
  for (const c of candidates) if (c && (!best || c.precision < best.precision)) best = c;
  return best ?? missing(reason);
}

/**
 * The exact count of a JSON-LD `interactionStatistic` list: the entry whose interactionType ends in
 * `/<action>` ("https://schema.org/FollowAction"), or first the entry called `name` when one is
 * given (X names its statistics: "Follows"). Null when `stats` is not a list or has no such count.
 */
export function ldInteractionCount(stats: unknown, action: string, name?: string): MeasuredCount | null {
  if (!Array.isArray(stats)) return null;
  const entry =
    (name === undefined ? undefined : stats.find((s) => at(s, 'name') === name)) ??
    stats.find((s) => String(at(s, 'interactionType') ?? '').endsWith(`/${action}`));
  return exactCount(at(entry, 'userInteractionCount'), 'jsonld');
}

// Disclosure markers of sponsored content, in the languages of the supported sites' big markets.
const SPONSORED_TAGS =
  /(^|[\s(])#(ad|ads|sponsored|sponsor|spon|paidpartnership|partner|publi|publicidad|publicidade|anuncio|werbung|anzeige|pub|sponsorisé|sponsorise|partenariat|collab|gifted|reklama|reklame|spons)(?=$|[\s.,!?;:)])/iu;
const SPONSORED_LABELS =
  /\b(paid partnership|includes paid promotion|sponsored|colaboración pagada|colaboración remunerada|partenariat rémunéré|bezahlte partnerschaft|parceria paga|collaborazione retribuita|betaalde samenwerking)\b/iu;

/** Whether a caption or a label on the post discloses paid content. */
export function isSponsored(caption: string | null, labels: Array<string | null | undefined> = []): boolean {
  if (caption && SPONSORED_TAGS.test(caption)) return true;
  return labels.some((label) => Boolean(label && SPONSORED_LABELS.test(label)));
}

/** How deep `findKey` looks into a page's JSON. */
const FIND_KEY_MAX_DEPTH = 24;

/** The first value under `key` in parsed JSON, depth-first and bounded. */
export function findKey(value: unknown, key: string, depth = 0): unknown {
  if (depth > FIND_KEY_MAX_DEPTH || value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && key in value) return (value as Record<string, unknown>)[key];
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    const found = findKey(child, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
