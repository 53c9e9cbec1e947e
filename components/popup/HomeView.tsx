import { useCallback, useEffect, useId, useState } from 'react';
import { useRosterSearch } from '@/components/app/useRosterSearch';
import type { DueReminder } from '@/utils/model/views';
import type { Platform } from '@/utils/model/reading';
import { formatDateTime, platformName, statusLabel } from '@/utils/format';
import { endOfDay } from '@/utils/reminder-schedule';
import type { PopupApi } from './popup-api';
import { messageOf } from './usePopup';

/** Any page that is not a creator's profile: what is due, and a quick way into the roster. */
export function HomeView({ api, reason, platform }: { api: PopupApi; reason: 'unsupported' | 'not-profile'; platform: Platform | null }) {
  const [reminders, setReminders] = useState<DueReminder[] | null>(null);
  const [remindersError, setRemindersError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const searchId = useId();

  useEffect(() => {
    api.dueReminders(endOfDay(api.now())).then(setReminders, (error: unknown) => setRemindersError(messageOf(error)));
  }, [api]);

  const search = useCallback((q: string) => api.searchRoster(q), [api]);
  const matches = useRosterSearch(query, search);

  return (
    <div className="home">
      <section className="popup__message">
        <h1 className="popup__title">{reason === 'unsupported' ? 'Nothing to vet here' : 'Not a profile'}</h1>
        <p>
          {reason === 'unsupported'
            ? 'Open a creator’s profile on Instagram, TikTok, YouTube, X or Bluesky to see their numbers and save them.'
            : `This ${platform ? platformName(platform) : ''} page is not a creator’s profile or post. Open one to vet it.`}
        </p>
      </section>

      <section className="section" aria-labelledby="due-heading">
        <h2 id="due-heading" className="section__title">
          Due today
        </h2>
        {remindersError && <p className="error">{remindersError}</p>}
        {reminders === null && !remindersError && <p className="muted">Loading…</p>}
        {reminders?.length === 0 && <p className="muted">Nothing due. You are all caught up.</p>}
        {reminders && reminders.length > 0 && (
          <ul className="plain reminders">
            {reminders.map((r) => (
              <li key={r.id} className={r.overdue ? 'overdue' : ''}>
                <button type="button" className="button button--link" onClick={() => api.openRoster(r.creatorId ?? undefined)}>
                  {r.title}
                </button>
                <span className="muted">
                  {' '}
                  {r.creatorName ? `· ${r.creatorName} ` : ''}· {r.overdue ? 'overdue since' : 'due'} {formatDateTime(r.dueAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby={`${searchId}-heading`}>
        <h2 id={`${searchId}-heading`} className="section__title">
          Find a creator
        </h2>
        <label htmlFor={searchId} className="sr-only">
          Search your roster by name or handle
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          placeholder="Name or @handle"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {matches?.length === 0 && <p className="muted">No creator on your roster matches “{query}”.</p>}
        {matches && matches.length > 0 && (
          <ul className="plain matches" aria-label="Matching creators">
            {matches.map((m) => (
              <li key={m.creatorId}>
                <button type="button" className="button button--link" onClick={() => api.openRoster(m.creatorId)}>
                  {m.displayName}
                </button>
                <span className="muted">
                  {' '}
                  {m.handles.map((h) => `@${h}`).join(', ')} · {statusLabel(m.status)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <button type="button" className="button" onClick={() => api.openRoster()}>
        Open the roster
      </button>
    </div>
  );
}
