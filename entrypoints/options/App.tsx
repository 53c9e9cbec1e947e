import { RosterList } from '@/components/roster/RosterList';
import { BadgeSettings } from '@/components/settings/BadgeSettings';
import { BrandProfileEditor } from '@/components/settings/BrandProfileEditor';
import { useRoster } from '@/storage/hooks';

export function App() {
  const rows = useRoster();
  return (
    <div className="app">
      <header className="app__bar">
        <img src="/icon/48.png" alt="" width={28} height={28} />
        <h1>Creator Scout</h1>
        <span className="muted">{rows ? `${rows.length} saved` : ''}</span>
        <nav aria-label="Sections" className="app__nav">
          <a href="#roster">Roster</a>
          <a href="#brand-profile">Brand profile</a>
          <a href="#settings">Settings</a>
        </nav>
      </header>
      <main className="app__main">
        <section id="roster" aria-labelledby="roster-heading">
          <h2 id="roster-heading" className="sr-only">
            Roster
          </h2>
          <RosterList rows={rows} />
        </section>
        <section id="brand-profile" className="settings">
          <BrandProfileEditor />
        </section>
        <section id="settings" aria-labelledby="settings-heading" className="settings">
          <h2 id="settings-heading">Settings</h2>
          <BadgeSettings />
        </section>
      </main>
    </div>
  );
}
