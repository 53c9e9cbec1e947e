import { useId } from 'react';
import type { OutreachChannel } from '@/storage/outreach';
import type { Account, Creator } from '@/utils/model/schemas';
import { mailtoLink, messageLink } from '@/utils/templates/send';
import { creatorHref } from '@/utils/routes';

interface Props {
  creator: Creator;
  /** The account to message on; null when they have none saved. */
  account: Account | null;
  subject: string;
  body: string;
  /** Log what was sent, and when (the link itself opens as usual). */
  onSend: (channel: OutreachChannel, done: string, at: number) => void;
  onCopy: (at: number) => void;
  onCopySubject: () => void;
}

/** The three ways to send: copy, an email draft, or the creator's messages on their platform. Each logs the outreach. */
export function SendActions({ creator, account, subject, body, onSend, onCopy, onCopySubject }: Props) {
  const id = useId();
  const email = creator.contact.email.trim();
  const link = account ? messageLink(account) : null;
  const platformDone = link ? `Opened ${link.label.replace(/^Open /, '')}.` : '';
  const empty = !body.trim();
  const notes: Array<{ key: string; text: string; href?: string }> = [];
  if (empty) notes.push({ key: 'empty', text: 'Write a message first.' });
  if (!email) notes.push({ key: 'email', text: `${creator.displayName} has no email saved. Add it on their page to send an email draft.`, href: creatorHref(creator.id) });
  if (!link) notes.push({ key: 'account', text: `${creator.displayName} has no saved account to message them on.` });
  if (link?.note) notes.push({ key: 'platform', text: link.note });
  const noteId = (key: string) => `${id}-${key}`;

  return (
    <div className="templates-send" role="group" aria-label="Send">
      <div className="templates-actions">
        <button type="button" className="button button--primary" disabled={empty} aria-describedby={empty ? noteId('empty') : undefined} onClick={() => onCopy(Date.now())}>
          Copy to clipboard
        </button>
        {email && !empty ? (
          <a className="button" href={mailtoLink(email, subject, body)} onClick={() => onSend('email', 'Opened an email draft.', Date.now())}>
            Open email draft
          </a>
        ) : (
          <button type="button" className="button" disabled aria-describedby={noteId(empty ? 'empty' : 'email')}>
            Open email draft
          </button>
        )}
        {link && !empty ? (
          <a
            className="button"
            href={link.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby={link.note ? noteId('platform') : undefined}
            onClick={() => onSend('platform', platformDone, Date.now())}
          >
            {link.label}
          </a>
        ) : (
          <button type="button" className="button" disabled aria-describedby={noteId(empty ? 'empty' : 'account')}>
            {link?.label ?? 'Open their messages'}
          </button>
        )}
        {subject.trim() && (
          <button type="button" className="button button--link" onClick={onCopySubject}>
            Copy subject
          </button>
        )}
      </div>
      <ul className="templates-plain templates-send__notes">
        {notes.map((note) => (
          <li key={note.key} id={noteId(note.key)} className="templates-hint">
            {note.text}
            {note.href && (
              <>
                {' '}
                <a href={note.href}>Open {creator.displayName}’s page</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
