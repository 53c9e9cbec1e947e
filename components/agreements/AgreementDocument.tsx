import { useId } from 'react';
import { useAgreement } from '@/components/data/agreements';
import { agreementDocument, type DocSection } from '@/utils/agreements/document';
import { useStoredValue } from '@/components/app/useStoredValue';
import { senderDetails } from '@/utils/browser/sender-store';
import './agreement-document.css';
import { agreementHref } from '@/utils/routes';

// The agreement as a clean document to print or save as PDF (`#/agreements/<id>/document`). Every
// clause comes from utils/agreements/document.ts and is rendered as text: names, notes and clauses
// typed by anyone stay words on the page, never markup.

function Section({ section }: { section: DocSection }) {
  const headingId = useId();
  return (
    <section className="agreement-doc__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.heading}</h3>
      {section.facts && (
        <dl className="agreement-doc__facts">
          {section.facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {section.paragraphs?.map((text, i) => (
        <p key={i} className="agreement-doc__clause">
          {text}
        </p>
      ))}
      {section.table &&
        (section.table.rows.length === 0 ? (
          <p className="agreement-doc__empty">{section.table.empty}</p>
        ) : (
          <table className="agreement-doc__table">
            <caption>{section.table.caption}</caption>
            <thead>
              <tr>
                {section.table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}

/**
 * Props: `agreementId`. The brand's side comes from the sender details (Templates page): brand name,
 * the person signing, their title, email and website; "The brand" stands in for a missing name.
 */
export function AgreementDocument({ agreementId }: { agreementId: string }) {
  const headingId = useId();
  const context = useAgreement(agreementId);
  const brand = useStoredValue(senderDetails);

  if (context === undefined || brand === undefined) return <p role="status">Loading the agreement…</p>;
  if (context === null) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>Agreement not found</h2>
        <p>
          This agreement does not exist: it may have been deleted. <a href="#/agreements">See all agreements</a>.
        </p>
      </section>
    );
  }

  const { agreement, creator, accounts, campaign } = context;
  const doc = agreementDocument(agreement, {
    brand,
    creator: { creator: creator ?? { displayName: 'The creator', contact: { email: '', other: '' }, location: '' }, accounts },
    campaignName: campaign?.name ?? null,
  });

  return (
    <article className="agreement-doc" aria-labelledby={headingId}>
      <div className="agreement-doc__toolbar">
        <a href={agreementHref(agreement.id)}>← Back to the agreement</a>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="agreement-doc__header">
        <p className="agreement-doc__kind">Creator partnership agreement</p>
        <h2 id={headingId}>{doc.title}</h2>
        <p className="agreement-doc__meta">
          Status: {doc.status} · {doc.meta.join(' · ')}
        </p>
      </header>
      <section className="agreement-doc__section" aria-label="Parties">
        <h3>Parties</h3>
        <div className="agreement-doc__parties">
          {doc.parties.map((party) => (
            <div key={party.role} className="agreement-doc__party">
              <p className="agreement-doc__role">{party.role}</p>
              <p className="agreement-doc__name">{party.name}</p>
              {party.lines.map((line, i) => (
                <p key={i} className="agreement-doc__line">
                  {line}
                </p>
              ))}
            </div>
          ))}
        </div>
      </section>
      {doc.sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
      <section className="agreement-doc__section agreement-doc__signatures" aria-label="Signatures">
        <h3>Signatures</h3>
        <div className="agreement-doc__parties">
          {doc.signatures.map((s) => (
            <div key={s.party} className="agreement-doc__signature">
              <p className="agreement-doc__role">For {s.party}</p>
              <p className="agreement-doc__sign-line">Signature</p>
              <p>Name: {s.name || '\u00a0'}</p>
              <p>Date: {s.date || '\u00a0'}</p>
            </div>
          ))}
        </div>
      </section>
    </article>
  );
}
