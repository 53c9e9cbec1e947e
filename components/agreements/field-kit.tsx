import type { ReactNode } from 'react';
import type { AgreementDraft } from '@/utils/agreements/draft';
import { Field, FieldError } from '@/components/form/Field';

// Ids, aria attributes and messages for the builder's fields: each message sits under its field,
// is announced with it (aria-describedby) and marks it invalid, so a screen reader hears what to fix.

export type Edit = (patch: Partial<AgreementDraft> | ((draft: AgreementDraft) => Partial<AgreementDraft>)) => void;

export interface FieldKit {
  /** The input's id for a builder field: `title`, `payments.0.amount`… */
  id: (field: string) => string;
  message: (field: string) => string | undefined;
  /** aria-invalid and aria-describedby for the field's input; `also` adds more messages (a shared one). */
  aria: (field: string, options?: { hint?: boolean; also?: string[] }) => { 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** The field's message, if it has one. */
  error: (field: string) => ReactNode;
  hintId: (field: string) => string;
}

export function fieldKit(base: string, messages: Record<string, string>): FieldKit {
  const id = (field: string) => `${base}-${field.replace(/\./g, '-')}`;
  const errorId = (field: string) => `${id(field)}-error`;
  const hintId = (field: string) => `${id(field)}-hint`;
  return {
    id,
    hintId,
    message: (field) => messages[field],
    aria: (field, options = {}) => {
      const withMessage = [field, ...(options.also ?? [])].filter((f) => messages[f]);
      const describedBy = [options.hint ? hintId(field) : '', ...withMessage.map(errorId)].filter(Boolean).join(' ');
      return { ...(withMessage.length ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
    },
    error: (field) => <FieldError id={id(field)} message={messages[field]} />,
  };
}

/** A labelled text input bound to a draft string field. */
export function TextField({
  kit,
  field,
  label,
  value,
  onChange,
  hint,
  placeholder,
  inputMode,
  type = 'text',
  wide,
}: {
  kit: FieldKit;
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric';
  type?: 'text' | 'date' | 'number';
  wide?: boolean;
}) {
  return (
    <Field id={kit.id(field)} label={label} hint={hint} error={kit.message(field)} className={wide ? 'agreement-form__field--wide' : undefined}>
      {(props) => (
        <input
          {...props}
          className="input"
          type={type}
          value={value}
          placeholder={placeholder}
          inputMode={inputMode}
          min={type === 'number' ? 0 : undefined}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled textarea bound to a draft string field. */
export function TextArea({ kit, field, label, value, onChange, hint, rows = 3 }: { kit: FieldKit; field: string; label: string; value: string; onChange: (value: string) => void; hint?: ReactNode; rows?: number }) {
  return (
    <Field id={kit.id(field)} label={label} hint={hint} error={kit.message(field)} className="agreement-form__field--wide">
      {(props) => <textarea {...props} className="input" rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
