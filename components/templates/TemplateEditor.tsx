import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Options } from '@/components/form/Options';
import { InvalidFieldError, storageErrorMessage, type FieldProblem } from '@/utils/model/errors';
import type { Template } from '@/utils/model/schemas';
import { deleteTemplate, duplicateTemplate, updateTemplate, type TemplateInput } from '@/storage/templates';
import { isTemplateKind, KIND_LABELS, TEMPLATE_KINDS } from '@/utils/templates/starters';
import { VariablesHelp } from './VariablesHelp';

type TextField = 'subject' | 'body';

interface Props {
  template: Template;
  draft: TemplateInput;
  dirty: boolean;
  /** Move focus to the name field when shown (a new or duplicated template). */
  focusName: boolean;
  onChange: (draft: TemplateInput) => void;
  onSaved: () => void;
  onDuplicated: (copy: Template) => void;
  onDeleted: () => void;
}

/** Edit one template: name, kind, subject and message, with the variables to insert; save, duplicate or delete it. */
export function TemplateEditor({ template, draft, dirty, focusName, onChange, onSaved, onDuplicated, onDeleted }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<TextField>('body');
  const caret = useRef<{ field: TextField; at: number } | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusName) nameRef.current?.focus();
  }, [focusName, template.id]);

  // The delete buttons swap places: keep keyboard focus on whichever is now showing.
  const focusAfterConfirm = useRef(false);
  useEffect(() => {
    if (confirmingDelete) confirmRef.current?.focus();
    else if (focusAfterConfirm.current) deleteRef.current?.focus();
    focusAfterConfirm.current = false;
  }, [confirmingDelete]);

  // After inserting a variable, put the cursor just after it, in the field it went into.
  useEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = pending.field === 'subject' ? subjectRef.current : bodyRef.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const change = (patch: Partial<TemplateInput>) => {
    setNotice(null);
    onChange({ ...draft, ...patch });
  };

  const insert = (token: string) => {
    const field = lastField.current;
    const element = field === 'subject' ? subjectRef.current : bodyRef.current;
    const value = draft[field];
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    caret.current = { field, at: start + token.length };
    change({ [field]: value.slice(0, start) + token + value.slice(end) });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await updateTemplate(template.id, draft, Date.now());
      setProblems([]);
      setNotice({ kind: 'ok', text: 'Saved' });
      onSaved();
    } catch (error) {
      if (error instanceof InvalidFieldError) setProblems(error.problems);
      setNotice({ kind: 'error', text: `Not saved: ${error instanceof InvalidFieldError ? error.message : storageErrorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const duplicate = async () => {
    try {
      onDuplicated(await duplicateTemplate(template.id, Date.now()));
    } catch (error) {
      setNotice({ kind: 'error', text: `Not duplicated: ${storageErrorMessage(error)}` });
    }
  };

  const remove = async () => {
    try {
      await deleteTemplate(template.id);
      onDeleted();
    } catch (error) {
      setNotice({ kind: 'error', text: `Not deleted: ${storageErrorMessage(error)}` });
    }
  };

  const described = (field: string, hint?: string) => [hint, problemOf(field) ? `${id}-${field}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const problemText = (field: string) =>
    problemOf(field) && (
      <p id={`${id}-${field}-problem`} className="templates-error">
        {problemOf(field)}
      </p>
    );
  const kindOptions = isTemplateKind(draft.kind) ? TEMPLATE_KINDS : [...TEMPLATE_KINDS, draft.kind];

  return (
    <section className="templates-section templates-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Edit “{template.name}”</h3>
      <form className="templates-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void save(e)} noValidate>
        <div className="templates-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            className="input"
            value={draft.name}
            aria-invalid={problemOf('name') ? true : undefined}
            aria-describedby={described('name')}
            onChange={(e) => change({ name: e.target.value })}
          />
          {problemText('name')}
        </div>
        <div className="templates-field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} className="input" value={draft.kind} onChange={(e) => change({ kind: e.target.value })}>
            <Options values={kindOptions} label={(kind) => (isTemplateKind(kind) ? KIND_LABELS[kind] : kind)} />
          </select>
          {problemText('kind')}
        </div>
        <div className="templates-field">
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input
            ref={subjectRef}
            id={`${id}-subject`}
            className="input"
            value={draft.subject}
            aria-invalid={problemOf('subject') ? true : undefined}
            aria-describedby={described('subject', `${id}-subject-hint`)}
            onFocus={() => (lastField.current = 'subject')}
            onChange={(e) => change({ subject: e.target.value })}
          />
          <p id={`${id}-subject-hint`} className="templates-hint">
            For emails; messages on a platform use only the message.
          </p>
          {problemText('subject')}
        </div>
        <div className="templates-field">
          <label htmlFor={`${id}-body`}>Message</label>
          <textarea
            ref={bodyRef}
            id={`${id}-body`}
            className="input templates-body"
            rows={14}
            value={draft.body}
            aria-invalid={problemOf('body') ? true : undefined}
            aria-describedby={described('body')}
            onFocus={() => (lastField.current = 'body')}
            onChange={(e) => change({ body: e.target.value })}
          />
          {problemText('body')}
        </div>
        <div className="templates-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            Save template
          </button>
          <button type="button" className="button" onClick={() => void duplicate()}>
            Duplicate
          </button>
          {!confirmingDelete && (
            <button ref={deleteRef} type="button" className="button" onClick={() => setConfirmingDelete(true)}>
              Delete…
            </button>
          )}
          {dirty && !notice && <span className="templates-muted">Unsaved changes</span>}
          {notice && (
            <span role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'templates-error' : 'templates-ok'}>
              {notice.text}
            </span>
          )}
        </div>
        {confirmingDelete && (
          <div className="templates-confirm" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>
              Delete “{template.name}”? This cannot be undone
              {template.id.startsWith('starter-') ? ', but a starter template can be added back from the list.' : '.'} Messages already sent stay on the timelines.
            </p>
            <div className="templates-actions">
              <button ref={confirmRef} type="button" className="button templates-danger" onClick={() => void remove()}>
                Delete template
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  focusAfterConfirm.current = true;
                  setConfirmingDelete(false);
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
      </form>
      <VariablesHelp onInsert={insert} />
    </section>
  );
}
