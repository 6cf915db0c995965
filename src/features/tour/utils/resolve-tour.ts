import { BUILT_IN_TOUR } from '../config/built-in-tour';
import { decodeTour } from '../../../lib/link';
import { parseTour, type Tour } from './tour-schema';

let builtIn: Tour | undefined;

/** The built-in tour, validated once. */
export function builtInTour(): Tour {
  if (builtIn) return builtIn;
  const r = parseTour(BUILT_IN_TOUR);
  if (!r.ok) throw new Error(`The built-in tour is invalid: ${r.error}`);
  builtIn = r.tour;
  return builtIn;
}

/** The tour a link asks for: the one it carries (`tourdata`), else the built-in one. */
export function resolveTour(tourdata: string | null): { tour: Tour; error: null } | { tour: null; error: string } {
  if (!tourdata) return { tour: builtInTour(), error: null };
  const r = decodeTour(tourdata);
  return r.ok ? { tour: r.tour, error: null } : { tour: null, error: r.detail };
}
