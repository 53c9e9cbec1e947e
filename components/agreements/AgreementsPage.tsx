import { useId, useState } from 'react';
import { Options } from '@/components/form/Options';
import { ErrorBoundary, recordName } from '@/components/app/ErrorBoundary';
import { type AgreementRow as AgreementListRow } from '@/storage/agreements';
import { useAgreementList } from '@/components/data/agreements';
import { formatMoney, STATUS_LABELS, type AgreementStatus } from '@/utils/agreements/labels';
import { formatDate } from '@/utils/format';
import '@/components/form/form.css';
import './agreements.css';
import { agreementDocumentHref, agreementHref, creatorHref, newAgreementHref } from '@/utils/routes';

// Every agreement (`#/agreements`): with whom, where it stands, for how much and what is due next.

const STATUSES = Object.keys(STATUS_LABELS) as AgreementStatus[];

/** One agreement's row: its own component, so that a cell that fails to render is caught by the row's boundary. */
function AgreementRow({ agreement, creatorName, campaignName, nextDueAt }: AgreementListRow) {
  return (
    <tr>
      <th scope="row">
        <a href={agreementHref(agreement.id)}>{agreement.title}</a>
        {campaignName && <span className="form-field__hint"> · {campaignName}</span>}
      </th>
      <td>{creatorName ? <a href={creatorHref(agreement.creatorId)}>{creatorName}</a> : <span className="form-field__hint">Deleted creator</span>}</td>
      <td>
        <span className={`agreement-chip agreement-chip--${agreement.status}`}>{STATUS_LABELS[agreement.status]}</span>
      </td>
      <td className="num">{agreement.terms.fee === null ? '—' : formatMoney(agreement.terms.fee, agreement.terms.currency)}</td>
      <td>{nextDueAt === null ? '—' : formatDate(nextDueAt)}</td>
      <td>
        <a href={agreementDocumentHref(agreement.id)} aria-label={`Document: ${agreement.title}`}>
          Document
        </a>
      </td>
    </tr>
  );
}

/** The agreements list. No props. */
export function AgreementsPage() {
  const headingId = useId();
  const filterId = useId();
  const rows = useAgreementList();
  const [status, setStatus] = useState<AgreementStatus | 'all'>('all');
  const shown = rows?.filter((r) => status === 'all' || r.agreement.status === status);

  return (
    <section className="agreement-page" aria-labelledby={headingId}>
      <div className="agreement-page__head">
        <h2 id={headingId}>Agreements</h2>
        <a className="button button--primary" href={newAgreementHref()}>
          New agreement
        </a>
      </div>
      <p className="form-field__hint">Deliverables, timelines, payment terms and usage rights, written down for each creator. Their dates become reminders.</p>
      <div className="agreement-page__filter">
        <label htmlFor={filterId}>Status</label>
        <select id={filterId} className="input" value={status} onChange={(e) => setStatus(e.target.value as AgreementStatus | 'all')}>
          <option value="all">All</option>
          <Options values={STATUSES} label={(s) => STATUS_LABELS[s]} />
        </select>
      </div>
      {shown === undefined ? (
        <p role="status">Loading agreements…</p>
      ) : rows!.length === 0 ? (
        <p className="agreement-page__empty">
          No agreements yet. Start one with “New agreement”, or from a creator’s page.
        </p>
      ) : shown.length === 0 ? (
        <p className="agreement-page__empty">No {STATUS_LABELS[status as AgreementStatus].toLowerCase()} agreements.</p>
      ) : (
        <div className="agreement-table-wrap">
          <table className="agreement-table">
            <caption className="sr-only">Agreements, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Creator</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Fee
                </th>
                <th scope="col">Next due</th>
                <th scope="col">
                  <span className="sr-only">Document</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                // One odd record names itself in its row; the rest of the list stays usable.
                <ErrorBoundary
                  key={item.agreement.id}
                  what={`The agreement “${recordName(item.agreement.title)}”`}
                  resetKey={item}
                  fallback={(message) => (
                    <tr>
                      <td colSpan={6} className="error-boundary">
                        <span role="alert">{message}</span>
                      </td>
                    </tr>
                  )}
                >
                  <AgreementRow {...item} />
                </ErrorBoundary>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
