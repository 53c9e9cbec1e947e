import type * as z from 'zod';

/**
 * Turn a storage failure into a sentence a user can act on. Nothing is half-written when these
 * happen: every write that matters runs in one transaction, which IndexedDB rolls back.
 */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotEnoughSpaceError' || name === 'ImportRefusedError' || name === 'InvalidFieldError') return (error as Error).message;
  if (isDiskFull(error)) {
    return 'Your disk is full, so nothing was saved and nothing was lost. Free some space and try again.';
  }
  if (isAborted(error)) {
    return 'The database stopped the write before it finished, so nothing was saved and nothing was lost. Try again; if it keeps happening, restart the browser.';
  }
  if (name === 'VersionError') {
    return 'Creator Scout was updated while this page was open. Reload it to continue; your data is safe.';
  }
  if (name === 'UpgradeError') {
    return 'Updating your data to this version of Creator Scout failed, so nothing was saved. Open Creator Scout’s options page to see what failed and to download a copy of your data.';
  }
  if (name === 'ZodError') {
    return 'This data is not in the shape Creator Scout expects, so it was not saved.';
  }
  return error instanceof Error && error.message ? error.message : 'Something went wrong while saving.';
}

/** The causes an IndexedDB error carries: Dexie's `inner`, a BulkError's failures, a transaction's own error. */
function causes(error: unknown, depth = 0): unknown[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [error];
  const e = error as { inner?: unknown; failures?: unknown; cause?: unknown };
  const failures = Array.isArray(e.failures) ? e.failures.slice(0, 20) : e.failures && typeof e.failures === 'object' ? Object.values(e.failures).slice(0, 20) : [];
  return [error, ...[e.inner, e.cause, ...failures].filter((c) => c !== undefined && c !== null).flatMap((c) => causes(c, depth + 1))];
}

/**
 * A write refused because the disk or the quota is full: QuotaExceededError (Chromium's quota
 * check and Firefox), or the LevelDB file error Chromium reports when the disk fills mid-write.
 */
export function isDiskFull(error: unknown): boolean {
  return causes(error).some((c) => {
    if (!(c instanceof Error) && (typeof c !== 'object' || c === null)) return false;
    const { name, message } = c as { name?: unknown; message?: unknown };
    return name === 'QuotaExceededError' || (typeof message === 'string' && /FILE_ERROR_NO_SPACE|No space left|full disk|QuotaExceeded/i.test(message));
  });
}

function isAborted(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'BulkError' || name === 'AbortError';
}

/**
 * Why a large write failed, without promising what became of the data: the caller counts the
 * data again and says that. "your disk is full", "the database stopped the write…", or the error.
 */
export function storageFailureReason(error: unknown): string {
  if (isDiskFull(error)) return 'your disk is full';
  if (isAborted(error)) return 'the database stopped the write before it finished';
  const message = error instanceof Error && error.message ? error.message : 'something went wrong while saving';
  return message.replace(/[.!?]+$/, '');
}

// --- Refusing a write because of what was typed ---

export interface FieldProblem {
  /**
   * The field the message is about, dotted: a record's path (`displayName`, `contact.email`,
   * `brief.hashtags`, `deliverables.0.postUrl`) or a form's field (`payments.0.amount`).
   */
  field: string;
  message: string;
}

/** A write refused because of what was typed. The message names the field(s), so it can be shown as is. */
export class InvalidFieldError extends Error {
  override name = 'InvalidFieldError';
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.problems = problems;
  }
}

/**
 * zod issues as one sentence per field: the first issue of each field, worded by `sentence`.
 * `fieldOf` names the field an issue's path belongs to (the form's field, not always the path).
 */
export function problemsFromIssues(
  error: z.ZodError,
  fieldOf: (path: PropertyKey[]) => string,
  sentence: (field: string, issue: z.core.$ZodIssue) => string,
): FieldProblem[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const field = fieldOf(issue.path);
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: sentence(field, issue) }];
  });
}

const grouped = new Intl.NumberFormat('en-US');

/**
 * A value over its limit as a sentence: "Label: at most 300 characters." for text, "Label: at most
 * 50." for a list, and for a number the limit followed by `numberUnit` ("Label: at most 3,650 days.").
 */
export function tooBigSentence(label: string, issue: z.core.$ZodIssueTooBig, numberUnit = ''): string {
  const max = grouped.format(issue.maximum);
  if (issue.origin === 'string') return `${label}: at most ${max} characters.`;
  if (issue.origin === 'array') return `${label}: at most ${max}.`;
  return `${label}: at most ${max}${numberUnit}.`;
}
