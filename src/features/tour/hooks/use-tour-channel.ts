import { useCallback, useEffect, useRef } from 'react';
import type { Lang } from '../../../lib/i18n-types';
import type { Blank } from './use-presentation';

/**
 * What both windows agree on: the step (1-based), the tour (its `tourdata`, null for the built-in
 * one), the blank screen and the language (the speaker view follows the presenting window's).
 */
export type SharedState = { step: number; tourdata: string | null; blank: Blank; lang: Lang };
type Message = { type: 'hello' } | { type: 'state'; state: SharedState } | { type: 'left' };

export const CHANNEL = 'dalian-atlas-tour';

/**
 * Keeps the presenting window and the speaker view in step through BroadcastChannel (no server,
 * works offline). Each window posts its state whenever it changes and answers a newcomer's hello;
 * a window that receives another state takes it. Either can close; the other keeps working.
 */
export function useTourChannel(opts: {
  active: boolean;
  state: SharedState | null;
  onRemote: (s: SharedState) => void;
  onLeft?: () => void;
  /** A window opened mid-tour (the speaker view) first asks, and posts nothing until answered (or 800 ms of silence). */
  follower?: boolean;
}) {
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  const channel = useRef<BroadcastChannel | null>(null);
  const synced = useRef(!opts.follower);

  useEffect(() => {
    if (!opts.active || typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Message>) => {
      const msg = e.data;
      const mine = latest.current.state;
      if (msg.type === 'hello' && mine) ch.postMessage({ type: 'state', state: mine } satisfies Message);
      else if (msg.type === 'state') {
        synced.current = true;
        if (!same(msg.state, mine)) latest.current.onRemote(msg.state);
      }
      else if (msg.type === 'left') latest.current.onLeft?.();
    };
    ch.postMessage({ type: 'hello' } satisfies Message);
    const silence = window.setTimeout(() => {
      synced.current = true;
    }, 800);
    return () => {
      window.clearTimeout(silence);
      ch.close();
      channel.current = null;
    };
  }, [opts.active]);

  const { step, tourdata, blank, lang } = opts.state ?? { step: 0, tourdata: null, blank: null, lang: null };
  useEffect(() => {
    const mine = latest.current.state;
    if (mine && synced.current) channel.current?.postMessage({ type: 'state', state: mine } satisfies Message);
  }, [step, tourdata, blank, lang]);

  /** Tells the other window the tour was left (or this window closed). */
  const announceLeft = useCallback(() => channel.current?.postMessage({ type: 'left' } satisfies Message), []);
  return { announceLeft };
}

function same(a: SharedState, b: SharedState | null) {
  return !!b && a.step === b.step && a.tourdata === b.tourdata && a.blank === b.blank && a.lang === b.lang;
}
