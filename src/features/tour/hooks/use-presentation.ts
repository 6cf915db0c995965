import { useCallback, useEffect, useRef, useState } from 'react';
import { actionForKey, SWALLOWED_KEYS, type TourAction } from '../config/keys';

export type Blank = 'black' | 'white' | null;

type Options = {
  enabled: boolean;
  count: number;
  index: number;
  onGo: (index: number) => void;
  onLeave: () => void;
  onReturn?: () => void;
  onSpeaker?: () => void;
  blank: Blank;
  onBlank: (b: Blank) => void;
};

const FIELD = 'input, textarea, select, [contenteditable="true"]';
const CONTROL = 'button, a[href], [role="tab"], summary';

/**
 * The presentation's keys (one table, config/keys.ts) and its overlays: blank screen, key list, QR.
 * Keys are taken at the window's capture phase, before the map, the panel or the app see them.
 */
export function usePresentation(o: Options) {
  const [help, setHelp] = useState(false);
  const [qr, setQr] = useState(false);
  const [typed, setTyped] = useState('');
  const latest = useRef({ ...o, help, qr, typed });
  useEffect(() => {
    latest.current = { ...o, help, qr, typed };
  });

  const act = useCallback((action: TourAction, key = '') => {
    const s = latest.current;
    const last = s.count - 1;
    // Going nowhere (Next on the last step) adds no history entry.
    const go = (i: number) => void (i !== s.index && s.onGo(i));
    if (s.blank && action !== 'black' && action !== 'white' && action !== 'leave') return;
    if (action !== 'jump') setTyped('');
    switch (action) {
      case 'next':
        if (key === 'Enter' && s.typed) return go(Math.min(Math.max(Number(s.typed), 1), s.count) - 1);
        return go(Math.min(s.index + 1, last));
      case 'prev':
        return go(Math.max(s.index - 1, 0));
      case 'first':
        return go(0);
      case 'last':
        return go(last);
      case 'jump':
        return setTyped((t) => (t + key).slice(-3));
      case 'black':
      case 'white':
        return s.onBlank(s.blank === action ? null : action);
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      case 'help':
        return setHelp((h) => !h);
      case 'qr':
        return setQr((q) => !q);
      case 'return':
        return s.onReturn?.();
      case 'speaker':
        return s.onSpeaker?.();
      case 'leave':
        if (s.blank) return s.onBlank(null);
        if (s.help || s.qr) {
          setHelp(false);
          setQr(false);
          return;
        }
        return s.onLeave();
    }
  }, []);

  useEffect(() => {
    if (!o.enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (SWALLOWED_KEYS.includes(e.key)) return void e.preventDefault(); // F5 never reloads while presenting
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(FIELD)) return;
      const action = actionForKey(e);
      if (!action) return;
      // Enter and Space on a focused button press that button (unless a step number is being typed).
      if ((e.key === 'Enter' || e.key === ' ') && target?.closest(CONTROL) && !latest.current.typed) return;
      if (e.repeat && action !== 'next' && action !== 'prev') return;
      e.preventDefault();
      e.stopPropagation();
      act(action, e.key);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [o.enabled, act]);

  return { help, setHelp, qr, setQr, typed, act };
}
