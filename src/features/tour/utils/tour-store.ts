import { parseTour, type Tour } from './tour-schema';

/** Own tours live in this browser only (localStorage), each a whole tour document. */
export const STORE_KEY = 'atlas.tours.v1';
const EVENT = 'atlas-tours-changed';

export function loadTours(): Tour[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((t) => {
      const r = parseTour(t);
      return r.ok ? [r.tour] : [];
    });
  } catch {
    return [];
  }
}

export function saveTours(tours: Tour[]) {
  localStorage.setItem(STORE_KEY, JSON.stringify(tours));
  window.dispatchEvent(new Event(EVENT));
}

export function onToursChanged(fn: () => void) {
  const onStorage = (e: StorageEvent) => e.key === STORE_KEY && fn();
  window.addEventListener(EVENT, fn);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(EVENT, fn);
    window.removeEventListener('storage', onStorage);
  };
}

export function newTourId() {
  return `tour-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}
