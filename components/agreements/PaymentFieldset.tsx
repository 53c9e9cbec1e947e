import { useState } from 'react';
import { Options } from '@/components/form/Options';
import { splitFee, type AgreementDraft, type PaymentDraft } from '@/utils/agreements/draft';
import { parseAmount } from '@/utils/amount';
import { COMMON_CURRENCIES, formatMoney } from '@/utils/agreements/labels';
import { TextField, type Edit, type FieldKit } from './field-kit';

// The fee, when each part of it is paid, and on what terms: spelled out so nobody waits on money.

export function PaymentFieldset({ draft, edit, kit, newId }: { draft: AgreementDraft; edit: Edit; kit: FieldKit; newId: () => string }) {
  const [percent, setPercent] = useState('50');
  const [splitNote, setSplitNote] = useState('');
  const currencies: string[] = (COMMON_CURRENCIES as readonly string[]).includes(draft.currency) ? [...COMMON_CURRENCIES] : [draft.currency, ...COMMON_CURRENCIES];
  const fee = parseAmount(draft.fee);
  const scheduled = draft.payments.reduce((sum, p) => sum + (parseAmount(p.amount) ?? 0), 0);

  const change = (index: number, patch: Partial<PaymentDraft>) => edit((d) => ({ payments: d.payments.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const add = () => edit((d) => ({ payments: [...d.payments, { id: newId(), description: '', amount: '', dueDate: '', paidDate: '' }] }));
  const remove = (index: number) => edit((d) => ({ payments: d.payments.filter((_, i) => i !== index) }));

  const split = () => {
    const share = Number(percent);
    if (fee === null || Number.isNaN(fee) || fee <= 0) return setSplitNote('Enter the fee first, then split it.');
    if (!/^\d+$/.test(percent.trim()) || share < 0 || share > 100) return setSplitNote('Enter a share on signing from 0 to 100 %.');
    // Publication: the last deliverable's due date, if there is one.
    const lastDue = draft.deliverables.map((d) => d.dueDate).filter(Boolean).sort().at(-1) ?? '';
    edit({ payments: splitFee(fee, share, draft.startDate, lastDue).map((p) => ({ ...p, id: newId() })) });
    setSplitNote(`Split ${formatMoney(fee, draft.currency)}: ${share} % on signing, ${100 - share} % after publication.`);
  };

  return (
    <fieldset className="agreement-form__group">
      <legend>Fee and payment</legend>
      <div className="agreement-form__grid">
        <TextField kit={kit} field="fee" label="Fee" inputMode="decimal" value={draft.fee} placeholder="e.g. 1500" onChange={(value) => edit({ fee: value })} hint="Leave empty for a gifting-only agreement." />
        <div className="form-field">
          <label htmlFor={kit.id('currency')}>Currency</label>
          <select id={kit.id('currency')} className="input" value={draft.currency} {...kit.aria('currency')} onChange={(e) => edit({ currency: e.target.value })}>
            <Options values={currencies} label={(code) => code} />
          </select>
          {kit.error('currency')}
        </div>
      </div>

      <fieldset className="agreement-form__subgroup">
        <legend>Payment schedule</legend>
        {draft.payments.map((row, i) => {
          const name = `Payment ${i + 1}`;
          const field = (key: string) => `payments.${i}.${key}`;
          return (
            <fieldset key={row.id} className="agreement-form__row">
              <legend>{name}</legend>
              <TextField kit={kit} field={field('description')} label="Description" value={row.description} placeholder="e.g. 50 % on signing" onChange={(description) => change(i, { description })} />
              <div className="form-field">
                <label htmlFor={kit.id(field('amount'))}>Amount</label>
                <input
                  id={kit.id(field('amount'))}
                  className="input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.amount}
                  {...kit.aria(field('amount'), { also: ['paymentSchedule'] })}
                  onChange={(e) => change(i, { amount: e.target.value })}
                />
                {kit.error(field('amount'))}
              </div>
              <TextField kit={kit} field={field('dueDate')} label="Due date" type="date" value={row.dueDate} onChange={(dueDate) => change(i, { dueDate })} />
              <TextField kit={kit} field={field('paidDate')} label="Paid on" type="date" value={row.paidDate} onChange={(paidDate) => change(i, { paidDate })} />
              <p className="agreement-form__row-actions">
                <button type="button" className="button button--link" onClick={() => remove(i)}>
                  Remove {name.toLowerCase()}
                </button>
              </p>
            </fieldset>
          );
        })}
        {draft.payments.length > 0 && (
          <p className="form-field__hint">
            Scheduled {formatMoney(scheduled, draft.currency)}
            {fee !== null && !Number.isNaN(fee) ? ` of the ${formatMoney(fee, draft.currency)} fee` : ''}.
          </p>
        )}
        {kit.error('paymentSchedule')}
        <div className="agreement-form__inline">
          <button type="button" className="button" onClick={add}>
            Add a payment
          </button>
          <label htmlFor={kit.id('splitPercent')}>On signing (%)</label>
          <input id={kit.id('splitPercent')} className="input agreement-form__short" type="number" min={0} max={100} value={percent} onChange={(e) => setPercent(e.target.value)} />
          <button type="button" className="button" onClick={split} aria-describedby={kit.hintId('split')}>
            Split the fee
          </button>
        </div>
        <p id={kit.hintId('split')} className="form-field__hint">
          Replaces the schedule with two payments: the share on signing (due on the start date) and the rest after publication (due on the last deliverable’s date).
        </p>
        <p role="status" className="form-field__hint">
          {splitNote}
        </p>
      </fieldset>

      <TextField
        kit={kit}
        field="paymentTerms"
        label="Payment terms"
        value={draft.paymentTerms}
        placeholder="e.g. Net 30 after each deliverable is published, by bank transfer"
        onChange={(value) => edit({ paymentTerms: value })}
        wide
      />
    </fieldset>
  );
}
