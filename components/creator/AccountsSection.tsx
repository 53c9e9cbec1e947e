import { useCallback, useId, useRef, useState } from 'react';
import { ErrorNotice } from '@/components/form/FormNotice';
import { unlinkAccount } from '@/storage/accounts';
import type { AccountWithHistory } from '@/utils/model/views';
import { storageErrorMessage } from '@/utils/model/errors';
import type { Creator } from '@/utils/model/schemas';
import { formatDate, formatPercent, platformName } from '@/utils/format';
import { CreatorPicker, type PickerMode } from './CreatorPicker';
import { accountLabel } from './history';
import { ObservedNumber } from './ObservedNumber';
import { creatorHref } from '@/utils/routes';

const METHOD_NOTES = { followers: 'by followers', views: 'by views', totals: 'estimate from totals' } as const;

type Outcome = { tone: 'ok' | 'error'; text: string; link?: { href: string; text: string } };

/** The person's accounts on each platform, and the moves that fix who owns which. */
export function AccountsSection({ creator, accounts }: { creator: Creator; accounts: AccountWithHistory[] }) {
  const headingId = useId();
  const [picking, setPicking] = useState<PickerMode | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const linkOpener = useRef<HTMLButtonElement>(null);
  const mergeOpener = useRef<HTMLButtonElement>(null);

  const unlink = useCallback(async (accountId: string, label: string) => {
    setBusy(true);
    try {
      const newCreatorId = await unlinkAccount(accountId, Date.now());
      setOutcome({
        tone: 'ok',
        text: `${label} is now a creator of its own.`,
        link: { href: creatorHref(newCreatorId), text: 'Open it' },
      });
    } catch (error) {
      setOutcome({ tone: 'error', text: `Not unlinked: ${storageErrorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }, []);

  const closePicker = (mode: PickerMode, message?: string) => {
    setPicking(null);
    if (message) setOutcome({ tone: 'ok', text: message });
    // Back to the button that opened it, so keyboard users do not land at the top of the page.
    requestAnimationFrame(() => (mode === 'link' ? linkOpener : mergeOpener).current?.focus());
  };

  const open = (mode: PickerMode) => {
    setOutcome(null);
    setPicking(mode);
  };

  return (
    <section className="creator-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Accounts</h3>
      {accounts.length === 0 ? (
        <p className="creator-section__empty">No accounts: link one from another creator below.</p>
      ) : (
        <div className="creator-table-wrap">
          <table className="creator-table">
            <caption className="sr-only">Accounts of {creator.displayName}</caption>
            <thead>
              <tr>
                <th scope="col">Platform</th>
                <th scope="col">Handle</th>
                <th scope="col" className="num">
                  Followers
                </th>
                <th scope="col" className="num">
                  Engagement
                </th>
                <th scope="col" className="num">
                  Fit
                </th>
                <th scope="col">Last seen</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map(({ account, snapshots }) => {
                const latest = snapshots.findLast((s) => s.counts.followers)?.counts.followers;
                const followers = latest ?? (account.followers === null ? undefined : { value: account.followers, precision: account.followersPrecision });
                return (
                  <tr key={account.id}>
                    <td>{platformName(account.platform)}</td>
                    <th scope="row">
                      <a href={account.url} target="_blank" rel="noreferrer noopener">
                        @{account.handle}
                      </a>
                      {account.displayName && account.displayName !== account.handle && <span className="creator-muted"> {account.displayName}</span>}
                    </th>
                    <td className="num">
                      <ObservedNumber count={followers} />
                    </td>
                    <td className="num">
                      {account.engagementRate === null ? (
                        <span className="creator-muted">Not measured yet</span>
                      ) : (
                        <>
                          {account.engagementMethod === 'totals' && <span aria-hidden="true">≈</span>}
                          {formatPercent(account.engagementRate)}
                          {account.engagementMethod && <span className="creator-muted"> {METHOD_NOTES[account.engagementMethod]}</span>}
                        </>
                      )}
                    </td>
                    <td className="num">{account.fitScore === null ? <span className="creator-muted">—</span> : `${Math.round(account.fitScore)}/100`}</td>
                    <td>{formatDate(account.lastSeenAt)}</td>
                    <td>
                      {accounts.length > 1 && (
                        <button
                          type="button"
                          className="button button--link"
                          disabled={busy}
                          aria-label={`Unlink ${accountLabel(account)}`}
                          onClick={() => void unlink(account.id, accountLabel(account))}
                        >
                          Unlink
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {accounts.length > 1 && (
        <p className="form-field__hint">Unlink splits an account off into a creator of its own, with its history.</p>
      )}
      <div className="creator-section__actions">
        <button ref={linkOpener} type="button" className="button" aria-expanded={picking === 'link'} onClick={() => open('link')}>
          Link an account from another creator…
        </button>
        <button ref={mergeOpener} type="button" className="button" aria-expanded={picking === 'merge'} onClick={() => open('merge')}>
          Merge another creator into this one…
        </button>
      </div>
      {picking && <CreatorPicker key={picking} mode={picking} creator={creator} onClose={(message) => closePicker(picking, message)} />}
      <div role="status" className={outcome?.tone === 'ok' ? 'creator-notice' : undefined}>
        {outcome?.tone === 'ok' && (
          <>
            {outcome.text}
            {outcome.link && (
              <>
                {' '}
                <a href={outcome.link.href}>{outcome.link.text}</a>
              </>
            )}
          </>
        )}
      </div>
      <ErrorNotice notice={outcome} />
    </section>
  );
}
