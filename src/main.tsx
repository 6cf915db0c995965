import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { whenFirstFrame } from './lib/first-frame';
import { mendOpeningLink } from './lib/link';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The link the page was opened with is mended before the first render, so everything reads a valid link.
const opening = mendOpeningLink();
createRoot(root).render(
  <StrictMode>
    <App opening={opening} />
  </StrictMode>,
);

// The offline copy (a service worker, see src/features/offline): registered after the map's first
// frame (or 5 s, for screens without a map), when the browser is idle, so downloading the whole build
// does not compete with the first screen. Not in a frame: an embed on another site would download
// the whole atlas into that site's storage. Production builds only.
const registerOffline = () =>
  void import('./features/offline/register-service-worker').then((m) => m.registerServiceWorker()).catch(() => undefined);
const framed = window.self !== window.top;
if (import.meta.env.PROD && !framed)
  whenFirstFrame(() => ('requestIdleCallback' in window ? requestIdleCallback(registerOffline, { timeout: 4000 }) : setTimeout(registerOffline, 500)), 5000);
