/**
 * The presentation's one keyboard table (as reveal.js keeps it): the key handler, the `?` help
 * overlay and the tests all read it. `key` values are KeyboardEvent.key; letters match either case.
 */
export type TourAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'jump'
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'help'
  | 'leave'
  | 'speaker'
  | 'qr'
  | 'return';

export type KeyBinding = { action: TourAction; keys: string[] };

export const TOUR_KEYS: KeyBinding[] = [
  { action: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'Enter'] },
  { action: 'prev', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  /** A number typed before Enter jumps to that step (Enter is then not "next"). */
  { action: 'jump', keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] },
  { action: 'black', keys: ['b', '.'] },
  { action: 'white', keys: ['w'] },
  { action: 'fullscreen', keys: ['f'] },
  { action: 'return', keys: ['r'] },
  { action: 'speaker', keys: ['s'] },
  { action: 'qr', keys: ['q'] },
  { action: 'help', keys: ['?'] },
  { action: 'leave', keys: ['Escape'] },
];

/** Keys swallowed while presenting so a clicker never reloads the page (some send F5 and Escape in turn). */
export const SWALLOWED_KEYS = ['F5'];

/** The action of a key, or null. Modifier chords (Ctrl/Alt/Meta) are left to the browser. */
export function actionForKey(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): TourAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return TOUR_KEYS.find((b) => b.keys.includes(key))?.action ?? null;
}

/** How a key is written in the help overlay (the same in both languages, except Space). */
export function keyLabel(key: string, space: string): string {
  const names: Record<string, string> = {
    ArrowRight: '→',
    ArrowLeft: '←',
    ArrowUp: '↑',
    ArrowDown: '↓',
    ' ': space,
    PageDown: 'Page Down',
    PageUp: 'Page Up',
    Escape: 'Esc',
  };
  return names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}
