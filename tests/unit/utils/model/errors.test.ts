import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { InvalidFieldError, isDiskFull, problemsFromIssues, storageErrorMessage, storageFailureReason, tooBigSentence } from '@/utils/model/errors';

const Schema = z.object({
  name: z.string().min(1).max(3000),
  tags: z.array(z.string()).max(2),
  days: z.number().max(3650),
});

function issuesOf(value: unknown): z.ZodError {
  const result = Schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return result.error;
}

describe('InvalidFieldError', () => {
  it('keeps the problems and reads as their sentences', () => {
    const error = new InvalidFieldError([
      { field: 'name', message: 'Name is required.' },
      { field: 'tags', message: 'Tags: at most 2.' },
    ]);
    expect(error.name).toBe('InvalidFieldError');
    expect(error.message).toBe('Name is required. Tags: at most 2.');
    expect(error.problems.map((p) => p.field)).toEqual(['name', 'tags']);
  });
});

describe('problemsFromIssues', () => {
  it('gives one problem per field, from its first issue, worded by the caller', () => {
    const error = issuesOf({ name: '', tags: ['a', 'b', 'c'], days: 'many' });
    const problems = problemsFromIssues(
      error,
      (path) => String(path[0] ?? 'record'),
      (field, issue) => `${field}/${issue.code}`,
    );
    expect(problems).toEqual([
      { field: 'name', message: 'name/too_small' },
      { field: 'tags', message: 'tags/too_big' },
      { field: 'days', message: 'days/invalid_type' },
    ]);
    // Three issues, one field: only the first is worded.
    expect(problemsFromIssues(error, () => 'form', (field, issue) => issue.code)).toEqual([{ field: 'form', message: 'too_small' }]);
  });
});

describe('tooBigSentence', () => {
  it('words the limit for text, a list and a number (with its unit)', () => {
    const issue = (value: unknown) => issuesOf(value).issues[0] as z.core.$ZodIssueTooBig;
    const valid = { name: 'Ana', tags: [], days: 1 };
    expect(tooBigSentence('Name', issue({ ...valid, name: 'x'.repeat(3001) }))).toBe('Name: at most 3,000 characters.');
    expect(tooBigSentence('Tags', issue({ ...valid, tags: ['a', 'b', 'c'] }))).toBe('Tags: at most 2.');
    expect(tooBigSentence('Usage duration', issue({ ...valid, days: 4000 }), ' days')).toBe('Usage duration: at most 3,650 days.');
    expect(tooBigSentence('Exclusivity', issue({ ...valid, days: 4000 }))).toBe('Exclusivity: at most 3,650.');
  });
});

describe('a full disk, as the browsers report it', () => {
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });

  it('is recognised in Dexie’s BulkError, its inner error, and Chromium’s LevelDB file error, and worded the same', () => {
    const bulk = Object.assign(named('BulkError', 'creators.bulkPut(): 1804 of 2000 operations failed. Errors: AbortError: The transaction was aborted'), {
      failures: [named('AbortError', 'The transaction was aborted'), named('QuotaExceededError', 'The quota has been exceeded.')],
    });
    const leveldb = named('UnknownError', 'IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)');
    const wrapped = Object.assign(named('AbortError', 'Transaction aborted'), { inner: named('QuotaExceededError', '') });
    for (const error of [bulk, leveldb, wrapped, named('QuotaExceededError', '')]) {
      expect(isDiskFull(error)).toBe(true);
      expect(storageErrorMessage(error)).toBe('Your disk is full, so nothing was saved and nothing was lost. Free some space and try again.');
      expect(storageFailureReason(error)).toBe('your disk is full');
    }
  });

  it('words an aborted bulk write without its raw text, and a plain error as it is', () => {
    const bulk = Object.assign(named('BulkError', 'creators.bulkAdd(): 3 of 5 operations failed. Errors: AbortError'), { failures: { 0: named('AbortError', 'aborted') } });
    expect(isDiskFull(bulk)).toBe(false);
    expect(storageErrorMessage(bulk)).not.toMatch(/bulkAdd|operations failed/);
    expect(storageFailureReason(bulk)).toBe('the database stopped the write before it finished');
    expect(storageFailureReason(new Error('Broken record.'))).toBe('Broken record');
  });
});
