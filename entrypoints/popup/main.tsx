import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { TeamStatusLine } from '@/components/app/TeamStatusLine';
import '@/components/theme.css';
import './popup.css';
import { connectLive, teamConfig } from '@/utils/browser/team-store';
import { browserPopupApi } from './browser-api';

// The popup writes through the background; in a team, sync runs live while it is open.
void teamConfig.get().then((config) => config && connectLive());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup api={browserPopupApi} />
    <TeamStatusLine className="popup__team-status" />
  </StrictMode>,
);
