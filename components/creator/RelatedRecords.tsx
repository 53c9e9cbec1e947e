import { useId, type ReactNode } from 'react';
import type { Agreement, Campaign, Reminder } from '@/utils/model/schemas';
import { formatDate, formatDateTime, statusLabel } from '@/utils/format';

// Agreements, reminders and campaigns: what a new manager needs to pick up the relationship.
// Their own pages edit them; here they are listed so nothing about the person is elsewhere.

function Listing({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  const headingId = useId();
  return (
    <section className="creator-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children.length === 0 ? <p className="creator-section__empty">{empty}</p> : <ul className="creator-list">{children}</ul>}
    </section>
  );
}

function dateRange(start: number | null, end: number | null): string {
  if (start === null && end === null) return 'no dates yet';
  if (start === null) return `until ${formatDate(end!)}`;
  if (end === null) return `from ${formatDate(start)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function RelatedRecords({ agreements, reminders, campaigns, now }: { agreements: Agreement[]; reminders: Reminder[]; campaigns: Campaign[]; now: number }) {
  return (
    <>
      <Listing title="Agreements" empty="No agreements yet.">
        {agreements.map((a) => (
          <li key={a.id}>
            <strong>{a.title}</strong> · {statusLabel(a.status)} · <span className="creator-muted">created {formatDate(a.createdAt)}, updated {formatDate(a.updatedAt)}</span>
          </li>
        ))}
      </Listing>
      <Listing title="Reminders" empty="No reminders.">
        {reminders.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong> · {statusLabel(r.status)} · due {formatDateTime(r.dueAt)}
            {r.status === 'pending' && r.dueAt < now && (
              <>
                {' '}
                <span className="creator-chip creator-chip--late">Overdue</span>
              </>
            )}
          </li>
        ))}
      </Listing>
      <Listing title="Campaigns" empty="Not in any campaign yet.">
        {campaigns.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> · {statusLabel(c.status)} · <span className="creator-muted">{dateRange(c.startAt, c.endAt)}</span>
          </li>
        ))}
      </Listing>
    </>
  );
}
