// Settling a conflict: CouchDB keeps every conflicting revision (the leaves); after each pull the
// extension merges them into one document, writes it once on top of the winning revision and
// deletes the others. Pure and deterministic: two browsers merging the same leaves write the same
// data, so their merges do not conflict again in a way that changes anything.
//
// - Each field takes the value of the leaf that changed it last (stamp time, then generation,
//   then author, then revision as the tie-breaks).
// - Sets (tags) and keyed lists (a campaign's creators) merge per element, removals included.
// - A concurrent edit and delete keeps the edit (so does CouchDB, which picks a live leaf).
// - What a person should look at is reported: a field both sides changed (the later kept, the
//   other value given), a field no stamp decides, a deletion that was undone.
import { type ElementStamp, type SharedDoc, type Stamp } from './docs';
import { elementsOf, fieldsOf, getPath, MERGE_RULES, same, setPath, type Author } from './stamps';

export type Unsettled =
  | { kind: 'both-edited'; path: string; kept: { value: unknown; by: string; at: number }; replaced: { value: unknown; by: string; at: number }[] }
  | { kind: 'unstamped'; path: string; kept: unknown; others: unknown[] }
  | { kind: 'delete-undone'; by: string; at: number };

export interface MergeResult {
  /** Null when every leaf is a deletion: the record is gone. */
  doc: SharedDoc | null;
  /** The revision the merged document is written on. */
  winnerRev: string;
  /** The live leaves to delete once the merged document is written. */
  losers: string[];
  report: Unsettled[];
}

/**
 * The generation at which the leaves' histories last agree (CouchDB's `_revisions` of each leaf,
 * from `get(id, { revs: true, open_revs })`): a stamp newer than that was made on a branch.
 * 0 when the shared history has been pruned (revs_limit): every stamp then counts as concurrent.
 */
export function commonAncestorGeneration(histories: { start: number; ids: string[] }[]): number {
  if (histories.length === 0) return 0;
  const byGen = histories.map((h) => new Map(h.ids.map((id, i) => [h.start - i, id])));
  const top = Math.min(...histories.map((h) => h.start));
  for (let gen = top; gen >= 1; gen--) {
    const first = byGen[0]!.get(gen);
    if (first !== undefined && byGen.every((m) => m.get(gen) === first)) return gen;
  }
  return 0;
}

interface Candidate<S> {
  leaf: SharedDoc;
  stamp: S | undefined;
}

function later(a: { stamp: Stamp | undefined; leaf: SharedDoc }, b: { stamp: Stamp | undefined; leaf: SharedDoc }): boolean {
  const sa = a.stamp;
  const sb = b.stamp;
  if (!sb) return !!sa;
  if (!sa) return false;
  if (sa.at !== sb.at) return sa.at > sb.at;
  if (sa.gen !== sb.gen) return sa.gen > sb.gen;
  if (sa.by !== sb.by) return sa.by > sb.by;
  return (a.leaf._rev ?? '') > (b.leaf._rev ?? '');
}

function pick<S extends Stamp>(candidates: Candidate<S>[]): Candidate<S> {
  return candidates.reduce((best, c) => (later(c, best) ? c : best));
}

/** Leaves that changed the value on their own branch, when at least two of them disagree. */
function clash<S extends Stamp>(candidates: Candidate<S>[], ancestorGen: number, valueOf: (c: Candidate<S>) => unknown) {
  const branch = candidates.filter((c) => c.stamp && c.stamp.gen > ancestorGen);
  if (branch.length < 2) return null;
  const first = valueOf(branch[0]!);
  return branch.some((c) => !same(valueOf(c), first)) ? branch : null;
}

/**
 * Merges the leaves of one document. `leaves` holds every leaf CouchDB keeps (the winning one
 * first, as `open_revs: 'all'` plus `_conflicts` give them), deletions included.
 */
export function mergeLeaves(leaves: SharedDoc[], ancestorGen: number, merger: Author): MergeResult {
  if (leaves.length === 0) throw new Error('mergeLeaves: no leaves');
  // The winner first, the other leaves in revision order: the same leaves always merge the same way.
  const alive = leaves.filter((l) => !l._deleted);
  const live = alive.slice(0, 1).concat(alive.slice(1).sort((a, b) => ((a._rev ?? '') < (b._rev ?? '') ? -1 : 1)));
  const winner = live[0] ?? leaves[0]!;
  const report: Unsettled[] = [];
  if (live.length === 0) return { doc: null, winnerRev: winner._rev ?? '', losers: [], report };
  for (const gone of leaves.filter((l) => l._deleted)) {
    report.push({ kind: 'delete-undone', by: typeof gone.editedBy === 'string' ? gone.editedBy : '', at: typeof gone.editedAt === 'number' ? gone.editedAt : 0 });
  }
  const type = winner.type;
  const losers = live.filter((l) => l !== winner).map((l) => l._rev ?? '');
  if (live.length === 1) return { doc: { ...winner, _rev: winner._rev }, winnerRev: winner._rev ?? '', losers, report };

  const data: Record<string, unknown> = {};
  const stamps: Record<string, Stamp> = {};
  const fields = live.map((l) => fieldsOf(type, l.data));
  const paths = new Set<string>();
  for (const f of fields) for (const p of f.keys()) paths.add(p);
  for (const l of live) for (const p of Object.keys(l.stamps ?? {})) paths.add(p);

  for (const path of [...paths].sort()) {
    const candidates: Candidate<Stamp>[] = live.map((leaf) => ({ leaf, stamp: leaf.stamps?.[path] }));
    const chosen = pick(candidates);
    const value = getPath(chosen.leaf.data, path);
    if (!chosen.stamp) {
      const others = live.map((l) => getPath(l.data, path)).filter((v) => !same(v, value));
      if (others.length) report.push({ kind: 'unstamped', path, kept: value, others });
    } else {
      stamps[path] = chosen.stamp;
      const branch = clash(candidates, ancestorGen, (c) => getPath(c.leaf.data, path));
      if (branch) {
        report.push({
          kind: 'both-edited',
          path,
          kept: { value, by: chosen.stamp.by, at: chosen.stamp.at },
          replaced: branch.filter((c) => c !== chosen).map((c) => ({ value: getPath(c.leaf.data, path), by: c.stamp!.by, at: c.stamp!.at })),
        });
      }
    }
    setPath(data, path, value);
  }

  const elements: Record<string, Record<string, ElementStamp>> = {};
  const lists = live.map((l) => elementsOf(type, l.data));
  const rules = MERGE_RULES[type];
  for (const path of [...rules.sets, ...Object.keys(rules.keyed)]) {
    const keys: string[] = [];
    for (const l of lists) for (const k of l.get(path)?.keys() ?? []) if (!keys.includes(k)) keys.push(k);
    for (const l of live) for (const k of Object.keys(l.elements?.[path] ?? {})) if (!keys.includes(k)) keys.push(k);
    const out: Record<string, ElementStamp> = {};
    const values: unknown[] = [];
    for (const key of keys) {
      const candidates: Candidate<ElementStamp>[] = live.map((leaf) => ({ leaf, stamp: leaf.elements?.[path]?.[key] }));
      const chosen = pick(candidates);
      const valueIn = (c: Candidate<ElementStamp>) => (c.stamp && !c.stamp.present ? undefined : lists[live.indexOf(c.leaf)]!.get(path)?.get(key));
      let value: unknown;
      if (chosen.stamp) {
        out[key] = chosen.stamp;
        value = valueIn(chosen);
        const branch = rules.sets.includes(path) ? null : clash(candidates, ancestorGen, valueIn);
        if (branch) {
          report.push({
            kind: 'both-edited',
            path: `${path}[${key}]`,
            kept: { value: value ?? null, by: chosen.stamp.by, at: chosen.stamp.at },
            replaced: branch.filter((c) => c !== chosen).map((c) => ({ value: valueIn(c) ?? null, by: c.stamp!.by, at: c.stamp!.at })),
          });
        }
      } else {
        // No stamp anywhere (written before stamps existed): a set keeps what any side has.
        value = lists.map((l) => l.get(path)?.get(key)).find((v) => v !== undefined);
      }
      if (value !== undefined) values.push(value);
    }
    elements[path] = out;
    if (getPath(winner.data, path) !== undefined || values.length) setPath(data, path, values);
  }

  const doc: SharedDoc = {
    _id: winner._id,
    _rev: winner._rev,
    type,
    v: winner.v,
    data,
    stamps,
    elements,
    editedBy: merger.by,
    editedAt: merger.at,
  };
  return { doc, winnerRev: winner._rev ?? '', losers, report };
}
