import { useSyncExternalStore } from 'react';

/**
 * What the app says about its own version (the offline copy kept by the service worker):
 * - 'none': nothing to say;
 * - 'ready': a new version has downloaded beside the running one; it opens on the next visit;
 * - 'blocked': "Reload now" was asked while other atlas windows are open (switching them all to the
 *   new version could take files from under a presenting window): close them first;
 * - 'updated': this visit runs a version newer than the last visit's.
 * Set by register-service-worker.ts (lazy, with Workbox), read by the update notice.
 */
export type UpdateState = 'none' | 'ready' | 'blocked' | 'updated';

let state: UpdateState = 'none';
const listeners = new Set<() => void>();

export function setUpdateState(next: UpdateState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const getSnapshot = () => state;

export const useUpdateState = (): UpdateState => useSyncExternalStore(subscribe, getSnapshot, getSnapshot);

/** "Reload now" from the ready notice: set by the registration (it knows the waiting worker). */
let applyNow: (() => void) | null = null;
export const setApplyUpdate = (fn: (() => void) | null) => void (applyNow = fn);
export const applyUpdate = () => applyNow?.();
