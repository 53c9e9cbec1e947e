import type { DeliverableChoice, LinkResult } from '@/storage/published';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import type { DueReminder, RosterMatch } from '@/storage/creators';
import type { AccountState, SaveResult } from '@/storage/profiles';
import type { Extraction } from './extract/extraction';
import { isSupportedUrl } from './hosts';
import type { RequestData, RequestType } from './messages/requests';
import type { ProfileScore } from './scoring/profile';

export type { RequestData, RequestType };

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
  openRoster: null;
  contextTarget: null;
  quickEdit: { status: string; tags: string[] };
  searchRoster: RosterMatch[];
  dueReminders: DueReminder[];
  syncReminders: { scheduled: number };
  postDeliverables: { open: DeliverableChoice[]; linked: DeliverableChoice | null };
  linkPost: { title: string; filled: LinkResult['filled'] };
}

type ProtocolMap = { [K in RequestType]: (data: RequestData<K>) => Responses[K] };

const messaging = defineExtensionMessaging<ProtocolMap>({ breakError: true });

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
  return messaging.onMessage(type, (async (message: { data: unknown; sender: unknown }) => {
    const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
    const sender = message.sender as SenderInfo;
    const { data, kind } = checkRequest(type, schema, message.data, sender, accept, own);
    return handler(data, { ...sender, kind });
  }) as never);
}

/** Send a request to the background, or to the content script of a tab when `tabId` is given. */
export function sendRequest<K extends RequestType>(type: K, data: RequestData<K>, tabId?: number): Promise<Responses[K]> {
  const send = messaging.sendMessage as (t: K, d: RequestData<K>, tab?: number) => Promise<Responses[K]>;
  return tabId === undefined ? send(type, data) : send(type, data, tabId);
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
