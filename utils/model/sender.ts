// The user's own details for outreach messages: their shape, its defaults and its checks. They are
// kept in extension storage by utils/browser/sender-store.ts.
import * as z from 'zod/mini';

const line = z.string().check(z.trim(), z.maxLength(200));

export const SenderDetailsSchema = z.object({
  name: line,
  email: z.union([z.literal(''), z.email().check(z.maxLength(300))]),
  title: line,
  brandName: line,
  website: z.string().check(z.trim(), z.maxLength(300)),
});
export type SenderDetails = z.infer<typeof SenderDetailsSchema>;

export const EMPTY_SENDER: SenderDetails = { name: '', email: '', title: '', brandName: '', website: '' };

/** The stored details; a field that does not read (written by another version, say) reads as empty. */
export function readSenderDetails(value: unknown): SenderDetails {
  const whole = SenderDetailsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const fields = Object.keys(EMPTY_SENDER) as Array<keyof SenderDetails>;
  return Object.fromEntries(
    fields.map((field) => {
      const one = SenderDetailsSchema.shape[field].safeParse(record[field]);
      return [field, one.success ? one.data : ''];
    }),
  ) as SenderDetails;
}

/** What is wrong with the details as typed, one sentence each, by field; empty when they can be saved. */
export function senderProblems(details: SenderDetails): Partial<Record<keyof SenderDetails, string>> {
  const problems: Partial<Record<keyof SenderDetails, string>> = {};
  const fields = Object.keys(EMPTY_SENDER) as Array<keyof SenderDetails>;
  for (const field of fields) {
    if (SenderDetailsSchema.shape[field].safeParse(details[field]).success) continue;
    problems[field] =
      field === 'email'
        ? 'Email: enter a full address such as name@example.com, or leave it empty.'
        : `This is too long: keep it under ${field === 'website' ? 300 : 200} characters.`;
  }
  return problems;
}
