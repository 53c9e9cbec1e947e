import { useId, useState, type FormEvent } from 'react';
import { useFormSave } from '@/components/app/useFormSave';
import { addInteraction, interactionProblems, type NewInteraction } from '@/storage/creator-detail';
import { dateTimeInputValue } from '@/utils/date-input';
import { parseAmount } from '@/utils/amount';

/** What a user logs by hand; stage changes, saves, agreements and campaigns are logged by the app itself. */
const TYPES = [
  ['note', 'Note'],
  ['outreach', 'Outreach sent'],
  ['reply', 'Reply received'],
  ['gift', 'Gift sent'],
  ['payment', 'Payment'],
] as const;
type LoggedType = (typeof TYPES)[number][0];

export function TimelineForm({ creatorId, defaultCurrency }: { creatorId: string; defaultCurrency: string }) {
  const id = useId();
  const [type, setType] = useState<LoggedType>('note');
  const [when, setWhen] = useState(() => dateTimeInputValue(Date.now()));
  const [text, setText] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const { formRef, messages, setMessages, notice, saving: busy, refuse, save } = useFormSave({ refused: null, failed: 'Not added' });

  const add = async () => {
    const entry: NewInteraction = {
      type,
      at: when ? new Date(when).getTime() : Number.NaN,
      text,
      details: type === 'payment' ? { amount: parseAmount(amount), currency: currency.trim().toUpperCase() } : {},
    };
    const problems = interactionProblems(creatorId, entry);
    if (problems.length > 0) return refuse(problems);
    await save(async () => {
      await addInteraction(creatorId, entry, Date.now());
      setText('');
      setAmount('');
      setWhen(dateTimeInputValue(Date.now()));
      return 'Added to the timeline.';
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void add();
  };

  const fieldProps = (key: string) => ({
    id: `${id}-${key}`,
    'aria-invalid': messages[key] ? true : undefined,
    'aria-describedby': messages[key] ? `${id}-${key}-error` : undefined,
  });
  const errorOf = (key: string) =>
    messages[key] ? (
      <p id={`${id}-${key}-error`} className="creator-form__error">
        {messages[key]}
      </p>
    ) : null;

  return (
    <form ref={formRef} className="timeline-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h4 id={`${id}-heading`}>Add to timeline</h4>
      <div className="creator-form__field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select id={`${id}-type`} value={type} onChange={(event) => {
            setType(event.target.value as LoggedType);
            setMessages({});
          }}>
          {TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="creator-form__field">
        <label htmlFor={`${id}-at`}>When</label>
        <input type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} {...fieldProps('at')} />
        {errorOf('at')}
      </div>
      {type === 'payment' && (
        <>
          <div className="creator-form__field">
            <label htmlFor={`${id}-amount`}>Amount</label>
            <input type="text" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} {...fieldProps('amount')} />
            {errorOf('amount')}
          </div>
          <div className="creator-form__field">
            <label htmlFor={`${id}-currency`}>Currency</label>
            <input
              type="text"
              maxLength={3}
              size={4}
              value={currency}
              onChange={(event) => setCurrency(event.target.value)}
              {...fieldProps('currency')}
            />
            {errorOf('currency')}
          </div>
        </>
      )}
      <div className="creator-form__field creator-form__field--wide">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} {...fieldProps('text')} />
        {errorOf('text')}
      </div>
      <div className="creator-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add to timeline
        </button>
        <p role="status" className="creator-form__saved">
          {notice?.tone === 'ok' ? notice.text : ''}
        </p>
      </div>
      {notice?.tone === 'error' && (
        <p role="alert" className="creator-form__error">
          {notice.text}
        </p>
      )}
    </form>
  );
}
