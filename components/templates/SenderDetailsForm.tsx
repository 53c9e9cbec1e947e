import { useId, useState, type FormEvent } from 'react';
import type { Notice } from '@/components/app/useFormSave';
import { useStoredValue } from '@/components/app/useStoredValue';
import { Field } from '@/components/form/Field';
import { ErrorNotice, SavedNotice } from '@/components/form/FormNotice';
import { senderDetails } from '@/utils/browser/sender-store';
import { EMPTY_SENDER, senderProblems, type SenderDetails } from '@/utils/model/sender';

/** Your details (for `sender.*` and `brand.*`), kept live across tabs; `undefined` while loading. */
export function useSenderDetails(): SenderDetails | undefined {
  return useStoredValue(senderDetails);
}

const FIELDS: Array<{ key: keyof SenderDetails; label: string; type: string; autoComplete: string; hint?: string }> = [
  { key: 'name', label: 'Your name', type: 'text', autoComplete: 'name' },
  { key: 'email', label: 'Your email', type: 'email', autoComplete: 'email' },
  { key: 'title', label: 'Your job title', type: 'text', autoComplete: 'organization-title' },
  { key: 'brandName', label: 'Brand name', type: 'text', autoComplete: 'organization' },
  { key: 'website', label: 'Brand website', type: 'text', autoComplete: 'url', hint: 'As you would write it in a message, such as northwind.example' },
];

function trimmed(details: SenderDetails): SenderDetails {
  return Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v.trim()])) as SenderDetails;
}

/** What the user has typed and not saved yet (null: nothing), with its setter. */
export type SenderDraft = [SenderDetails | null, (draft: SenderDetails | null) => void];

/**
 * The small form for your own details, used to sign messages. Saved in extension storage. `stored`:
 * what is saved now (`undefined` while loading). What the user types wins over what loads or changes
 * in storage meanwhile, until they save. `draft`: kept by a page that shows the form in more than one
 * place (the templates page moves it beside the editor once a template opens), so moving it keeps
 * what was typed.
 */
export function SenderDetailsForm({ stored, draft: shared }: { stored: SenderDetails | undefined; draft?: SenderDraft }) {
  const id = useId();
  const own = useState<SenderDetails | null>(null);
  const [draft, setDraft] = shared ?? own;
  const [problems, setProblems] = useState<Partial<Record<keyof SenderDetails, string>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const values = draft ?? stored ?? EMPTY_SENDER;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = trimmed(values);
    const found = senderProblems(next);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setNotice({ tone: 'error', text: 'Not saved: correct the field marked below.' });
      return;
    }
    try {
      await senderDetails.set(next);
      setDraft(null);
      setNotice({ tone: 'ok', text: 'Saved' });
    } catch {
      setNotice({ tone: 'error', text: 'Not saved: the browser refused to store your details. Try again.' });
    }
  };

  return (
    <section className="templates-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Your details</h3>
      <p className="templates-muted">Used to sign your messages ({'{{sender.name}}'}, {'{{brand.name}}'}…). Kept on this computer only.</p>
      <form className="templates-sender" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
        {FIELDS.map((field) => (
          <Field key={field.key} id={`${id}-${field.key}`} label={field.label} hint={field.hint} error={problems[field.key]} className="templates-field">
            {(props) => (
              <input
                {...props}
                className="input"
                type={field.type}
                autoComplete={field.autoComplete}
                value={values[field.key]}
                onChange={(e) => {
                  setDraft({ ...values, [field.key]: e.target.value });
                  setNotice(null);
                }}
              />
            )}
          </Field>
        ))}
        <div className="templates-actions">
          <button type="submit" className="button button--primary" disabled={stored === undefined}>
            Save your details
          </button>
          <SavedNotice notice={notice} />
          <ErrorNotice notice={notice} />
        </div>
      </form>
    </section>
  );
}
