/**
 * Turn a storage failure into a sentence a user can act on. Nothing is half-written when these
 * happen: every write that matters runs in one transaction, which IndexedDB rolls back.
 */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return 'Your disk is full, so nothing was saved and nothing was lost. Free some space and try again.';
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return 'Creator Scout was updated while this page was open. Reload it to continue; your data is safe.';
  }
  if (name === 'ZodError') {
    return 'This data is not in the shape Creator Scout expects, so it was not saved.';
  }
  return error instanceof Error && error.message ? error.message : 'Something went wrong while saving.';
}
