import type { AccountState } from '@/utils/model/views';
import type { Extraction, PostReading } from '@/utils/model/reading';
import { textValue } from '@/utils/model/reading-fields';
import { formatDate, formatPercent, platformName, statusLabel } from '@/utils/format';
import { VIEW_PLATFORMS } from '@/utils/scoring/engagement';
import { postEngagement } from '@/utils/scoring/post-engagement';
import { CountStat } from '../CountStat';
import { LinkDeliverable } from './LinkDeliverable';
import type { PopupApi } from './popup-api';
import { TeamLines } from './ProfileCard';

const CAPTION_PREVIEW = 280;

/** A post or video page: that post's numbers and who posted it. */
export function PostCard({ reading, author, onOpenRoster, api }: { reading: Extraction; author: AccountState | null; onOpenRoster: (creatorId: string) => void; api?: PopupApi }) {
  const post = reading.posts[0];
  const name = textValue(reading.displayName);
  const caption = post?.caption ?? null;
  return (
    <article className="profile" aria-labelledby="post-heading">
      <header>
        <h1 id="post-heading" className="profile__name">
          Post by {name ?? `@${reading.handle}`}
        </h1>
        <p className="profile__handle">
          @{reading.handle} · {platformName(reading.platform)}
          {post?.postedAt != null && <> · {formatDate(post.postedAt)}</>}
          {post?.sponsored && <span className="chip chip--sponsored">Sponsored</span>}
        </p>
      </header>
      {post ? (
        <dl className="stats">
          <CountStat label="Likes" field={post.counts.likes} />
          <CountStat label="Comments" field={post.counts.comments} />
          {!('missing' in post.counts.shares) && <CountStat label="Shares" field={post.counts.shares} />}
          {(!('missing' in post.counts.views) || post.liveViewers) && <CountStat label="Views" field={post.counts.views} />}
          {post.liveViewers && <CountStat label="Live viewers" field={post.liveViewers} />}
        </dl>
      ) : (
        <p className="muted">This page did not show the post’s numbers.</p>
      )}
      {post && <Collaborators post={post} />}
      {post && VIEW_PLATFORMS.has(reading.platform) && <PostEngagementLine post={post} />}
      {caption && (
        <p className="profile__bio">
          {caption.length > CAPTION_PREVIEW ? `${caption.slice(0, CAPTION_PREVIEW)}…` : caption}
        </p>
      )}
      {author?.saved ? (
        <p className="save-area__note">
          @{reading.handle} is on your roster ({statusLabel(author.creator.status)}): this post’s numbers are kept for them.{' '}
          <button type="button" className="button button--link" onClick={() => onOpenRoster(author.creator.id)}>
            Open in roster
          </button>
        </p>
      ) : (
        <p className="muted">@{reading.handle} is not on your roster. Their post’s numbers are kept for a day and added if you save them from their profile.</p>
      )}
      {author?.saved && author.team && <TeamLines team={author.team} />}
      {author?.saved && post && api && <LinkDeliverable api={api} reading={reading} creatorId={author.creator.id} />}
    </article>
  );
}

/** A collaboration post's other credited channels (the author is the uploader). */
function Collaborators({ post }: { post: PostReading }) {
  const others = (post.collaborators ?? []).filter((c, i) => i > 0 && (c.handle ?? c.name));
  if (!others.length) return null;
  return (
    <p className="profile__handle" data-testid="collaborators">
      A collaboration with{' '}
      {others.map((c, i) => (
        <span key={`${c.handle ?? ''}-${c.name ?? ''}-${i}`}>
          {i > 0 && ', '}
          {c.handle ? `@${c.handle}` : c.name}
          {c.handle && c.name && c.name !== c.handle && <span className="muted"> ({c.name})</span>}
        </span>
      ))}
      ; saved under the uploader, @{post.author ?? post.collaborators![0]!.handle}.
    </p>
  );
}

/** That post's (likes + comments) ÷ views, with its formula; or why it cannot be measured. */
function PostEngagementLine({ post }: { post: PostReading }) {
  const result = postEngagement(post);
  return (
    <section className="section" aria-labelledby="post-engagement-heading" data-testid="post-engagement">
      <h2 id="post-engagement-heading" className="section__title">
        Engagement of this post
      </h2>
      {result.available ? (
        <>
          <p className="big-figure">
            {result.approximate && <span aria-hidden="true">≈</span>}
            {result.approximate && <span className="sr-only">about </span>}
            {formatPercent(result.rate)}
          </p>
          <p className="formula">
            {result.formula}
            {result.approximate && <span className="muted"> (some counts are shown rounded)</span>}
          </p>
          <p className="muted">{result.benchmarkNote}</p>
        </>
      ) : (
        <p className="muted">Not measured. {result.reason}</p>
      )}
    </section>
  );
}
