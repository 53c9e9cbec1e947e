import { RosterList } from '@/components/roster/RosterList';
import { useRoster } from '@/storage/hooks';

export function App() {
  const rows = useRoster();
  return (
    <div className="app">
      <header className="app__bar">
        <img src="/icon/48.png" alt="" width={28} height={28} />
        <h1>Creator Scout</h1>
        <span className="muted">{rows ? `${rows.length} saved` : ''}</span>
      </header>
      <main className="app__main">
        <h2 className="sr-only">Roster</h2>
        <RosterList rows={rows} />
      </main>
    </div>
  );
}
