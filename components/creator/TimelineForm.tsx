import { useId, useState, type FormEvent } from 'react';
import { Field } from '@/components/form/Field';
import { FormFooter } from '@/components/form/FormNotice';
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

  return (
    <form ref={formRef} className="timeline-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h4 id={`${id}-heading`}>Add to timeline</h4>
      <Field id={`${id}-type`} label="Type">
        {(props) => (
          <select
            {...props}
            value={type}
            onChange={(event) => {
              setType(event.target.value as LoggedType);
              setMessages({});
            }}
          >
            {TYPES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-at`} label="When" error={messages.at}>
        {(props) => <input {...props} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />}
      </Field>
      {type === 'payment' && (
        <>
          <Field id={`${id}-amount`} label="Amount" error={messages.amount}>
            {(props) => <input {...props} type="text" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />}
          </Field>
          <Field id={`${id}-currency`} label="Currency" error={messages.currency}>
            {(props) => <input {...props} type="text" maxLength={3} size={4} value={currency} onChange={(event) => setCurrency(event.target.value)} />}
          </Field>
        </>
      )}
      <Field id={`${id}-text`} label="Text" error={messages.text} className="creator-form__field--wide">
        {(props) => <textarea {...props} rows={2} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <FormFooter notice={notice} className="creator-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add to timeline
        </button>
      </FormFooter>
    </form>
  );
}
