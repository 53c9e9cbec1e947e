// Small, pure helpers the platform adapters share for reading data embedded in a page.
import { parseCount } from '../counts';
import type { CountField, FieldSource, MeasuredCount } from './extraction';
import { MAX_TEXT } from './extraction';

/** Parse the JSON inside `<script id="…">` (TikTok's SIGI_STATE, __UNIVERSAL_DATA_FOR_REHYDRATION__). */
export function jsonFromScriptId(doc: Document, id: string): unknown {
  const text = doc.getElementById(id)?.textContent;
  return text ? safeJson(text) : undefined;
}

/**
 * Parse the object assigned to a global in an inline script: `var ytInitialData = {...};` or
 * `window["ytInitialData"] = {...};`. Reads the script text only; never runs page code.
 */
export function jsonAssignedTo(doc: Document, name: string): unknown {
  const pattern = new RegExp(`(?:var\\s+|window\\[?["']?)${name}["']?\\]?\\s*=\\s*`);
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const match = pattern.exec(text);
    if (!match) continue;
    const start = match.index + match[0].length;
    const json = balancedJson(text, start);
    if (json) return safeJson(json);
  }
  return undefined;
}

/** The JSON-LD blocks of a page, parsed; unreadable blocks are skipped. */
export function jsonLd(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const parsed = safeJson(script.textContent ?? '');
    if (parsed !== undefined) blocks.push(...(Array.isArray(parsed) ? parsed : [parsed]));
  }
  return blocks;
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
