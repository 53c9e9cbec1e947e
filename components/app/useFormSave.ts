import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { InvalidFieldError, storageErrorMessage } from '@/utils/model/errors';

// What every form of the options page does around a save: field messages from the checks (or from
// the storage layer's own refusal), focus on the first field in error so a screen reader reads it,
// a "saving" flag for the button, and one line saying what happened.

export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export interface Problem {
  field: string;
  message: string;
}

export interface FormSaveOptions {
  /** The line shown when fields are refused; `null` leaves the field messages to speak alone. */
  refused: string | ((problems: readonly Problem[]) => string) | null;
  /** How a failed write begins (then the reason): "Not saved" unless given. */
  failed?: string;
  /** The field a problem's message is shown at, when the form names its fields differently. */
  fieldOf?: (field: string) => string;
}

/** Messages by field, from the problems a save reported (the first of each field). */
export function messagesByField(problems: readonly Problem[], fieldOf: (field: string) => string = (f) => f): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const p of problems) messages[fieldOf(p.field)] ??= p.message;
  return messages;
}

export function useFormSave({ refused, failed = 'Not saved', fieldOf }: FormSaveOptions) {
  const formRef = useRef<HTMLFormElement>(null);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);

  /** Show why the fields were refused and move focus to the first of them. */
  const refuse = (problems: readonly Problem[]) => {
    const text = typeof refused === 'function' ? refused(problems) : refused;
    // Rendered before focusing, so the field is already marked invalid when it is read out.
    flushSync(() => {
      setMessages(messagesByField(problems, fieldOf));
      setNotice(text === null ? null : { tone: 'error', text });
    });
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus();
  };

  /** Run `write`; it returns the line to show once it is done. */
  const save = async (write: () => Promise<string>) => {
    setSaving(true);
    try {
      const done = await write();
      setMessages({});
      setNotice({ tone: 'ok', text: done });
    } catch (error) {
      if (error instanceof InvalidFieldError) refuse(error.problems);
      else setNotice({ tone: 'error', text: `${failed}: ${storageErrorMessage(error)}` });
    } finally {
      setSaving(false);
    }
  };

  /** Forget messages and the notice (after an edit, a cancel, a change of form). */
  const clear = () => {
    setMessages({});
    setNotice(null);
  };

  return { formRef, messages, setMessages, notice, setNotice, saving, refuse, save, clear };
}
