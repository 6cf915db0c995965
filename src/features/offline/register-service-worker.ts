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
 * How many atlas windows are open (this one included), as the new version's worker counts them
 * (public/sw-windows.js); null when it does not answer within a second.
 */
function countWindows(worker: ServiceWorker): Promise<number | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(() => resolve(null), 1000);
    channel.port1.onmessage = (e: MessageEvent<unknown>) => {
      window.clearTimeout(timer);
      resolve(typeof e.data === 'number' ? e.data : null);
    };
    worker.postMessage({ type: 'COUNT_WINDOWS' }, [channel.port2]);
  });
}

/**
 * Registers the service worker that keeps the atlas offline (built by vite-plugin-pwa, see
 * vite.config.ts). Loaded lazily after the first screen; never in development.
 *
 * A new version never replaces the running one: it waits until every atlas window has closed, and
 * the page says so quietly ('ready'). The only reload is the notice's own "Reload now", which the
 * notice never offers while a step is presented, and which refuses while another atlas window is
 * open (the new version would take over that window too, mid-presentation perhaps). The next visit
 * runs the new version and says 'updated' once.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;

  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  const onWaiting = () => {
    writePending(true);
    setUpdateState('ready');
  };
  wb.addEventListener('waiting', onWaiting);
  try {
    const registration = await wb.register({ immediate: true });
    if (!registration) return;
    setApplyUpdate(() => {
      const waiting = registration.waiting;
      if (!waiting) return;
      void countWindows(waiting).then((open) => {
        // Not alone, or not sure: another window could be presenting. It opens once they close.
        if (open !== 1) return setUpdateState('blocked');
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      });
    });
    // A new version the browser began installing before this registration (its own check when the
    // page opened) is not followed by Workbox: follow it here until it waits.
    const installing = registration.installing;
    if (installing && navigator.serviceWorker.controller) {
      const check = () => {
        if (installing.state === 'installed' && registration.waiting === installing) onWaiting();
      };
      installing.addEventListener('statechange', check);
    }
    const state = updateStateFor({ waiting: Boolean(registration.waiting), pending: readPending() });
    if (state === 'updated') writePending(false);
    if (state !== 'none') setUpdateState(state);
  } catch {
    // No worker (a browser that refuses it, storage off): the atlas works online as before.
  }
}
