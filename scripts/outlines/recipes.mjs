/** The zones' outline recipes, read from their files (data/atlas/zones/*.yaml). Part of `npm run data:basemap`. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fail } from '../basemap/helpers.mjs';
import { ROOT } from '../basemap/settings.mjs';

export const ZONES_DIR = path.join(ROOT, 'data/atlas/zones');

/**
 * Every zone with an `outlineRecipe`, in the zones' own order (`order`, then id), with its parent.
 * `npm run data:check` validates the recipes (scripts/dataset/outline-recipe.ts); this only reads them.
 */
export function readOutlineRecipes() {
  const zones = fs
    .readdirSync(ZONES_DIR)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => {
      const record = parse(fs.readFileSync(path.join(ZONES_DIR, name), 'utf8'));
      if (!record || typeof record !== 'object') fail(`zones/${name} holds no record`);
      return record;
    });
  return zones
    .filter((z) => z.outlineRecipe)
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || String(a.id).localeCompare(String(b.id)))
    .map((z) => ({ zoneId: z.id, parentZoneId: z.parentZoneId ?? null, recipe: z.outlineRecipe }));
}
