import { useEffect, useRef, useState } from 'react';

/** After this long without a touch or pointer movement, a paused kiosk goes back to step 1 and runs again. */
export const KIOSK_IDLE_MS = 5 * 60_000;

/**
 * Kiosk mode (only with kiosk=1): each step stays for its duration, then the next (looping).
 * A touch or pointer movement pauses it; five idle minutes later it restarts at step 1.
 */
export function useKiosk(opts: { enabled: boolean; index: number; count: number; durationS: number; onGo: (index: number) => void }) {
  const [paused, setPaused] = useState(false);
  const go = useRef(opts.onGo);
  useEffect(() => {
    go.current = opts.onGo;
  });
  const { enabled, index, count, durationS } = opts;

  useEffect(() => {
    if (!enabled || paused) return;
    const t = window.setTimeout(() => go.current((index + 1) % count), durationS * 1000);
    return () => window.clearTimeout(t);
  }, [enabled, paused, index, count, durationS]);

  useEffect(() => {
    if (!enabled) return;
    let idle: number | undefined;
    const onActivity = () => {
      setPaused(true);
      window.clearTimeout(idle);
      idle = window.setTimeout(() => {
        setPaused(false);
        go.current(0);
      }, KIOSK_IDLE_MS);
    };
    const events = ['pointermove', 'pointerdown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      window.clearTimeout(idle);
      for (const e of events) window.removeEventListener(e, onActivity);
    };
  }, [enabled]);

  return { paused };
}
