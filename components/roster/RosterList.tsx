import type { RosterRow } from '@/storage/roster';
import { formatCount, formatDate, platformName, statusLabel } from '@/utils/format';

function followersOf(row: RosterRow): number | null {
  const counts = row.accounts.map((a) => a.followers).filter((n): n is number => n !== null);
  return counts.length ? Math.max(...counts) : null;
}

/** The saved creators as a table: who, where, how big, which stage, since when. */
export function RosterList({ rows }: { rows: RosterRow[] | undefined }) {
  if (rows === undefined) return <p role="status">Loading your roster…</p>;
  if (rows.length === 0) {
    return (
      <div className="empty">
        <h2>Your shortlist is empty</h2>
        <p>
          Open a creator’s profile on Instagram, click the Creator Scout button in the toolbar and press{' '}
          <strong>Save to shortlist</strong>. They will appear here.
        </p>
      </div>
    );
  }
  return (
    <table className="roster">
      <caption className="sr-only">Saved creators</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Accounts</th>
          <th scope="col" className="num">
            Followers
          </th>
          <th scope="col">Status</th>
          <th scope="col">Saved</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const followers = followersOf(row);
          return (
            <tr key={row.creator.id} id={`creator-${row.creator.id}`}>
              <th scope="row">{row.creator.displayName}</th>
              <td>
                <ul className="accounts">
                  {row.accounts.map((account) => (
                    <li key={account.id}>
                      <a href={account.url} target="_blank" rel="noreferrer noopener">
                        @{account.handle}
                      </a>{' '}
                      <span className="muted">{platformName(account.platform)}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num">{followers === null ? '—' : formatCount({ value: followers, precision: 1 })}</td>
              <td>{statusLabel(row.creator.status)}</td>
              <td>{formatDate(row.creator.createdAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
