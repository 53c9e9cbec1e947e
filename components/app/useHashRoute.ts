import { useEffect, useState } from 'react';

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
  | { page: 'welcome' }
  | { page: 'not-found'; hash: string };

const SIMPLE = ['roster', 'pipeline', 'templates', 'agreements', 'reminders', 'campaigns', 'calendar', 'top-performers', 'import-export', 'brand', 'settings', 'welcome'] as const;

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
  const [first, second, third] = parts;
  if (!first) return { page: 'roster' };
  if (parts.length === 1 && (SIMPLE as readonly string[]).includes(first)) return { page: first as (typeof SIMPLE)[number] };
  if (first === 'creator' && second && parts.length === 2) return { page: 'creator', id: second };
  if (first === 'compose' && second && parts.length === 2) return { page: 'compose', creatorId: second, template: query.get('template'), campaignId: query.get('campaign') };
  if (first === 'agreements' && second === 'new' && parts.length === 2) return { page: 'agreement', id: null, creatorId: query.get('creator') };
  if (first === 'agreements' && second && parts.length === 2) return { page: 'agreement', id: second, creatorId: null };
  if (first === 'agreements' && second && third === 'document' && parts.length === 3) return { page: 'agreement-document', id: second };
  if (first === 'campaigns' && second && parts.length === 2) return { page: 'campaign', id: second };
  if (first === 'campaigns' && second && third === 'report' && parts.length === 3) return { page: 'campaign-report', id: second };
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
