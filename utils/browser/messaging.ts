import type { DeliverableChoice, PostLinkResult } from '@/utils/model/views';
import { browser, type Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import type { DueReminder, RosterMatch } from '@/utils/model/views';
import type { ChipState } from '@/utils/model/views';
import type { FeedHealth } from '@/utils/feed/scanner';
import type { AccountState, SaveResult } from '@/utils/model/views';
import type { Extraction } from '@/utils/model/reading';
import { isSupportedUrl } from '@/utils/platforms/hosts';
import type { RequestData, RequestType } from './messages/requests';
import type { ProfileScore } from '@/utils/scoring/profile';


// The one message protocol between content scripts, background and popup. Every request is parsed
// on receipt — with zod (schemas in ./messages/requests.ts), or in a content script with a small
// check of its own that keeps zod out of its bundle — and answered only when it comes from this
// extension itself; the one response that comes out of a web page (a content script's reading) is
// parsed again by whoever asked for it (readPageInTab).
// This is the only module besides the entrypoints that reaches the browser's messaging API.

/** What the background knows about a profile being viewed: roster state before this visit, and scores. */
export interface ProfileStatus {
  state: AccountState;
  score: ProfileScore;
}

interface Responses {
  readPage: Extraction;
  saveProfile: SaveResult;
  accountState: AccountState;
  profileSeen: ProfileStatus;
  postSeen: { kept: 'roster' | 'cache' | 'ignored' };
  feedStates: ChipState[];
  feedSeen: { roster: number; cache: number; ignored: number };
  feedHealth: FeedHealth | null;
  openRoster: null;
  openBrandProfile: null;
  contextTarget: null;
  quickEdit: { status: string; tags: string[] };
  searchRoster: RosterMatch[];
  dueReminders: DueReminder[];
  syncReminders: { scheduled: number };
  postDeliverables: { open: DeliverableChoice[]; linked: DeliverableChoice | null };
  linkPost: { title: string; filled: PostLinkResult['filled'] };
}

// --- The wire: { id, type, data, timestamp } out, { res } or { err } back (the format
// @webext-core/messaging used, kept so that a content script of the previous version still talks).

interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
type WireAnswer = { res: unknown } | { err: { name: string; message: string } };
type Handler = (message: { data: unknown; sender: unknown }) => Promise<unknown>;

/**
 * The handlers of this context, by type. A Map, not an object: a message whose type is
 * "constructor", "__proto__" or "toString" finds no handler instead of Object.prototype's members.
 */
const handlers = new Map<string, Handler>();
let removeRootListener: (() => void) | null = null;

function isWireMessage(message: unknown): message is WireMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, timestamp } = message as Partial<WireMessage>;
  return typeof type === 'string' && typeof timestamp === 'number';
}

function rootListener(message: unknown, sender: Browser.runtime.MessageSender): Promise<WireAnswer> | undefined {
  if (!isWireMessage(message)) return undefined;
  const handler = handlers.get(message.type);
  if (!handler) return undefined;
  return Promise.resolve()
    .then(() => handler({ data: message.data, sender }))
    .then(
      (res): WireAnswer => ({ res }),
      (error: unknown): WireAnswer => ({
        err: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) },
      }),
    );
}

function listen(type: string, handler: Handler): () => void {
  if (handlers.has(type)) throw new Error(`[messaging] In this context, only one handler can be set up for ${type}`);
  handlers.set(type, handler);
  if (!removeRootListener) {
    const listener = rootListener as Parameters<typeof browser.runtime.onMessage.addListener>[0];
    browser.runtime.onMessage.addListener(listener);
    removeRootListener = () => browser.runtime.onMessage.removeListener(listener);
  }
  return () => {
    handlers.delete(type);
    if (handlers.size === 0) {
      removeRootListener?.();
      removeRootListener = null;
    }
  };
}

let nextId = Math.floor(Math.random() * 10_000);

/** Who sent a message: one of our own pages (popup, options) or our content script on a supported site. */
export type SenderKind = 'extension-page' | 'content-script';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export function classifySender(sender: SenderInfo, ownId: string, ownBaseUrl: string): SenderKind | null {
  if (!sender.id || sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownBaseUrl)) return 'extension-page';
  if (sender.tab && isSupportedUrl(sender.url)) return 'content-script';
  return null;
}

export class RefusedMessageError extends Error {
  override name = 'RefusedMessageError';
}

/**
 * What the receiving side needs of a request's schema: zod's `safeParse`, or anything shaped like
 * it. Content scripts pass a hand-written one so that they need not carry zod.
 */
export interface RequestSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: RequestIssues };
}

/** Why a request was malformed, as zod reports it. */
export interface RequestIssues {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

function describeIssues(error: RequestIssues): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`)
    .join('; ');
}

/**
 * The receiving side's checks, kept free of browser APIs so tests can call them: the sender must be
 * one this message type accepts, and the data must match the request's schema.
 */
export function checkRequest<K extends RequestType>(
  type: K,
  schema: RequestSchema<RequestData<K>>,
  data: unknown,
  sender: SenderInfo,
  accept: readonly SenderKind[],
  own: { id: string; baseUrl: string },
): { data: RequestData<K>; kind: SenderKind } {
  const kind = classifySender(sender, own.id, own.baseUrl);
  if (!kind || !accept.includes(kind)) {
    throw new RefusedMessageError(`Refused "${type}": it did not come from a part of Creator Scout allowed to send it.`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new RefusedMessageError(`Refused "${type}": the message was malformed (${describeIssues(parsed.error)}).`);
  }
  return { data: parsed.data as RequestData<K>, kind };
}

/**
 * Register the one handler of a request type in this context. Returns the function that removes it.
 * `schema` is the request's zod schema (utils/messages/requests.ts), or in a content script a
 * hand-written check of the same shape.
 */
export function onRequest<K extends RequestType>(
  type: K,
  schema: RequestSchema<RequestData<K>>,
  accept: readonly SenderKind[],
  handler: (data: RequestData<K>, sender: SenderInfo & { kind: SenderKind }) => Promise<Responses[K]> | Responses[K],
): () => void {
  // Async, so that a refusal becomes an error answer to the sender rather than no answer at all.
  return listen(type, async (message) => {
    const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
    const sender = message.sender as SenderInfo;
    const { data, kind } = checkRequest(type, schema, message.data, sender, accept, own);
    return handler(data, { ...sender, kind });
  });
}

/** Send a request to the background, or to the content script of a tab when `tabId` is given. */
export async function sendRequest<K extends RequestType>(type: K, data: RequestData<K>, tabId?: number): Promise<Responses[K]> {
  const message: WireMessage = { id: nextId++, type, data, timestamp: Date.now() };
  const answer = (await (tabId === undefined ? browser.runtime.sendMessage(message) : browser.tabs.sendMessage(tabId, message))) as WireAnswer | undefined;
  if (answer == null || typeof answer !== 'object') throw new Error('No response');
  if ('err' in answer) throw Object.assign(new Error(answer.err.message), { name: answer.err.name });
  return answer.res as Responses[K];
}

/**
 * Ask a tab's content script to read its page; the answer comes from a web page, so it is parsed
 * with `schema` (ExtractionSchema: passed in so that content scripts, which import this module, do
 * not carry it).
 */
export async function readPageInTab(tabId: number, schema: z.ZodMiniType<Extraction>): Promise<Extraction> {
  const answer: unknown = await sendRequest('readPage', {}, tabId);
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new Error(`The page gave an unreadable answer (${describeIssues(parsed.error)}).`);
  return parsed.data;
}
