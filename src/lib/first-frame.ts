import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * The map's first frame, as a signal the rest of the page can wait for: charts (recharts, about
 * 100 KB and a long task to start) are fetched and drawn only after it, so they never delay the
 * map on a cold load. The map says when it has drawn (or that it cannot draw, without WebGL); a
 * map that never answers (a basemap that hangs) is waited for at most `maxWaitMs`.
 */
let drawn = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const getSnapshot = () => drawn;

export function markFirstFrame(): void {
  if (drawn) return;
  drawn = true;
  for (const listener of listeners) listener();
}

export function useAfterFirstFrame(maxWaitMs = 2500): boolean {
  const isDrawn = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const [waitedEnough, setWaitedEnough] = useState(false);
  useEffect(() => {
    if (isDrawn) return;
    const timer = window.setTimeout(() => setWaitedEnough(true), maxWaitMs);
    return () => window.clearTimeout(timer);
  }, [isDrawn, maxWaitMs]);
  return isDrawn || waitedEnough;
}

/** Runs `run` once, after the map's first frame or `maxWaitMs`, whichever comes first. */
export function whenFirstFrame(run: () => void, maxWaitMs: number): void {
  if (drawn) return run();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    listeners.delete(once);
    window.clearTimeout(timer);
    run();
  };
  listeners.add(once);
  const timer = window.setTimeout(once, maxWaitMs);
}
