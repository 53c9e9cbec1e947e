import { Suspense, useEffect, useRef } from 'react';
import { useHashRoute, type Route } from '@/components/app/useHashRoute';
import { DatabaseGate } from '@/components/app/DatabaseGate';
import { ErrorBoundary } from '@/components/app/ErrorBoundary';
import { NAV, routeEntry, sectionOf } from '@/components/app/routes';
import { TeamStatusLine } from '@/components/app/TeamStatusLine';

function Page({ route }: { route: Route }) {
  const entry = routeEntry(route);
  if (entry) return entry.render(route);
  return (
    <section>
      <h2>Page not found</h2>
      <p>
        Nothing here. <a href="#/roster">Go to the roster</a>.
      </p>
    </section>
  );
}

/** The page, as an error names it: with the record it shows. */
function pageName(route: Route): string {
  const id = 'id' in route && typeof route.id === 'string' ? route.id : 'creatorId' in route && typeof route.creatorId === 'string' ? route.creatorId : null;
  const page = NAV.find((item) => item.page === sectionOf(route))?.label ?? 'This page';
  return id === null ? `The ${page} page` : `The ${page} page of the record “${id.toWellFormed()}”`;
}

export function App() {
  const route = useHashRoute();
  const main = useRef<HTMLElement>(null);
  // Moving between pages moves keyboard and screen-reader focus to the new page.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);

  return (
    <div className="app">
      <header className="app__bar">
        <img src="/icon/48.png" alt="" width={28} height={28} />
        <h1>Creator Scout</h1>
        <nav aria-label="Sections" className="app__nav">
          {NAV.map((item) => (
            <a key={item.page} href={item.href} aria-current={sectionOf(route) === item.page ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <TeamStatusLine />
      </header>
      <main className="app__main" ref={main} tabIndex={-1}>
        <DatabaseGate>
          <ErrorBoundary what={pageName(route)} resetKey={JSON.stringify(route)}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <Page route={route} />
            </Suspense>
          </ErrorBoundary>
        </DatabaseGate>
      </main>
    </div>
  );
}
