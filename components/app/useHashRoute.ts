import { useEffect, useState } from 'react';

export type Route =
  | { page: 'roster' }
  | { page: 'creator'; id: string }
  | { page: 'pipeline' }
  | { page: 'import-export' }
  | { page: 'brand' }
  | { page: 'settings' }
  | { page: 'not-found'; hash: string };

const PAGES = ['roster', 'pipeline', 'import-export', 'brand', 'settings'] as const;

/** `#/creator/abc` → { page: 'creator', id: 'abc' }; an empty hash is the roster. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (!first) return { page: 'roster' };
  if (first === 'creator' && second) return { page: 'creator', id: decodeURIComponent(second) };
  if ((PAGES as readonly string[]).includes(first) && parts.length === 1) return { page: first as (typeof PAGES)[number] };
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
