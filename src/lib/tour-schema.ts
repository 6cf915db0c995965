/**
 * A tour is data: a versioned JSON document (title and steps), validated here when it is read from
 * the built-in module, from localStorage, from an imported file or from a link (`tourdata`).
 * Each step is a complete atlas state plus its caption and speaker notes, in English and Chinese.
 */
import * as v from 'valibot';

export const TOUR_VERSION = 1;
export const TOUR_VIEWS = ['overview', 'zones', 'directory'] as const;
export const MAX_STEPS = 99;
export const MAX_TEXT = 2000;

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const text = v.pipe(v.string(), v.trim(), v.maxLength(MAX_TEXT, 'text is too long'));

/** Text in both languages; a tour made by a user may leave one language empty (the other is shown). */
export const TourTextSchema = v.pipe(
  v.object({ en: v.optional(text, ''), zh: v.optional(text, '') }),
  v.check((t) => t.en.length > 0 || t.zh.length > 0, 'needs a text in English or Chinese'),
);
const OptionalTextSchema = v.optional(v.object({ en: v.optional(text, ''), zh: v.optional(text, '') }), { en: '', zh: '' });

export const TourCameraSchema = v.object({
  lon: v.pipe(v.number(), v.minValue(117), v.maxValue(127)),
  lat: v.pipe(v.number(), v.minValue(35), v.maxValue(42)),
  zoom: v.pipe(v.number(), v.minValue(5), v.maxValue(18)),
});

export const TourStepSchema = v.object({
  /** Zone and cluster ids are kept as written: one that no longer exists is reported, not rejected. */
  zone: v.optional(v.nullable(slug), null),
  cluster: v.optional(v.nullable(slug), null),
  /** The panel's tab when nothing is selected. */
  view: v.optional(v.picklist(TOUR_VIEWS), 'overview'),
  /** Clusters switched off in the legend. */
  hide: v.optional(v.array(slug), []),
  /** The camera; without one the map frames the selection (or every zone) itself. */
  camera: v.optional(v.nullable(TourCameraSchema), null),
  /** The progress chart shown large. */
  chart: v.optional(v.boolean(), false),
  caption: TourTextSchema,
  notes: OptionalTextSchema,
  /** Seconds the step stays on screen in kiosk mode. */
  durationS: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(3600)), 30),
});

export const TourSchema = v.object({
  version: v.literal(TOUR_VERSION, `the tour format version must be ${TOUR_VERSION}`),
  id: v.optional(slug),
  title: TourTextSchema,
  steps: v.pipe(v.array(TourStepSchema), v.minLength(1, 'a tour needs at least one step'), v.maxLength(MAX_STEPS, `a tour has at most ${MAX_STEPS} steps`)),
});

export type TourText = { en: string; zh: string };
export type TourCamera = v.InferOutput<typeof TourCameraSchema>;
export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type Tour = v.InferOutput<typeof TourSchema>;
export type TourInput = v.InferInput<typeof TourSchema>;

export type ParseResult = { ok: true; tour: Tour } | { ok: false; error: string };

/** Validates anything (parsed JSON) as a tour, with the first problem as a readable message. */
export function parseTour(input: unknown): ParseResult {
  const r = v.safeParse(TourSchema, input);
  if (r.success) return { ok: true, tour: r.output };
  const issue = r.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}

/** The text in the wanted language, else the other one. */
export function textIn(t: TourText, lang: 'en' | 'zh'): string {
  return (lang === 'zh' ? t.zh || t.en : t.en || t.zh) ?? '';
}
