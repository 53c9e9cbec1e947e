// Money as people type it into a form field: with a decimal point or a decimal comma, with or
// without thousands separators. One reading for every form that takes an amount (agreement fees
// and payments, a payment logged on a creator's timeline).

/** "1500", "1500.50", "1,500.50", "1500,50" → a number; '' → null; anything else → NaN. */
export function parseAmount(value: string): number | null {
  const text = value.trim().replace(/[\s_]/g, '');
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}
