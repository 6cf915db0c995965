/// <reference types="node" />
/** The built-in tour, read from disk and validated as the app validates it (for tests of shared code, which may not import the tour feature). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTour, type Tour } from '../lib/tour-schema';

export function realTour(): Tour {
  const r = parseTour(JSON.parse(readFileSync(join(process.cwd(), 'src/features/tour/config/built-in-tour.json'), 'utf8')));
  if (!r.ok) throw new Error(`The built-in tour is invalid: ${r.error}`);
  return r.tour;
}
