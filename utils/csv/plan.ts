// What importing the file's creators would do to the roster as it is: which creators are new,
// which fields of saved ones change, and the records to write. The same function builds the
// preview and, inside the import's transaction, the writes — so what is written is what was shown.
import { newAccount, newCreator, statusChangeEvent } from '@/utils/model/defaults';
import { DISPLAY_NAME_MAX, NOTES_MAX, type Account, type Creator, type Interaction } from '@/utils/model/schemas';
import { approximately, statusLabel } from '@/utils/format';
import { addTags } from '@/utils/tags';
import { clipText } from '@/utils/text';
import { accountLabel, mergeRecords, type CreatorDraft } from './group';
import type { Rejection, RowAccount, RowRecord } from './read-row';

/** The saved accounts the file names, and their creators. */
export interface ImportState {
  accounts: ReadonlyMap<string, Account>;
  creators: ReadonlyMap<string, Creator>;
}

export interface FieldChange {
  /** "Status", "Tags", "Instagram @ana followers"… */
  field: string;
  /** In words: "Prospect → Contacted", "adds travel, food". */
  change: string;
}

export interface NewCreatorItem {
  lines: number[];
  name: string;
  accounts: string[];
}

export interface UpdatedItem {
  creatorId: string;
  name: string;
  lines: number[];
  changes: FieldChange[];
}

export interface UnchangedItem {
  creatorId: string;
  name: string;
  lines: number[];
}

export interface ImportWrites {
  creators: Creator[];
  accounts: Account[];
  interactions: Interaction[];
}

export interface ImportPlan {
  newCreators: NewCreatorItem[];
  updated: UpdatedItem[];
  unchanged: UnchangedItem[];
  /** Problems only visible against the roster (too many tags once merged). */
  problems: Rejection[];
  writes: ImportWrites;
}

export interface PlanOptions {
  now: number;
  newId: () => string;
  /** The owner of a new creator whose row names none: the importing teammate, in a team (else none). */
  owner?: string;
}

// A follower count from a file updates the account's latest count, but is not a snapshot: snapshots
// are what Creator Scout itself read on a page, with a source and a precision, and the growth chart
// and authenticity checks rely on that. (It also keeps a 10,000-row import to the writes it needs.)

const MAX_TAGS = 100;
const MAX_STRENGTHS = 50;

function excerpt(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

function creatorOf(record: RowRecord, state: ImportState): Creator | null {
  for (const account of record.accounts) {
    const saved = state.accounts.get(account.id);
    const creator = saved ? state.creators.get(saved.creatorId) : undefined;
    if (creator) return creator;
  }
  return null;
}

/**
 * Split a group of rows by the saved creator they belong to. An account already on the roster
 * never moves to another creator; rows with only new accounts join the group's first saved creator.
 */
function unitsOf(group: readonly RowRecord[], state: ImportState): Array<{ existing: Creator | null; records: RowRecord[] }> {
  const owners = group.map((record) => creatorOf(record, state));
  const firstOwner = owners.find((c) => c !== null) ?? null;
  const units = new Map<string | null, { existing: Creator | null; records: RowRecord[] }>();
  group.forEach((record, i) => {
    const owner = owners[i] ?? firstOwner;
    const key = owner?.id ?? null;
    const unit = units.get(key);
    if (unit) unit.records.push(record);
    else units.set(key, { existing: owner, records: [record] });
  });
  return [...units.values()];
}

/** An account the file adds: named after its creator, with the followers the file gives. */
function accountFromFile(account: RowAccount, creatorId: string, displayName: string, now: number): Account {
  return newAccount(account, creatorId, now, {
    displayName: clipText(displayName, DISPLAY_NAME_MAX),
    followers: account.followers?.value ?? null,
    followersPrecision: account.followers?.precision ?? 1,
  });
}

function listProblems(draft: CreatorDraft, existing: Creator | null): Rejection[] {
  const problems: Rejection[] = [];
  const line = draft.lines[0]!;
  const tags = addTags(existing?.tags ?? [], draft.tags).length;
  const strengths = addTags(existing?.strengths ?? [], draft.strengths).length;
  const who = existing ? `${existing.displayName} would have` : 'this creator would have';
  if (tags > MAX_TAGS) problems.push({ line, field: 'tags', reason: `${who} ${tags} tags with the file’s, at most ${MAX_TAGS}.` });
  if (strengths > MAX_STRENGTHS) problems.push({ line, field: 'strengths', reason: `${who} ${strengths} strengths with the file’s, at most ${MAX_STRENGTHS}.` });
  // Notes add up across rows and to the saved ones (as planExisting joins them).
  const notes = draft.notes === null || existing?.notes.includes(draft.notes) ? (existing?.notes.length ?? 0) : (existing?.notes ? existing.notes.length + 2 : 0) + draft.notes.length;
  if (notes > NOTES_MAX) problems.push({ line, field: 'notes', reason: `${who} ${notes.toLocaleString('en-US')} characters of notes with the file’s, at most ${NOTES_MAX.toLocaleString('en-US')}.` });
  return problems;
}

function planNew(draft: CreatorDraft, state: ImportState, { now, newId, owner: importer }: PlanOptions, plan: ImportPlan): void {
  const id = newId();
  const first = draft.accounts[0]!;
  const name = draft.name ?? first.handle;
  const owner = draft.owner ?? importer;
  plan.writes.creators.push({
    ...newCreator(id, name, now, {
      status: draft.status ?? 'prospect',
      // Nobody has looked at an imported creator's numbers yet unless the file brought some.
      toVet: draft.accounts.every((a) => a.followers === null),
      tags: draft.tags,
      strengths: draft.strengths,
      contact: { email: draft.email ?? '', other: draft.otherContact ?? '' },
      location: draft.location ?? '',
      language: draft.language ?? '',
      ambassador: draft.ambassador ?? false,
      notes: draft.notes ?? '',
    }),
    ...(owner && { owner }),
  });
  for (const account of draft.accounts) {
    // A saved account whose creator is gone is taken over by the new creator.
    const saved = state.accounts.get(account.id);
    plan.writes.accounts.push(
      saved
        ? { ...saved, creatorId: id, ...(account.followers && { followers: account.followers.value, followersPrecision: account.followers.precision }) }
        : accountFromFile(account, id, name, now),
    );
  }
  // No timeline entry per imported creator: ten thousand of them would double the import's
  // writes. The creator's "created" date and each account's "import" snapshot record it.
  plan.newCreators.push({ lines: draft.lines, name, accounts: draft.accounts.map(accountLabel) });
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function planExisting(draft: CreatorDraft, existing: Creator, state: ImportState, { now, newId }: PlanOptions, plan: ImportPlan): void {
  const changes: FieldChange[] = [];
  const next: Creator = { ...existing, contact: { ...existing.contact } };
  const set = <K extends 'displayName' | 'location' | 'language'>(key: K, label: string, value: string | null) => {
    if (value !== null && value !== existing[key]) {
      changes.push({ field: label, change: `${existing[key] ? `“${excerpt(existing[key])}”` : 'empty'} → “${excerpt(value)}”` });
      next[key] = value;
    }
  };
  set('displayName', 'Name', draft.name);
  if (draft.status !== null && draft.status !== existing.status) {
    changes.push({ field: 'Status', change: `${statusLabel(existing.status)} → ${statusLabel(draft.status)}` });
    next.status = draft.status;
    plan.writes.interactions.push(statusChangeEvent(newId(), existing.id, { from: existing.status, to: draft.status }, now, 'Changed by a CSV import.'));
  }
  // Tags and strengths from a file add to the ones the user gave; they never remove any.
  for (const key of ['tags', 'strengths'] as const) {
    const merged = addTags(existing[key], draft[key]);
    if (merged.length > existing[key].length) {
      changes.push({ field: key === 'tags' ? 'Tags' : 'Strengths', change: `adds ${merged.slice(existing[key].length).join(', ')}` });
      next[key] = merged;
    }
  }
  for (const [key, label, value] of [['email', 'Email', draft.email], ['other', 'Other contact', draft.otherContact]] as const) {
    if (value !== null && value !== existing.contact[key]) {
      changes.push({ field: label, change: `${existing.contact[key] ? `“${excerpt(existing.contact[key])}”` : 'empty'} → “${excerpt(value)}”` });
      next.contact[key] = value;
    }
  }
  set('location', 'Location', draft.location);
  set('language', 'Language', draft.language);
  // Notes are the user's own writing: a file adds to them and never replaces them.
  if (draft.notes !== null && !existing.notes.includes(draft.notes)) {
    changes.push({ field: 'Notes', change: `adds “${excerpt(draft.notes)}”` });
    next.notes = existing.notes ? `${existing.notes}\n\n${draft.notes}` : draft.notes;
  }
  if (draft.owner !== null && draft.owner !== existing.owner) {
    changes.push({ field: 'Owner', change: `${existing.owner ? `“${excerpt(existing.owner)}”` : 'nobody'} → “${excerpt(draft.owner)}”` });
    next.owner = draft.owner;
  }
  if (draft.ambassador !== null && draft.ambassador !== existing.ambassador) {
    changes.push({ field: 'Ambassador', change: `${yesNo(existing.ambassador)} → ${yesNo(draft.ambassador)}` });
    next.ambassador = draft.ambassador;
  }

  for (const account of draft.accounts) {
    const saved = state.accounts.get(account.id);
    const owned = saved && state.creators.has(saved.creatorId);
    if (!saved || !owned) {
      changes.push({ field: 'Accounts', change: `adds ${accountLabel(account)}` });
      plan.writes.accounts.push(saved ? { ...saved, creatorId: existing.id } : accountFromFile(account, existing.id, next.displayName, now));
      continue;
    }
    if (account.followers && (account.followers.value !== saved.followers || account.followers.precision !== saved.followersPrecision)) {
      const before = saved.followers === null ? 'unknown' : approximately({ value: saved.followers, precision: saved.followersPrecision });
      changes.push({ field: `${accountLabel(saved)} followers`, change: `${before} → ${approximately(account.followers)}` });
      plan.writes.accounts.push({ ...saved, followers: account.followers.value, followersPrecision: account.followers.precision });
    }
  }

  if (changes.length === 0) {
    plan.unchanged.push({ creatorId: existing.id, name: existing.displayName, lines: draft.lines });
    return;
  }
  plan.writes.creators.push({ ...next, updatedAt: now });
  plan.updated.push({ creatorId: existing.id, name: existing.displayName, lines: draft.lines, changes });
}

/** Plan the import of readable rows, grouped by creator (see groupRecords), against the saved roster. */
export function planImport(groups: readonly RowRecord[][], state: ImportState, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = {
    newCreators: [],
    updated: [],
    unchanged: [],
    problems: [],
    writes: { creators: [], accounts: [], interactions: [] },
  };
  for (const group of groups) {
    for (const { existing, records } of unitsOf(group, state)) {
      const draft = mergeRecords(records);
      const problems = listProblems(draft, existing);
      if (problems.length > 0) {
        plan.problems.push(...problems);
        continue;
      }
      if (existing) planExisting(draft, existing, state, options, plan);
      else planNew(draft, state, options, plan);
    }
  }
  return plan;
}

/**
 * Whether two loads of the saved accounts and creators a file names hold the same records. The
 * plan depends on nothing else, so the same state plans the same writes (the preview's plan can
 * be written as it is). Records read from the database twice serialize alike unless they changed.
 */
export function sameState(a: ImportState, b: ImportState): boolean {
  const same = <T>(x: ReadonlyMap<string, T>, y: ReadonlyMap<string, T>) => {
    if (x.size !== y.size) return false;
    for (const [id, record] of x) {
      const other = y.get(id);
      if (other === undefined || JSON.stringify(other) !== JSON.stringify(record)) return false;
    }
    return true;
  };
  return same(a.accounts, b.accounts) && same(a.creators, b.creators);
}

/**
 * Writes planned at time `from`, dated `to` instead: the times the plan gave (a new creator's
 * creation and update, an updated creator's update, a new account's first and last sighting, the
 * timeline entry of a status change) become the time of the import. A saved record's own times
 * stay; one equal to `from` to the millisecond would move to `to` too, which no record's meaning rests on.
 */
export function restampWrites(writes: ImportWrites, from: number, to: number): ImportWrites {
  if (from === to) return writes;
  const at = (time: number) => (time === from ? to : time);
  return {
    creators: writes.creators.map((c) => ({ ...c, createdAt: at(c.createdAt), updatedAt: at(c.updatedAt) })),
    accounts: writes.accounts.map((a) => ({ ...a, firstSeenAt: at(a.firstSeenAt), lastSeenAt: at(a.lastSeenAt) })),
    interactions: writes.interactions.map((i) => ({ ...i, at: at(i.at) })),
  };
}
