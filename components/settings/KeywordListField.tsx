import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { type KeywordFieldInfo, type FieldMessage, type Action } from './brand-profile-draft';

interface KeywordListFieldProps {
  info: KeywordFieldInfo;
  keywords: readonly string[];
  pending: string;
  message: FieldMessage | undefined;
  dispatch: (action: Action) => void;
}

export function KeywordListField({ info, keywords, pending, message, dispatch }: KeywordListFieldProps) {
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);
  const { field } = info;

  // A removed chip's button disappears with it: move focus to the chip that took its place (or the
  // one before, or the input) so a keyboard user can keep going.
  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const target = buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : inputRef.current;
    target?.focus();
  }, [keywords]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter adds the keyword; it must not submit the whole form.
    event.preventDefault();
    dispatch({ type: 'commit', field });
  };

  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const invalid = message?.tone === 'error';

  return (
    <fieldset className="brand-profile__group">
      <legend>{info.legend}</legend>
      <p id={hintId} className="brand-profile__hint">
        {info.hint}
      </p>
      {keywords.length > 0 ? (
        <ul ref={listRef} className="brand-profile__chips" aria-label={info.legend}>
          {keywords.map((keyword, index) => (
            <li key={keyword} className={`brand-profile__chip brand-profile__chip--${field}`}>
              <span>{keyword}</span>
              <button
                type="button"
                className="brand-profile__chip-remove"
                aria-label={`Remove ${keyword}`}
                onClick={() => {
                  focusAfterRemoval.current = index;
                  dispatch({ type: 'remove', field, keyword });
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="brand-profile__empty">None yet.</p>
      )}
      <label className="sr-only" htmlFor={`${id}-input`}>
        {info.inputLabel}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="brand-profile__input"
        type="text"
        autoComplete="off"
        placeholder="Type, then press Enter or a comma"
        value={pending}
        aria-invalid={invalid || undefined}
        aria-describedby={`${hintId} ${messageId}`}
        onChange={(event) => dispatch({ type: 'typed', field, value: event.target.value })}
        onKeyDown={onKeyDown}
      />
      <p id={messageId} className={`brand-profile__message brand-profile__message--${message?.tone ?? 'none'}`} aria-live="polite">
        {message?.text}
      </p>
    </fieldset>
  );
}
