import { useEffect, useRef } from 'react';
import { useHashRoute, type Route } from '@/components/app/useHashRoute';
import { CreatorDetail } from '@/components/creator/CreatorDetail';
import { ImportExportPage } from '@/components/import-export/ImportExportPage';
import { PipelineBoard } from '@/components/pipeline/PipelineBoard';
import { RemindersPage } from '@/components/reminders/RemindersPage';
import { RosterPage } from '@/components/roster/RosterPage';
import { BadgeSettings } from '@/components/settings/BadgeSettings';
import { BrandProfileEditor } from '@/components/settings/BrandProfileEditor';

const NAV: Array<{ page: Route['page']; href: string; label: string }> = [
  { page: 'roster', href: '#/roster', label: 'Roster' },
  { page: 'pipeline', href: '#/pipeline', label: 'Pipeline' },
  { page: 'reminders', href: '#/reminders', label: 'Reminders' },
  { page: 'import-export', href: '#/import-export', label: 'Import and export' },
  { page: 'brand', href: '#/brand', label: 'Brand profile' },
  { page: 'settings', href: '#/settings', label: 'Settings' },
];

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'roster':
      return <RosterPage />;
    case 'creator':
      return <CreatorDetail key={route.id} creatorId={route.id} />;
    case 'pipeline':
      return <PipelineBoard />;
    case 'import-export':
      return <ImportExportPage />;
    case 'reminders':
      return <RemindersPage />;
    case 'brand':
      return <BrandProfileEditor />;
    case 'settings':
      return (
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <BadgeSettings />
        </section>
      );
    default:
      return (
        <section>
          <h2>Page not found</h2>
          <p>
            Nothing here. <a href="#/roster">Go to the roster</a>.
          </p>
        </section>
      );
  }
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
            <a key={item.page} href={item.href} aria-current={route.page === item.page || (item.page === 'roster' && route.page === 'creator') ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="app__main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
    </div>
  );
}
