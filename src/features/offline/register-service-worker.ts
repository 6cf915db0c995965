import { Workbox } from 'workbox-window';
import { PENDING_KEY, updateStateFor } from './utils/update-policy';
import { setApplyUpdate, setUpdateState } from './utils/update-store';

const readPending = () => {
  try {
    return window.localStorage.getItem(PENDING_KEY) === '1';
  } catch {
    return false; // storage blocked (a private window, an embed's partition): no story to tell
  }
};
const writePending = (on: boolean) => {
  try {
    if (on) window.localStorage.setItem(PENDING_KEY, '1');
    else window.localStorage.removeItem(PENDING_KEY);
  } catch {
    /* storage blocked: the notice just will not say "updated" next time */
  }
};

/**
 * Registers the service worker that keeps the atlas offline (built by vite-plugin-pwa, see
 * vite.config.ts). Loaded lazily after the first screen; never in development.
 *
 * A new version never replaces the running one: it waits until every atlas tab has closed, and the
 * page says so quietly ('ready'). The only reload is the notice's own "Reload now", which the
 * notice never offers while a step is presented. The next visit runs the new version and says
 * 'updated' once.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  const onWaiting = () => {
    writePending(true);
    setUpdateState('ready');
  };
  wb.addEventListener('waiting', onWaiting);
  setApplyUpdate(() => {
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  });
  try {
    const registration = await wb.register({ immediate: true });
    const waiting = Boolean(registration?.waiting);
    const state = updateStateFor({ waiting, pending: readPending() });
    if (state === 'updated') writePending(false);
    if (state !== 'none') setUpdateState(state);
  } catch {
    // No worker (a browser that refuses it, storage off): the atlas works online as before.
  }
}
