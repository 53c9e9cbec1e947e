import type { Platform } from '@/utils/model/reading';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import { database } from './db';
import { authored } from './team';
import { statusChangeEvent } from '@/utils/model/defaults';
import { storageErrorMessage } from '@/utils/model/errors';
import { newId } from '@/utils/model/ids';
import { CreatorSchema, InteractionSchema, type Account, type Creator } from '@/utils/model/schemas';

/** What a pipeline card shows: only the few fields the board needs, so a card stays cheap to render. */
export interface BoardCard {
  id: string;
  displayName: string;
  /** The creator's own status: on the "Other" column it is not one of the board's stages. */
  status: string;
  accounts: { platform: Platform; handle: string }[];
  /** The largest audience among the creator's accounts, and how precisely it is known (1: exact). */
  followers: number | null;
  followersPrecision: number;
  /** The best fit among the accounts (the same rule as the roster). */
  fitScore: number | null;
  tags: string[];
  ambassador: boolean;
  toVet: boolean;
  updatedAt: number;
}

export interface BoardColumn {
  /** The stage this column stands for; null for "Other", which holds creators in no known stage. */
  stage: string | null;
  cards: BoardCard[];
}

function largest(values: (number | null)[]): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v > best)) best = v;
  return best;
}

function boardCard(creator: Creator, accounts: Account[]): BoardCard {
  const followers = largest(accounts.map((a) => a.followers));
  return {
    id: creator.id,
    displayName: creator.displayName,
    status: creator.status,
    accounts: accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
    followers,
    followersPrecision: accounts.find((a) => a.followers !== null && a.followers === followers)?.followersPrecision ?? 1,
    fitScore: largest(accounts.map((a) => a.fitScore)),
    tags: creator.tags,
    ambassador: creator.ambassador,
    toVet: creator.toVet,
    updatedAt: creator.updatedAt,
  };
}

/**
 * The pipeline board: one column per stage in DEFAULT_STAGES order, each with its creators, most
 * recently updated first. Creators whose status is no known stage (imported, or from a stage that
 * was renamed) go in a final "Other" column, so nobody silently drops off the board.
 */
export async function loadBoard(): Promise<BoardColumn[]> {
  const db = database();
  return db.transaction('r', [db.creators, db.accounts], async () => {
    const [creators, accounts] = await Promise.all([db.creators.orderBy('updatedAt').reverse().toArray(), db.accounts.toArray()]);
    const accountsOf = new Map<string, Account[]>();
    for (const account of accounts) {
      const list = accountsOf.get(account.creatorId);
      if (list) list.push(account);
      else accountsOf.set(account.creatorId, [account]);
    }
    const columns = new Map<string, BoardColumn>(DEFAULT_STAGES.map((stage) => [stage, { stage, cards: [] }]));
    const other: BoardColumn = { stage: null, cards: [] };
    for (const creator of creators) {
      (columns.get(creator.status) ?? other).cards.push(boardCard(creator, accountsOf.get(creator.id) ?? []));
    }
    return other.cards.length > 0 ? [...columns.values(), other] : [...columns.values()];
  });
}

export class CreatorGoneError extends Error {
  override name = 'CreatorGoneError';
  constructor() {
    super('This creator is no longer on your roster, so they could not be moved. They may have been deleted in another tab.');
  }
}

export interface MoveResult {
  creator: Creator;
  /** False when the creator was already in that stage: nothing was written. */
  moved: boolean;
}

/**
 * Move a creator to a pipeline stage: the new status and the timeline entry are written in one
 * transaction, so the timeline never disagrees with the board.
 */
export async function moveToStage(creatorId: string, stage: string, now: number): Promise<MoveResult> {
  const db = database();
  return db.transaction('rw', [db.creators, db.interactions], async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new CreatorGoneError();
    if (creator.status === stage) return { creator, moved: false };
    const next = CreatorSchema.parse({ ...creator, status: stage, updatedAt: now } satisfies Creator);
    const event = InteractionSchema.parse(authored(statusChangeEvent(newId(), creatorId, { from: creator.status, to: stage }, now), db));
    await db.creators.put(next);
    await db.interactions.add(event);
    return { creator: next, moved: true };
  });
}

function sameCard(a: BoardCard, b: BoardCard): boolean {
  return (
    a.id === b.id &&
    a.displayName === b.displayName &&
    a.status === b.status &&
    a.followers === b.followers &&
    a.followersPrecision === b.followersPrecision &&
    a.fitScore === b.fitScore &&
    a.ambassador === b.ambassador &&
    a.toVet === b.toVet &&
    a.updatedAt === b.updatedAt &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.accounts.length === b.accounts.length &&
    a.accounts.every((acc, i) => acc.platform === b.accounts[i]!.platform && acc.handle === b.accounts[i]!.handle)
  );
}

/**
 * The new board, re-using every card and column of the previous one that did not change. The
 * board is re-read whole on any change; sharing what is unchanged lets memoized components skip
 * it, so moving one card re-renders two columns rather than hundreds of cards.
 */
export function shareUnchanged(previous: BoardColumn[] | null, next: BoardColumn[]): BoardColumn[] {
  if (!previous) return next;
  const previousCards = new Map(previous.flatMap((column) => column.cards).map((card) => [card.id, card]));
  const previousColumns = new Map(previous.map((column) => [column.stage, column]));
  return next.map((column) => {
    const cards = column.cards.map((card) => {
      const before = previousCards.get(card.id);
      return before && sameCard(before, card) ? before : card;
    });
    const before = previousColumns.get(column.stage);
    return before && before.cards.length === cards.length && before.cards.every((card, i) => card === cards[i]) ? before : { ...column, cards };
  });
}

/** The board or, if it could not be read, why — in words. */
export type BoardState = { columns: BoardColumn[]; error: null } | { columns: null; error: string };

export async function readBoard(previous: BoardColumn[] | null): Promise<BoardState> {
  try {
    return { columns: shareUnchanged(previous, await loadBoard()), error: null };
  } catch (error) {
    // Caught here rather than thrown from the hook, so the page can say what went wrong in place.
    return { columns: null, error: storageErrorMessage(error) };
  }
}
