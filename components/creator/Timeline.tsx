import { useId } from 'react';
import { userCurrency } from '@/utils/currency';
import type { Interaction } from '@/utils/model/schemas';
import { formatDateTime, statusLabel } from '@/utils/format';
import { TimelineForm } from './TimelineForm';

export const INTERACTION_LABELS: Record<Interaction['type'], string> = {
  note: 'Note',
  saved: 'Saved',
  outreach: 'Outreach',
  reply: 'Reply',
  gift: 'Gift',
  payment: 'Payment',
  status_change: 'Stage change',
  agreement: 'Agreement',
  campaign: 'Campaign',
};

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    // A code Intl does not know still reads fine as "250 XYZ".
    return `${amount} ${currency}`;
  }
}

/** The part of an entry its details say: "Contacted → Replied", "€250.00". */
function summaryOf(interaction: Interaction): string | null {
  const { details } = interaction;
  if (interaction.type === 'status_change' && typeof details.from === 'string' && typeof details.to === 'string') {
    return `${statusLabel(details.from)} → ${statusLabel(details.to)}`;
  }
  if (interaction.type === 'payment' && typeof details.amount === 'number' && typeof details.currency === 'string') {
    return formatMoney(details.amount, details.currency);
  }
  return null;
}

/** The relationship so far, newest first, and a form to add to it. */
export function Timeline({ creatorId, interactions }: { creatorId: string; interactions: Interaction[] }) {
  const headingId = useId();
  const lastPayment = interactions.find((i) => i.type === 'payment' && typeof i.details.currency === 'string');
  return (
    <section className="creator-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Timeline</h3>
      <TimelineForm creatorId={creatorId} defaultCurrency={(lastPayment?.details.currency as string | undefined) ?? userCurrency()} />
      {interactions.length === 0 ? (
        <p className="creator-section__empty">Nothing on the timeline yet.</p>
      ) : (
        <ol className="timeline">
          {interactions.map((interaction) => {
            const summary = summaryOf(interaction);
            return (
              <li key={interaction.id} className={`timeline__item timeline__item--${interaction.type}`}>
                <p className="timeline__head">
                  <strong>{INTERACTION_LABELS[interaction.type]}</strong>
                  {summary && <span className="timeline__summary"> {summary}</span>}
                  {' · '}
                  <time dateTime={new Date(interaction.at).toISOString()}>{formatDateTime(interaction.at)}</time>
                </p>
                {interaction.text && <p className="timeline__text">{interaction.text}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
