import type { ReactNode } from 'react';
import './form.css';

// The form kit: one labelled field, its hint and its error tied to the control (aria-describedby),
// and a control with an error says so (aria-invalid), so a screen reader reads the message when the
// field is focused. Ids: the control's `id`, its hint `${id}-hint`, its error `${id}-error`.

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The id and aria attributes of a control with (or without) a hint and an error. */
export function controlProps(id: string, { hint = false, error }: { hint?: boolean; error?: string | undefined } = {}): ControlProps {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="form-field__hint">
      {children}
    </p>
  );
}

/** The message of the control `id`, if it has one. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={`${id}-error`} className="form-field__error">
      {message}
    </p>
  ) : null;
}

export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children(controlProps(id, { hint: Boolean(hint), error }))}
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} message={error} />
    </div>
  );
}
