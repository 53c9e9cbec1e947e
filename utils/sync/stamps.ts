// Who changed which field, and when: the one write path (storage) calls `stampEdit` with the
// record as it is now and the team document as it was, and gets the document to write. Pure.
//
// Fields are paths: nested plain objects are walked (`contact.email`, `terms.usageRights.durationDays`),
// so two teammates editing different parts of one object do not overwrite each other. Lists are
// one field, except the ones below: sets of words (tags) and lists of records with a key (a
// campaign's creators) are stamped per element, removals included, so they merge as sets.
import { DOC_FORMAT, isShared, sharedData, docId, type ElementStamp, type SharedDoc, type SharedRecords, type SharedType, type Stamp } from './docs';

export interface MergeRules {
  /** Lists of strings merged as sets. */
  sets: readonly string[];
  /** Lists of objects merged per element, by the named key. */
  keyed: Readonly<Record<string, string>>;
  /** Objects kept whole (not walked): their keys are not ours to split. */
  atomic: readonly string[];
}

export const MERGE_RULES: Record<SharedType, MergeRules> = {
  creator: { sets: ['tags', 'strengths'], keyed: {}, atomic: [] },
  account: { sets: [], keyed: {}, atomic: [] },
  interaction: { sets: [], keyed: {}, atomic: ['details'] },
  template: { sets: [], keyed: {}, atomic: [] },
  agreement: { sets: ['terms.usageRights.channels'], keyed: { 'terms.deliverables': 'id', 'terms.paymentSchedule': 'id' }, atomic: [] },
  campaign: { sets: ['brief.hashtags'], keyed: { creators: 'creatorId' }, atomic: [] },
  deliverable: { sets: [], keyed: { rounds: 'number' }, atomic: [] },
  reminder: { sets: [], keyed: {}, atomic: [] },
};

export type Author = { by: string; at: number };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field paths of a document's data with their values; element lists are left out (see `elementsOf`). */
export function fieldsOf(type: SharedType, data: Record<string, unknown>): Map<string, unknown> {
  const rules = MERGE_RULES[type];
  const out = new Map<string, unknown>();
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (rules.sets.includes(path) || path in rules.keyed) continue;
      if (isPlainObject(value) && !rules.atomic.includes(path)) walk(value, path);
      else out.set(path, value);
    }
  };
  walk(data, '');
  return out;
}

export function getPath(data: Record<string, unknown>, path: string): unknown {
  let at: unknown = data;
  for (const key of path.split('.')) {
    if (!isPlainObject(at)) return undefined;
    at = at[key];
  }
  return at;
}

export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = data;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** The elements of each set or keyed list, by element key (a set's element is its own key). */
export function elementsOf(type: SharedType, data: Record<string, unknown>): Map<string, Map<string, unknown>> {
  const rules = MERGE_RULES[type];
  const out = new Map<string, Map<string, unknown>>();
  for (const path of rules.sets) {
    const list = getPath(data, path);
    out.set(path, new Map(Array.isArray(list) ? list.map((v) => [String(v), v]) : []));
  }
  for (const [path, key] of Object.entries(rules.keyed)) {
    const list = getPath(data, path);
    out.set(path, new Map(Array.isArray(list) ? list.filter(isPlainObject).map((v) => [String(v[key]), v]) : []));
  }
  return out;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `3-abc…` → 3; 0 for a document never written. */
export function revGeneration(rev: string | undefined): number {
  if (!rev) return 0;
  const n = Number.parseInt(rev, 10);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The document to write for a record edited by `author`: fields and elements that changed since
 * `previous` get a new stamp, the others keep theirs. Null when the record is not shared (a
 * personal reminder). A document is only written when something shared changed (`changed`).
 */
export function stampEdit<T extends SharedType>(
  type: T,
  record: SharedRecords[T],
  previous: SharedDoc | null,
  author: Author,
): { doc: SharedDoc; changed: string[] } | null {
  if (!isShared(type, record)) return null;
  const data = sharedData(type, record);
  const gen = revGeneration(previous?._rev) + 1;
  const stamp: Stamp = { at: author.at, by: author.by, gen };
  const live = previous && !previous._deleted ? previous : null;
  const oldData = live?.data ?? {};
  const stamps: Record<string, Stamp> = {};
  const changed: string[] = [];

  const oldFields = fieldsOf(type, oldData);
  const newFields = fieldsOf(type, data);
  for (const [path, value] of newFields) {
    const before = live?.stamps[path];
    if (before && oldFields.has(path) && same(oldFields.get(path), value)) stamps[path] = before;
    else {
      stamps[path] = stamp;
      changed.push(path);
    }
  }
  for (const path of oldFields.keys()) if (!newFields.has(path)) changed.push(path); // a field that went away

  const elements: Record<string, Record<string, ElementStamp>> = {};
  const oldElements = elementsOf(type, oldData);
  for (const [path, now] of elementsOf(type, data)) {
    const before = oldElements.get(path) ?? new Map<string, unknown>();
    const beforeStamps = live?.elements[path] ?? {};
    const out: Record<string, ElementStamp> = {};
    for (const [key, value] of now) {
      const old = beforeStamps[key];
      if (old?.present && before.has(key) && same(before.get(key), value)) out[key] = old;
      else {
        out[key] = { ...stamp, present: true };
        changed.push(`${path}[${key}]`);
      }
    }
    // Removals are remembered, so a merge with an older copy does not bring the element back.
    for (const [key, old] of Object.entries(beforeStamps)) {
      if (now.has(key)) continue;
      if (old.present) {
        out[key] = { ...stamp, present: false };
        changed.push(`${path}[${key}]`);
      } else out[key] = old;
    }
    elements[path] = out;
  }

  const doc: SharedDoc = {
    _id: previous?._id ?? docId(type, record.id),
    type,
    v: DOC_FORMAT,
    data,
    stamps,
    elements,
    editedBy: author.by,
    editedAt: author.at,
  };
  if (previous?._rev) doc._rev = previous._rev;
  return { doc, changed };
}
