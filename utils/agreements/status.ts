// An agreement's lifecycle: draft → sent → signed → completed, or cancelled before it is completed.
import type { AgreementStatus } from './labels';

export const NEXT_STATUSES: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['signed', 'cancelled'],
  signed: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canMoveTo(from: AgreementStatus, to: AgreementStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** The button that moves an agreement to `status`. */
export const STATUS_ACTIONS: Record<AgreementStatus, string> = {
  draft: 'Back to draft',
  sent: 'Mark as sent',
  signed: 'Mark as signed',
  completed: 'Mark as completed',
  cancelled: 'Cancel the agreement',
};

/** What the creator's timeline says happened. */
export function statusEventText(title: string, status: AgreementStatus): string {
  switch (status) {
    case 'draft':
      return `Drafted the agreement “${title}”`;
    case 'sent':
      return `Sent the agreement “${title}”`;
    case 'signed':
      return `The agreement “${title}” was signed`;
    case 'completed':
      return `Completed the agreement “${title}”`;
    case 'cancelled':
      return `Cancelled the agreement “${title}”`;
  }
}

/** Agreements whose reminders still matter; a completed or cancelled one has none pending. */
export function isActive(status: AgreementStatus): boolean {
  return status !== 'completed' && status !== 'cancelled';
}
