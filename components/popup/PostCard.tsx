import type { AccountState } from '@/storage/profiles';
import type { Extraction } from '@/utils/extract/extraction';
import { textValue } from '@/utils/extract/fields';
import { formatDate, platformName, statusLabel } from '@/utils/format';
import { CountStat } from '../CountStat';
import { LinkDeliverable } from './LinkDeliverable';
import type { PopupApi } from './popup-api';

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
          {!('missing' in post.counts.views) && <CountStat label="Views" field={post.counts.views} />}
        </dl>
      ) : (
        <p className="muted">This page did not show the post’s numbers.</p>
      )}
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
      {author?.saved && post && api && <LinkDeliverable api={api} reading={reading} creatorId={author.creator.id} />}
    </article>
  );
}
