// First: the opening link is mended before anything reads it.
import './app/link-boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The offline copy (a service worker, see src/features/offline): registered once the page has loaded
// and the browser is idle (or 4 s later), so its download of the whole build never competes with the
// first screen's basemap and data; production builds only.
const registerOffline = () => void import('./features/offline/register-service-worker').then((m) => m.registerServiceWorker());
if (import.meta.env.PROD)
  window.addEventListener('load', () => ('requestIdleCallback' in window ? requestIdleCallback(registerOffline, { timeout: 4000 }) : setTimeout(registerOffline, 1000)), { once: true });
