// Rows that are the same creator, merged into one draft: the same account on two lines is one
// account (the later line merges into the first), and rows with the same name are one person with
// several accounts — the layout of a roster export, one row per account with the creator repeated.
import { platformName } from '@/utils/format';
import { addTags } from '@/utils/tags';
import type { RowAccount, RowRecord } from './read-row';

export interface Duplicate {
  line: number;
  /** The first line with the same account. */
  sameAs: number;
  /** "Instagram @ana": the account both lines name. */
  account: string;
}

/** One creator as the file describes them, merged from every row that is them. */
export interface CreatorDraft extends Omit<RowRecord, 'line'> {
  lines: number[];
}

export function accountLabel(account: Pick<RowAccount, 'platform' | 'handle'>): string {
  return `${platformName(account.platform)} @${account.handle}`;
}

function nameKey(name: string | null): string | null {
  const key = name?.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key ? key : null;
}

class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps ten thousand rows linear.
    let at = i;
    while (this.parent[at] !== root) {
      const next = this.parent[at]!;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The earlier row stays the root, so groups are ordered by their first line.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Group rows (in file order) that are one creator: rows sharing an account, and rows with the same
 * name. Returns the groups in order of their first line, and every line that repeats an account.
 */
export function groupRecords(records: readonly RowRecord[]): { groups: RowRecord[][]; duplicates: Duplicate[] } {
  const sets = new DisjointSets(records.length);
  const firstWithAccount = new Map<string, number>();
  const firstWithName = new Map<string, number>();
  const duplicates: Duplicate[] = [];

  records.forEach((record, i) => {
    for (const account of record.accounts) {
      const first = firstWithAccount.get(account.id);
      if (first === undefined) firstWithAccount.set(account.id, i);
      else {
        sets.union(first, i);
        duplicates.push({ line: record.line, sameAs: records[first]!.line, account: accountLabel(account) });
      }
    }
    const key = nameKey(record.name);
    if (key === null) return;
    const first = firstWithName.get(key);
    if (first === undefined) firstWithName.set(key, i);
    else sets.union(first, i);
  });

  const byRoot = new Map<number, RowRecord[]>();
  records.forEach((record, i) => {
    const root = sets.find(i);
    const group = byRoot.get(root);
    if (group) group.push(record);
    else byRoot.set(root, [record]);
  });
  return { groups: [...byRoot.values()], duplicates };
}

/** Merge rows of one creator in line order: a later non-empty value wins, lists and notes add up. */
export function mergeRecords(records: readonly RowRecord[]): CreatorDraft {
  const draft: CreatorDraft = {
    lines: [],
    name: null,
    status: null,
    tags: [],
    strengths: [],
    email: null,
    otherContact: null,
    location: null,
    language: null,
    notes: null,
    ambassador: null,
    owner: null,
    accounts: [],
  };
  const accounts = new Map<string, RowAccount>();
  const notes: string[] = [];
  for (const record of [...records].sort((a, b) => a.line - b.line)) {
    draft.lines.push(record.line);
    draft.name = record.name ?? draft.name;
    draft.status = record.status ?? draft.status;
    draft.email = record.email ?? draft.email;
    draft.otherContact = record.otherContact ?? draft.otherContact;
    draft.location = record.location ?? draft.location;
    draft.language = record.language ?? draft.language;
    draft.ambassador = record.ambassador ?? draft.ambassador;
    draft.owner = record.owner ?? draft.owner;
    draft.tags = addTags(draft.tags, record.tags);
    draft.strengths = addTags(draft.strengths, record.strengths);
    if (record.notes !== null && !notes.includes(record.notes)) notes.push(record.notes);
    for (const account of record.accounts) {
      const seen = accounts.get(account.id);
      accounts.set(account.id, seen ? { ...seen, followers: account.followers ?? seen.followers } : account);
    }
  }
  draft.notes = notes.length > 0 ? notes.join('\n\n') : null;
  draft.accounts = [...accounts.values()];
  return draft;
}
