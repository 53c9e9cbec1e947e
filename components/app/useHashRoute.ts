import { useEffect, useState } from 'react';
import { ROUTES } from './routes';

export type Route =
  | { page: 'roster' }
  | { page: 'creator'; id: string }
  | { page: 'pipeline' }
  | { page: 'templates' }
  | { page: 'compose'; creatorId: string; template: string | null; campaignId: string | null }
  | { page: 'agreements' }
  | { page: 'agreement'; id: string | null; creatorId: string | null }
  | { page: 'agreement-document'; id: string }
  | { page: 'reminders' }
  | { page: 'campaigns' }
  | { page: 'calendar' }
  | { page: 'campaign'; id: string }
  | { page: 'campaign-report'; id: string }
  | { page: 'top-performers' }
  | { page: 'import-export' }
  | { page: 'brand' }
  | { page: 'settings' }
  | { page: 'team' }
  | { page: 'welcome' }
  | { page: 'not-found'; hash: string };

/**
 * `#/creator/abc` → { page: 'creator', id: 'abc' }; `#/compose/abc?template=thank_you` → the
 * composer. An empty hash is the roster.
 */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const query = new URLSearchParams(search);
  if (parts.length === 0) return { page: 'roster' };
  for (const entry of ROUTES) {
    const route = entry.parse(parts, query);
    if (route) return route;
  }
  return { page: 'not-found', hash };
}

/** The options page's route, from the address's hash; follows back/forward and links. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
