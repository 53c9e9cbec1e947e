import { useEffect, useId, useRef, useState } from 'react';
import { storageErrorMessage } from '@/utils/model/errors';
import type { Template } from '@/utils/model/schemas';
import { addStarterTemplate, createTemplate, ensureStarterTemplates, missingStarters, type TemplateInput } from '@/storage/templates';
import { useTemplates } from '@/components/data/templates';
import { EMPTY_SENDER, type SenderDetails } from '@/utils/model/sender';
import { kindLabel, type StarterKind, type StarterTemplate } from '@/utils/templates/starters';
import { SenderDetailsForm, useSenderDetails } from './SenderDetailsForm';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';

// Outreach templates (`#/templates`): the list, the editor with its variables, a live preview for
// any saved creator with what would be missing for them, and the user's own details that sign the
// messages. Edits are drafts (kept per template while switching) until "Save template".

function inputOf(template: Template): TemplateInput {
  return { name: template.name, kind: template.kind, subject: template.subject, body: template.body };
}

function differs(a: TemplateInput, b: TemplateInput): boolean {
  return a.name !== b.name || a.kind !== b.kind || a.subject !== b.subject || a.body !== b.body;
}

/** Starters the user deleted, each with a button to add it back. */
function MissingStarters({ missing, onAdd }: { missing: StarterTemplate[]; onAdd: (kind: StarterKind) => void }) {
  if (missing.length === 0) return null;
  return (
    <div className="templates-missing">
      <p className="templates-hint">Starter templates you deleted:</p>
      <ul className="templates-plain">
        {missing.map((s) => (
          <li key={s.kind}>
            <button type="button" className="button button--link" onClick={() => onAdd(s.kind)}>
              Add back “{s.name}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The templates page. No props: it is the same for everyone. */
export function TemplatesPage() {
  const headingId = useId();
  const templates = useTemplates();
  const sender = useSenderDetails();
  // What is typed in "Your details", kept here: the form moves beside the editor when a template opens.
  const senderDraft = useState<SenderDetails | null>(null);
  const [openedAt] = useState(() => Date.now());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, TemplateInput>>({});
  const [focusName, setFocusName] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  // A deleted template's editor goes away with the focus in it: put the focus on the list instead.
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusListNext = useRef(false);
  useEffect(() => {
    if (!focusListNext.current) return;
    focusListNext.current = false;
    listHeadingRef.current?.focus();
  });

  useEffect(() => {
    ensureStarterTemplates(Date.now()).catch((error: unknown) => setMessage({ kind: 'error', text: `The starter templates could not be added: ${storageErrorMessage(error)}` }));
  }, []);

  const select = (id: string, focus = false) => {
    setSelectedId(id);
    setFocusName(focus);
    setMessage(null);
  };
  const dropDraft = (id: string) =>
    setDrafts((all) => {
      const { [id]: _dropped, ...rest } = all;
      return rest;
    });

  const create = async () => {
    try {
      const template = await createTemplate({ name: 'New template', kind: 'custom', subject: '', body: '' }, Date.now());
      select(template.id, true);
    } catch (error) {
      setMessage({ kind: 'error', text: `No template was created: ${storageErrorMessage(error)}` });
    }
  };

  const addBack = async (kind: StarterKind) => {
    try {
      const template = await addStarterTemplate(kind, Date.now());
      select(template.id);
      setMessage({ kind: 'ok', text: `Added “${template.name}” back.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Not added: ${storageErrorMessage(error)}` });
    }
  };

  if (templates === undefined) {
    return (
      <section className="templates-page" aria-labelledby={headingId} aria-busy="true">
        <h2 id={headingId}>Outreach templates</h2>
        <p role="status">Loading your templates…</p>
      </section>
    );
  }

  const selected = templates.find((t) => t.id === selectedId) ?? templates[0] ?? null;
  const draft = selected ? (drafts[selected.id] ?? inputOf(selected)) : null;
  const missing = missingStarters(templates);

  return (
    <section className="templates-page" aria-labelledby={headingId}>
      <h2 id={headingId}>Outreach templates</h2>
      <p className="templates-muted">
        Short, personal messages that name something the creator made. Variables such as {'{{creator.firstName}}'} are filled in for each creator when you write to them
        from their page.
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'templates-error' : 'templates-ok'}>
          {message.text}
        </p>
      )}
      <div className="templates-layout">
        <nav className="templates-section templates-list" aria-label="Templates">
          <h3 ref={listHeadingRef} tabIndex={-1}>
            Your templates
          </h3>
          {templates.length === 0 ? (
            <p className="templates-muted">You have no templates yet.</p>
          ) : (
            <ul className="templates-plain">
              {templates.map((t) => {
                const unsaved = drafts[t.id] && differs(drafts[t.id]!, inputOf(t));
                return (
                  <li key={t.id}>
                    <button
                      type="button"
                      className="templates-list__item"
                      aria-current={t.id === selected?.id ? 'true' : undefined}
                      onClick={() => select(t.id)}
                    >
                      <span className="templates-list__name">{t.name}</span>
                      {/* The kind only where the name does not already say it (each starter is named after its kind). */}
                      {(kindLabel(t.kind) !== t.name || unsaved) && ' '}
                      {(kindLabel(t.kind) !== t.name || unsaved) && (
                        <span className="templates-muted">
                          {[kindLabel(t.kind) !== t.name && kindLabel(t.kind), unsaved && 'unsaved changes'].filter(Boolean).join(' · ')}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <button type="button" className="button" onClick={() => void create()}>
            New template
          </button>
          <MissingStarters missing={missing} onAdd={(kind) => void addBack(kind)} />
        </nav>
        {selected && draft ? (
          <>
            <TemplateEditor
              key={selected.id}
              template={selected}
              draft={draft}
              dirty={differs(draft, inputOf(selected))}
              focusName={focusName}
              onChange={(next) => setDrafts((all) => ({ ...all, [selected.id]: next }))}
              onSaved={() => dropDraft(selected.id)}
              onDuplicated={(copy) => {
                select(copy.id, true);
                setMessage({ kind: 'ok', text: `Duplicated as “${copy.name}”.` });
              }}
              onDeleted={() => {
                focusListNext.current = true;
                dropDraft(selected.id);
                setSelectedId(templates.find((t) => t.id !== selected.id)?.id ?? null);
                setMessage({ kind: 'ok', text: `Deleted “${selected.name}”.` });
              }}
            />
            {/* The preview and the details that sign it side by side, both in view with the editor. */}
            <div className="templates-side">
              <TemplatePreview template={draft} sender={sender ?? EMPTY_SENDER} now={openedAt} />
              <SenderDetailsForm stored={sender} draft={senderDraft} />
            </div>
          </>
        ) : (
          <p className="templates-section">Create a template, or add back a starter, to edit it here.</p>
        )}
      </div>
      {!(selected && draft) && <SenderDetailsForm stored={sender} draft={senderDraft} />}
    </section>
  );
}
