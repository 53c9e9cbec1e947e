import { useId, useState } from 'react';
import { TeamChangeLine } from './TeamChangeLine';
import { useCreatorDetail } from '@/components/data/creator-detail';
import { formatDate, statusLabel } from '@/utils/format';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { AccountsSection } from './AccountsSection';
import { CreatorForm } from './CreatorForm';
import { GrowthSection } from './GrowthSection';
import { KeepInTouch } from './KeepInTouch';
import { EngagementHistory, PostsSeen } from './PostsSections';
import { CreatorCampaignResults } from '../campaigns/CreatorCampaignResults';
import { RelatedRecords } from './RelatedRecords';
import { Timeline } from './Timeline';
import './creator-detail.css';
import { composeHref, newAgreementHref } from '@/utils/routes';

// One creator, everything about them in one place (`#/creator/<id>`): who they are and what they
// are good at, their accounts and how they grew, what they posted, and the whole relationship —
// timeline, agreements, reminders, campaigns — so a new manager can pick it up without asking.

/** The creator detail page. The shell passes the id from the address. */
export function CreatorDetail({ creatorId }: { creatorId: string }) {
  const headingId = useId();
  const detail = useCreatorDetail(creatorId);
  // "Overdue" is judged against when the page was opened, so the page does not change by itself.
  const [openedAt] = useState(() => Date.now());

  if (detail === undefined) {
    return (
      <section className="creator-detail" aria-labelledby={headingId} aria-busy="true">
        <h2 id={headingId}>Creator</h2>
        <p role="status">Loading the creator…</p>
      </section>
    );
  }

  if (detail === null) {
    return (
      <section className="creator-detail" aria-labelledby={headingId}>
        <h2 id={headingId}>Creator not found</h2>
        <p>This creator is not on your roster: they may have been merged into another creator or deleted.</p>
        <p>
          <a href="#/roster">Back to the roster</a>
        </p>
      </section>
    );
  }

  const { creator } = detail;
  // Each section stands alone: one odd record shows as a sentence naming it, not a blank page.
  const name = `${creator.displayName} (id “${creator.id.toWellFormed()}”)`;
  return (
    <article className="creator-detail" aria-labelledby={headingId}>
      <p className="creator-detail__back">
        <a href="#/roster">← Roster</a>
      </p>
      <header className="creator-detail__header">
        <h2 id={headingId}>{creator.displayName}</h2>
        <p className="creator-detail__summary">
          <span className="creator-chip creator-chip--stage">{statusLabel(creator.status)}</span>
          {creator.ambassador && <span className="creator-chip">Ambassador</span>}
          {creator.toVet && <span className="creator-chip">To vet</span>}
          <span className="creator-muted">
            Last contacted {creator.lastContactedAt === null ? 'never' : formatDate(creator.lastContactedAt)} · On the roster since {formatDate(creator.createdAt)}
          </span>
        </p>
        <TeamChangeLine creatorId={creator.id} />
        {creator.strengths.length > 0 && <p className="creator-detail__strengths">Strengths: {creator.strengths.join(', ')}</p>}
        <nav className="creator-detail__actions" aria-label={`Work with ${creator.displayName}`}>
          <a className="button button--primary" href={composeHref(creator.id)}>
            Write to {creator.displayName}
          </a>
          <a className="button" href={composeHref(creator.id, { template: 'follow_up' })}>
            Follow up
          </a>
          <a className="button" href={newAgreementHref(creator.id)}>
            New agreement
          </a>
        </nav>
      </header>
      <div className="creator-detail__layout">
        <div className="creator-detail__main">
          <ErrorBoundary what={`${name}’s accounts`}>
            <AccountsSection creator={creator} accounts={detail.accounts} />
          </ErrorBoundary>
          <ErrorBoundary what={`${name}’s timeline`}>
            <Timeline creatorId={creator.id} interactions={detail.interactions} />
          </ErrorBoundary>
          <ErrorBoundary what={`${name}’s agreements and reminders`}>
            <RelatedRecords agreements={detail.agreements} reminders={detail.reminders} campaigns={detail.campaigns} now={openedAt} />
          </ErrorBoundary>
          <ErrorBoundary what={`${name}’s campaign results`}>
            <CreatorCampaignResults creatorId={creator.id} campaigns={detail.campaigns} />
          </ErrorBoundary>
          <ErrorBoundary what={`${name}’s follower growth`}>
            <GrowthSection accounts={detail.accounts} />
          </ErrorBoundary>
          <ErrorBoundary what={`${name}’s engagement history`}>
            <EngagementHistory accounts={detail.accounts} posts={detail.posts} />
          </ErrorBoundary>
          <ErrorBoundary what={`${name}’s posts`}>
            <PostsSeen accounts={detail.accounts} posts={detail.posts} />
          </ErrorBoundary>
        </div>
        <div className="creator-detail__side">
          <ErrorBoundary what={`The form of ${name}`}>
            <CreatorForm key={creator.id} creator={creator} />
          </ErrorBoundary>
          <KeepInTouch key={creator.id} creator={creator} />
        </div>
      </div>
    </article>
  );
}
