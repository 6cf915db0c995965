import { useCallback, useSyncExternalStore } from 'react';
import { loadTours, onToursChanged, saveTours } from '../utils/tour-store';
import type { Tour } from '../utils/tour-schema';

let cache: { raw: string | null; tours: Tour[] } = { raw: null, tours: [] };
function snapshot(): Tour[] {
  const raw = localStorage.getItem('atlas.tours.v1');
  if (raw !== cache.raw) cache = { raw, tours: loadTours() };
  return cache.tours;
}

/** The user's own tours (localStorage), kept in sync across components and windows. */
export function useOwnTours() {
  const tours = useSyncExternalStore(onToursChanged, snapshot, () => []);
  const update = useCallback((fn: (tours: Tour[]) => Tour[]) => saveTours(fn(snapshot())), []);
  return { tours, update };
}
