/**
 * The built-in tour. Authored as data in data/atlas/tour.yaml, whose captions name figures by id
 * ({fig:<id>}); `npm run data:dataset` resolves them to the figures' values in both languages and
 * writes ./built-in-tour.json (do not edit it by hand). The app validates it with tour-schema.ts when
 * it reads it; `npm test` checks that the JSON is up to date with the data and that every number in
 * the captions and notes is a figure of the dataset.
 */
import type { TourInput } from '../utils/tour-schema';
import tour from './built-in-tour.json' with { type: 'json' };

export const BUILT_IN_TOUR = tour as TourInput;
