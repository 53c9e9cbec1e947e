import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import '@/components/theme.css';
import './popup.css';
import { browserPopupApi } from './browser-api';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup api={browserPopupApi} />
  </StrictMode>,
);
