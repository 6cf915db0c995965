// Imported by the service worker (vite.config.ts, workbox.importScripts). Answers how many atlas
// windows are open, so "Reload now" can refuse while another one (a presenting window, the speaker
// view) would be switched to the new version under its feet.
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'COUNT_WINDOWS' || !event.ports[0]) return;
  const port = event.ports[0];
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((list) => port.postMessage(list.length)));
});
