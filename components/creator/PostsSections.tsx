import { useId } from 'react';
import type { AccountWithHistory } from '@/utils/model/views';
import type { Post } from '@/utils/model/schemas';
import { formatDate, formatPercent } from '@/utils/format';
import { postName } from '@/utils/post-name';
import { accountLabel, engagementOfPost, excerpt } from './history';
import { ObservedNumber } from './ObservedNumber';

function postDate(post: Post): string {
  return post.postedAt === null ? `seen ${formatDate(post.seenAt)}` : formatDate(post.postedAt);
}

function accountsById(accounts: AccountWithHistory[]) {
  return new Map(accounts.map((a) => [a.account.id, a]));
}

/** The creator's account that wrote the post (the first, if several of theirs did). */
function ownerOf(byId: ReturnType<typeof accountsById>, post: Post): AccountWithHistory | undefined {
  return post.authorAccountIds.map((id) => byId.get(id)).find((a) => a !== undefined);
}

/** Each post's engagement, so a trend (or one sponsored post far below the rest) shows at a glance. */
export function EngagementHistory({ accounts, posts }: { accounts: AccountWithHistory[]; posts: Post[] }) {
  const headingId = useId();
  const byId = accountsById(accounts);
  const rows = posts.flatMap((post) => {
    const owner = ownerOf(byId, post);
    return owner ? [{ post, owner, engagement: engagementOfPost(post, owner.account, owner.snapshots) }] : [];
  });
  // Posts whose numbers the page did not show are not history: one line says how many and why,
  // and opens to the list, instead of a row of dashes each.
  const measured = rows.filter((r) => r.engagement.rate !== null);
  const unmeasured = rows.flatMap((r) => (r.engagement.rate === null ? [{ ...r, reason: r.engagement.reason }] : []));
  const reasons = [...new Set(unmeasured.map((r) => r.reason))];
  return (
    <section className="creator-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Engagement history</h3>
      {posts.length === 0 ? (
        <p className="creator-section__empty">No posts seen yet: open a few of this creator’s posts and their numbers are kept here.</p>
      ) : (
        <>
          <p className="form-field__hint">
            Per post: (likes + comments) ÷ followers; on TikTok, YouTube and X, (likes + comments + shares) ÷ views.
          </p>
          {measured.length === 0 ? (
            <p className="creator-section__empty">None of the posts seen showed the numbers engagement needs yet.</p>
          ) : (
            <div className="creator-table-wrap">
              <table className="creator-table">
                <caption className="sr-only">Engagement of each post seen</caption>
                <thead>
                  <tr>
                    <th scope="col">Post</th>
                    <th scope="col">Account</th>
                    <th scope="col" className="num">
                      Engagement
                    </th>
                    <th scope="col">Measured by</th>
                  </tr>
                </thead>
                <tbody>
                  {measured.map(({ post, owner, engagement }) => (
                    <tr key={post.id}>
                      <td>{postName(post)}</td>
                      <td>{accountLabel(owner.account)}</td>
                      <td className="num">{engagement.rate !== null && formatPercent(engagement.rate)}</td>
                      <td>{engagement.rate === null ? null : engagement.method === 'views' ? 'views' : `${engagement.followers!.toLocaleString()} followers`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {unmeasured.length > 0 && (
            <details className="creator-details">
              <summary>
                {unmeasured.length} {unmeasured.length === 1 ? 'post' : 'posts'} not measured: {reasons.join('; ')}
              </summary>
              <ul className="creator-unmeasured">
                {unmeasured.map(({ post, reason }) => (
                  <li key={post.id}>
                    {postName(post)} <span className="creator-muted">({reason})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

const COUNT_COLUMNS = [
  ['likes', 'Likes'],
  ['comments', 'Comments'],
  ['shares', 'Shares'],
  ['views', 'Views'],
] as const;

/** Every post seen, newest first: the work this creator has published, sponsored posts marked. */
export function PostsSeen({ accounts, posts }: { accounts: AccountWithHistory[]; posts: Post[] }) {
  const headingId = useId();
  const byId = accountsById(accounts);
  return (
    <section className="creator-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Posts seen</h3>
      {posts.length === 0 ? (
        <p className="creator-section__empty">No posts seen yet.</p>
      ) : (
        <div className="creator-table-wrap">
          <table className="creator-table creator-posts">
            <caption className="sr-only">Posts seen, newest first. ≈ marks a count the page showed rounded.</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Post</th>
                {COUNT_COLUMNS.map(([key, label]) => (
                  <th key={key} scope="col" className="num">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {posts.map((post) => {
                const owner = ownerOf(byId, post);
                return (
                  <tr key={post.id}>
                    <td>{postDate(post)}</td>
                    <td className="creator-posts__post">
                      {owner && <span className="creator-muted">{accountLabel(owner.account)} </span>}
                      {post.sponsored && <span className="creator-chip">Sponsored</span>}
                      {post.pinned && <span className="creator-chip">Pinned</span>}
                      {post.caption && <span className="creator-posts__caption"> {excerpt(post.caption)}</span>}{' '}
                      {post.url && (
                        <a href={post.url} target="_blank" rel="noreferrer noopener" aria-label={`Open the post from ${postDate(post)}`}>
                          Open
                        </a>
                      )}
                    </td>
                    {COUNT_COLUMNS.map(([key]) => (
                      <td key={key} className="num">
                        <ObservedNumber count={post.counts[key]} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
