import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { startTeamMember } from '@/storage/team';

// Who the user is in their team, before anything is shown or written (a storage read: instant).
void startTeamMember().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
