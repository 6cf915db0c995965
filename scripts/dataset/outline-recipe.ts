/**
 * A zone's outline recipe: how `npm run data:basemap` (scripts/outlines/build-outlines.mjs) draws its
 * outline. It lives in the zone's own file (`outlineRecipe:`), so adding or changing a zone's outline
 * is an edit of data, not of code; `npm run data:check` validates it here, row by row.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'is not an id (lower-case letters, digits and hyphens)'));
/** A 9-digit statistics code of July 2016 (data/inputs/research/adcode/). */
const StreetCode = v.pipe(v.string(), v.regex(/^\d{9}$/, 'is not a 9-digit street code'));

export const OutlineRecipeSchema = v.strictObject({
  /**
   * streets: the cells of the streets it administers, merged; street-south: the south of its one
   * street's cell, cut where the area is the first sourced area; shore-band: land along the coast near
   * a research point, inside its streets, as wide as makes the first sourced area.
   */
  method: v.picklist(['streets', 'street-south', 'shore-band']),
  streets: v.pipe(v.array(StreetCode), v.minLength(1, 'needs at least one street')),
  /** Streets managed on the zone's behalf (代管), listed with its own by the same pages. */
  managed: v.optional(v.array(StreetCode)),
  /** Who says the zone has these streets. */
  streetSourceIds: v.pipe(v.array(Id), v.minLength(1, 'needs a source')),
  /** shore-band: the record of data/inputs/research/zone-locations.json whose point and uncertainty it follows. */
  researchPoint: v.optional(Id),
  /** shore-band: zones whose outline takes precedence where the two would meet. */
  yieldsTo: v.optional(v.array(Id)),
  uncertaintyKm: v.pipe(v.number(), v.minValue(0)),
  /**
   * street-south and shore-band: the outline's summary and the explanation of its method in both languages, with the build's
   * numbers in braces: {voronoi}, {cellKm2}, {lat}, {areaKm2}, {widthM}, {radiusKm}, {pointLat},
   * {pointLon}, {streetsEn}, {streetsZh}. (The streets method writes its own words from its streets.)
   */
  summary: v.optional(v.strictObject({ en: v.pipe(v.string(), v.minLength(1)), zh: v.pipe(v.string(), v.minLength(1)) })),
  explanation: v.optional(v.strictObject({ en: v.pipe(v.string(), v.minLength(1)), zh: v.pipe(v.string(), v.minLength(1)) })),
  areas: v.pipe(
    v.array(
      v.strictObject({
        km2: v.pipe(v.number(), v.gtValue(0, 'must be more than 0')),
        what: v.strictObject({ en: v.pipe(v.string(), v.minLength(1)), zh: v.pipe(v.string(), v.minLength(1)) }),
        sourceIds: v.pipe(v.array(Id), v.minLength(1, 'needs a source')),
      }),
    ),
    v.minLength(1, 'needs the sourced area the outline is checked against'),
  ),
});
export type OutlineRecipe = v.InferOutput<typeof OutlineRecipeSchema>;

export type RecipeProblem = { path: string; en: string; zh: string };

/** What is wrong with a recipe beyond its shape: ids of sources and zones that do not exist, a method's missing fields. */
export function recipeProblems(recipe: OutlineRecipe, known: { sourceIds: ReadonlySet<string>; zoneIds: ReadonlySet<string> }): RecipeProblem[] {
  const out: RecipeProblem[] = [];
  const source = (id: string, path: string) => {
    if (!known.sourceIds.has(id)) out.push({ path, en: `unknown source id "${id}"`, zh: `未知的来源编号"${id}"` });
  };
  recipe.streetSourceIds.forEach((id, i) => source(id, `outlineRecipe.streetSourceIds.${i}`));
  recipe.areas.forEach((a, i) => a.sourceIds.forEach((id, j) => source(id, `outlineRecipe.areas.${i}.sourceIds.${j}`)));
  (recipe.yieldsTo ?? []).forEach((id, i) => {
    if (!known.zoneIds.has(id)) out.push({ path: `outlineRecipe.yieldsTo.${i}`, en: `unknown zone "${id}"`, zh: `未知的园区"${id}"` });
  });
  (recipe.managed ?? []).forEach((code, i) => {
    if (!recipe.streets.includes(code)) out.push({ path: `outlineRecipe.managed.${i}`, en: `street ${code} is not in the zone's streets`, zh: `街道 ${code} 不在该园区的街道中` });
  });
  if (recipe.method === 'street-south' && recipe.streets.length !== 1)
    out.push({ path: 'outlineRecipe.streets', en: 'the street-south method takes exactly one street', zh: 'street-south 方法只能有一个街道' });
  if (recipe.method !== 'streets')
    for (const key of ['summary', 'explanation'] as const)
      if (!recipe[key]) out.push({ path: `outlineRecipe.${key}`, en: `the ${recipe.method} method needs its ${key} in both languages`, zh: `${recipe.method} 方法需要中英文的 ${key}` });
  if (recipe.method === 'shore-band' && !recipe.researchPoint)
    out.push({ path: 'outlineRecipe.researchPoint', en: 'the shore-band method needs a research point', zh: 'shore-band 方法需要研究点位' });
  return out;
}
