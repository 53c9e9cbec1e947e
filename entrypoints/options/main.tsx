import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './options.css';
import { database } from '@/storage/db';
import { syncWhileOpen } from '@/storage/sync/member';
import { startTeamMember } from '@/storage/team';
import { App } from './App';

// In a team, this page's changes are signed by the member and queued for the team from the first
// one: the team is read before the page renders (a storage read: instant). Sync runs live while the
// page is open.
const db = database();
void startTeamMember(db)
  .then(() => syncWhileOpen(db))
  .catch((error: unknown) => console.warn('Creator Scout: reading the team failed', error))
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
