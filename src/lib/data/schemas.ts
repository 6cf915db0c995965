/**
 * The one set of schemas for the atlas's dataset. The data build script validates what it writes
 * with these, and the app validates what it fetches with the same ones (see ./dataset-query.ts, one query per file).
 * Everything else in the app uses the inferred types below.
 */
import * as v from 'valibot';

export const FIGURE_KINDS = ['reported', 'target', 'projected', 'derived', 'corrected'] as const;
export const FIGURE_SCOPES = ['park', 'zone', 'city'] as const;
export const CONFIDENCE = ['sourced', 'estimate'] as const;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const sourceRefs = v.pipe(v.array(id), v.minLength(1, 'every fact needs at least one source'));

/**
 * Zone and cluster ids are open: slugs, checked against the loaded data (referenceProblems), never a
 * list in code. A new zone is a new file in data/atlas/zones/.
 */
export const ClusterIdSchema = id;
export const ZoneIdSchema = id;

/** Text in both languages. `zhIsTranslation`/`enIsTranslation` mark the side we translated. */
export const LocalizedSchema = v.object({
  en: nonEmpty,
  zh: nonEmpty,
  enIsTranslation: v.optional(v.boolean()),
  zhIsTranslation: v.optional(v.boolean()),
});

export const SourceSchema = v.object({
  id,
  title: nonEmpty,
  publisher: v.optional(nonEmpty),
  /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) of publication, when known. */
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}){0,2}$/))),
  url: v.optional(v.pipe(v.string(), v.url())),
  /** primary: one of the two documents in shared/sources; research: the research notes; cited: cited by the research notes. */
  kind: v.picklist(['primary', 'research', 'cited']),
  /** true when the cited copy is a repost or mirror, not the original publisher. */
  repost: v.optional(v.boolean()),
  note: v.optional(nonEmpty),
});

const lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

export const LocationSchema = v.object({
  lon,
  lat,
  uncertaintyKm: v.pipe(v.number(), v.minValue(0)),
  confidence: v.picklist(CONFIDENCE),
  /** How the point was placed, in both languages (the atlas's own words). */
  method: LocalizedSchema,
  sourceIds: sourceRefs,
});

export const SourcedValueSchema = v.object({
  value: nonEmpty,
  note: v.optional(LocalizedSchema),
  sourceIds: sourceRefs,
});

export const ClusterSchema = v.object({
  id: ClusterIdSchema,
  name: LocalizedSchema,
  /** The name as printed in document 002. */
  sourceName: nonEmpty,
  /**
   * Other names for search: the legend's short names ("Petrochemicals" / "石化", "Automotive" / "汽车")
   * and the pinyin of the Chinese names.
   */
  aliases: v.optional(v.array(nonEmpty)),
  general: LocalizedSchema,
  objective: LocalizedSchema,
  /** Ordered steps of the value chain, e.g. crude oil -> PX -> PTA -> PET. */
  valueChain: v.array(LocalizedSchema),
  valueChainSourceIds: sourceRefs,
  zoneIds: v.pipe(v.array(ZoneIdSchema), v.minLength(1)),
  /** The figure ids of the 2008 baseline and of the 2015 target, for the progress chart. */
  baselineFigureId: id,
  targetFigureId: id,
  sourceIds: sourceRefs,
});

/** The kind of area a zone's `areaKm2` is: the area it administers, its planned area, or an area reported without saying which. */
export const AREA_KINDS = ['administered', 'planned', 'reported'] as const;

/** A term of the 2018 catalogue as printed (zh), with our English rendering. */
const CatalogueTermSchema = v.object({ zh: nonEmpty, en: nonEmpty });

/**
 * A zone's row of China's 2018 development-zone catalogue (《中国开发区审核公告目录》2018年版), added by
 * the data build from data/inputs/catalogue/dalian.csv to the zone whose file names its `catalogueCode`.
 */
export const CatalogueRecordSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^[GS]\d{6}$/)),
  nameZh: nonEmpty,
  /** The catalogue's place column (the zone's name without province and type): a hint, not a division name. */
  place: nonEmpty,
  level: v.picklist(['national', 'provincial']),
  approvedBy: CatalogueTermSchema,
  type: CatalogueTermSchema,
  /** The approval date as printed (year.month), and its first date as YYYY-MM. */
  approvedRaw: nonEmpty,
  approved: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
  /** 核准面积: the approved planning area in hectares, not the area the zone administers. */
  approvedAreaHa: v.pipe(v.number(), v.minValue(0)),
  /** 主导产业 as printed, with our English rendering. */
  industries: v.array(v.object({ zh: nonEmpty, en: v.nullable(nonEmpty) })),
  /** Known flaws of the transcription on this row, shown with it. */
  flaws: v.array(v.object({ column: nonEmpty, en: nonEmpty, zh: nonEmpty })),
  sourceIds: sourceRefs,
});

/** What a zone's reach is measured to: the airport, the nearest railway station, the nearest metro station. */
export const REACH_KINDS = ['airport', 'train', 'metro'] as const;

/**
 * Straight-line (great-circle) distances from a zone to the airport and the nearest stations, computed
 * by the data build from OpenStreetMap (scripts/dataset/reach.ts): from the zone's point, and from the
 * nearest edge of its outline where it has one (0 when the place is inside it). Not road distances.
 */
export const ReachSchema = v.object({
  targets: v.array(
    v.object({
      kind: v.picklist(REACH_KINDS),
      /** The place's name as OpenStreetMap gives it (Chinese), and its pinyin (marked as a transliteration). */
      name: LocalizedSchema,
      /** The extract gives the station no name: `name` says so. */
      unnamed: v.optional(v.literal(true)),
      lon,
      lat,
      fromPointKm: v.pipe(v.number(), v.minValue(0)),
      fromEdgeKm: v.optional(v.pipe(v.number(), v.minValue(0))),
      sourceIds: sourceRefs,
    }),
  ),
});

export const ZoneSchema = v.object({
  id: ZoneIdSchema,
  name: LocalizedSchema,
  /** The short form in common use, e.g. "Development Zone" / "开发区", for map labels and lists. */
  shortName: LocalizedSchema,
  /** Other names in use (the planning page's name, abbreviations, pinyin) for search. */
  aliases: v.array(nonEmpty),
  district: v.object({ name: LocalizedSchema, adcode: v.pipe(v.string(), v.regex(/^\d{6}$/)) }),
  established: v.nullable(SourcedValueSchema),
  /**
   * The area a source gives for the zone, and what kind of area it is (administered, planned, or reported
   * without saying), with the year it is for when known. Never the catalogue's approved area (see `catalogue`).
   */
  areaKm2: v.nullable(
    v.object({
      value: v.pipe(v.number(), v.minValue(0)),
      kind: v.optional(v.picklist(AREA_KINDS)),
      year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1980), v.maxValue(2030))),
      note: v.optional(LocalizedSchema),
      sourceIds: sourceRefs,
    }),
  ),
  /** The clusters of the planning page the zone belongs to: empty unless a source links it to one. */
  clusterIds: v.array(ClusterIdSchema),
  /** Its code in the 2018 catalogue (e.g. G211007), when it is a catalogue zone. */
  catalogueCode: v.optional(v.pipe(v.string(), v.regex(/^[GS]\d{6}$/, 'a catalogue code is G or S and six digits, e.g. G211007'))),
  /** Its catalogue record, added by the data build from `catalogueCode` (never written by hand). */
  catalogue: v.optional(CatalogueRecordSchema),
  /** Its straight-line distances to the airport and the nearest stations, added by the data build (never written by hand). */
  reach: v.optional(ReachSchema),
  location: LocationSchema,
  /**
   * How the map shows the zone: by an outline (zone-outlines.geojson, the default) or, where no method
   * supports an outline, by its point alone with the point's uncertainty.
   */
  drawnAs: v.optional(v.picklist(['outline', 'point'])),
  description: LocalizedSchema,
  /** The zone whose reported streets contain this one (e.g. the Dagushan park in the Development Zone). */
  parentZoneId: v.optional(ZoneIdSchema),
  /** Sources for the relation to the parent. */
  parentSourceIds: v.optional(sourceRefs),
  sourceIds: sourceRefs,
});

/**
 * A zone as the first screen needs it (public/data/zones.json, the index): names, district, clusters,
 * parent, catalogue code, level and type, and its point. Everything else of the zone (facts, methods,
 * catalogue record, sources) is its detail, public/data/zones/<id>.json, fetched when its panel opens.
 * Every field is the full record's own, so a whole zone is also a summary.
 */
export const ZoneSummarySchema = v.object({
  id: ZoneIdSchema,
  name: LocalizedSchema,
  shortName: LocalizedSchema,
  district: v.object({ name: LocalizedSchema, adcode: v.pipe(v.string(), v.regex(/^\d{6}$/)) }),
  clusterIds: v.array(ClusterIdSchema),
  catalogueCode: v.optional(v.pipe(v.string(), v.regex(/^[GS]\d{6}$/))),
  catalogue: v.optional(v.object({ level: v.picklist(['national', 'provincial']), type: CatalogueTermSchema })),
  location: v.object({ lon, lat, uncertaintyKm: v.pipe(v.number(), v.minValue(0)), confidence: v.picklist(CONFIDENCE) }),
  drawnAs: v.optional(v.picklist(['outline', 'point'])),
  parentZoneId: v.optional(ZoneIdSchema),
  /** Sources for the relation to the parent (the "Part of" and "Contains" lines cite them). */
  parentSourceIds: v.optional(sourceRefs),
});

/** The first-screen summary of a whole zone record (what the data build writes to zones.json). */
export function zoneSummary(z: Zone): ZoneSummary {
  const { id, name, shortName, district, clusterIds, catalogueCode, catalogue, location, drawnAs, parentZoneId, parentSourceIds } = z;
  return {
    id,
    name,
    shortName,
    district,
    clusterIds,
    ...(catalogueCode ? { catalogueCode } : {}),
    ...(catalogue ? { catalogue: { level: catalogue.level, type: catalogue.type } } : {}),
    location: { lon: location.lon, lat: location.lat, uncertaintyKm: location.uncertaintyKm, confidence: location.confidence },
    ...(drawnAs ? { drawnAs } : {}),
    ...(parentZoneId ? { parentZoneId } : {}),
    ...(parentSourceIds ? { parentSourceIds } : {}),
  };
}

/** Whether a zone is its whole record (not only its first-screen summary). */
export const isWholeZone = (z: Zone | ZoneSummary): z is Zone => 'sourceIds' in z;

/** The file of one zone's detail, public/data/zones/<id>.json (relative to public/data). */
export const zoneDetailFile = (id: ZoneId): string => `zones/${encodeURIComponent(id)}.json`;

export const EnterpriseSchema = v.object({
  id,
  name: LocalizedSchema,
  /**
   * The Chinese name keeps the company's romanised name (Latin letters, e.g. "Huake") because no source
   * gives its Chinese characters; the atlas says so beside the name rather than inventing characters.
   */
  nameRomanised: v.optional(v.boolean()),
  aliases: v.array(nonEmpty),
  clusterId: ClusterIdSchema,
  zoneId: ZoneIdSchema,
  /** e.g. "leading enterprise", "investor", "vehicle project". */
  role: LocalizedSchema,
  /** Country or region of origin of the company, when sourced. */
  origin: v.nullable(LocalizedSchema),
  /** A site location only where one is sourced; null means "site not published". */
  site: v.nullable(v.object({ lon, lat, sourceIds: sourceRefs })),
  /** What a reader should know about the record, e.g. how its zone was inferred. */
  note: v.optional(LocalizedSchema),
  sourceIds: sourceRefs,
});

export const FigureSchema = v.object({
  id,
  clusterId: v.nullable(ClusterIdSchema),
  zoneId: v.nullable(ZoneIdSchema),
  /** What is measured, e.g. "output value", "software sales revenue", "enterprises". */
  metric: LocalizedSchema,
  value: v.number(),
  /** Upper end when the source prints a range (e.g. "50-100billion": value 50, valueMax 100). */
  valueMax: v.optional(v.number()),
  /** Upper/lower bound wording from the source: "more than", "about", "at least". */
  qualifier: v.optional(v.picklist(['exact', 'more-than', 'about', 'at-least', 'less-than'])),
  unit: v.picklist(['CNY-billion', 'CNY-million', 'USD-billion', 'USD-million', 'count', 'percent', 'ratio', 'km2', 'Mt', 'units']),
  year: v.pipe(v.number(), v.integer(), v.minValue(1980), v.maxValue(2030)),
  /** Sub-year period when the figure is not a full year, e.g. "H1", "Jan-Sep". */
  period: v.optional(nonEmpty),
  kind: v.picklist(FIGURE_KINDS),
  scope: v.picklist(FIGURE_SCOPES),
  /** What exactly the scope covers, e.g. "Dagushan park, 38 enterprises". */
  scopeNote: LocalizedSchema,
  sourceId: id,
  /** The exact words of the source. */
  quote: nonEmpty,
  /**
   * Where the quote is transcribed when the source's own text is not on disk: the research notes that
   * copied it from the source (a research-kind source id). The word-for-word check reads that text.
   */
  quoteViaId: v.optional(id),
  /**
   * Further sources behind the figure: other pages reporting the same number; for a corrected or derived
   * figure, where the reasoning comes from.
   */
  supportingSourceIds: v.optional(v.array(id)),
  /** Why a figure is derived or corrected, or why it is doubtful: the atlas's own words, in both languages. */
  note: v.optional(LocalizedSchema),
  /** A doubtful figure is flagged, never silently changed. */
  doubtful: v.optional(v.boolean()),
  /** For a corrected figure: the id of the figure as printed. */
  correctsFigureId: v.optional(id),
  /** Marks the figures used as points of the progress chart (later values of the cluster's metric). */
  progress: v.optional(v.boolean()),
});

const position = v.pipe(v.array(v.number()), v.length(2, 'a position is [lon, lat]'));
const ring = v.pipe(
  v.array(position),
  v.minLength(4, 'a polygon ring needs at least 4 positions'),
  v.check((r) => {
    const a = r[0];
    const b = r[r.length - 1];
    return !!a && !!b && a[0] === b[0] && a[1] === b[1];
  }, 'a polygon ring must be closed'),
);
const polygon = v.pipe(v.array(ring), v.minLength(1));

/** An area a source gives for a zone (or for the street it lies in), against which an outline is checked. */
export const SourcedAreaSchema = v.object({
  km2: v.pipe(v.number(), v.minValue(0)),
  /** What the figure measures, e.g. "the zone today (three streets)". */
  what: LocalizedSchema,
  sourceIds: sourceRefs,
});

/** A street or town (statistics code of July 2016) an outline is built from. */
export const OutlineStreetSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^\d{9}$/)),
  nameZh: nonEmpty,
  /** Hanyu Pinyin of the Chinese name: a transliteration, not an official English name. */
  nameEn: nonEmpty,
  /** Where its centre point comes from: its own, the mean of its villages', or none (its land went to its neighbours). */
  centre: v.picklist(['street', 'villages', 'none']),
});

export const ZoneOutlineFeatureSchema = v.object({
  type: v.literal('Feature'),
  properties: v.object({
    zoneId: ZoneIdSchema,
    /** One sentence on how the outline was made, for the panel. */
    summary: LocalizedSchema,
    /** How the approximate outline was derived, in full. */
    method: LocalizedSchema,
    uncertaintyKm: v.pipe(v.number(), v.minValue(0)),
    /** The streets and towns the outline is built from. */
    streets: v.pipe(v.array(OutlineStreetSchema), v.minLength(1)),
    /** The sourced area the outline is sized or checked against (the one used). */
    sourcedArea: SourcedAreaSchema,
    /** Other sourced areas of the same zone, not used. */
    otherSourcedAreas: v.optional(v.array(SourcedAreaSchema)),
    /** Area of the outline in km², including the zones cut out of it. */
    areaKm2: v.pipe(v.number(), v.minValue(0)),
    /** Area drawn, when zones inside it are cut out of its geometry. */
    drawnAreaKm2: v.optional(v.pipe(v.number(), v.minValue(0))),
    cutOutZoneIds: v.optional(v.array(ZoneIdSchema)),
    /** The data files the outline was built from (not shown to users). */
    inputs: v.pipe(v.array(nonEmpty), v.minLength(1)),
    sourceIds: sourceRefs,
  }),
  geometry: v.variant('type', [
    v.object({ type: v.literal('Polygon'), coordinates: polygon }),
    v.object({ type: v.literal('MultiPolygon'), coordinates: v.pipe(v.array(polygon), v.minLength(1)) }),
  ]),
});

export const ZoneOutlinesSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(ZoneOutlineFeatureSchema),
});

export const SourcesSchema = v.array(SourceSchema);
export const ClustersSchema = v.array(ClusterSchema);
export const ZonesSchema = v.array(ZoneSchema);
export const ZoneIndexSchema = v.array(ZoneSummarySchema);
export const EnterprisesSchema = v.array(EnterpriseSchema);
export const FiguresSchema = v.array(FigureSchema);

/** The dataset's files under public/data, by collection (read by the app and by the tests). */
export const DATASET_FILES = {
  sources: 'sources.json',
  clusters: 'clusters.json',
  zones: 'zones.json',
  enterprises: 'enterprises.json',
  figures: 'figures.json',
  outlines: 'zone-outlines.geojson',
} as const;

/** The schema of each of the dataset's files, by collection (the app validates each file on its own). */
export const DATASET_FILE_SCHEMAS = {
  sources: SourcesSchema,
  clusters: ClustersSchema,
  zones: ZoneIndexSchema,
  enterprises: EnterprisesSchema,
  figures: FiguresSchema,
  outlines: ZoneOutlinesSchema,
} as const;

/** The whole dataset, every zone's whole record included, with the cross-references checked: every id that is named exists. */
export const DatasetSchema = v.pipe(
  v.object({ ...DATASET_FILE_SCHEMAS, zones: ZonesSchema }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of crossReferenceProblems(dataset.value)) addIssue({ message: problem });
  }),
);

export type ClusterId = string;
export type ZoneId = string;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Cluster = v.InferOutput<typeof ClusterSchema>;
export type Zone = v.InferOutput<typeof ZoneSchema>;
export type ZoneSummary = v.InferOutput<typeof ZoneSummarySchema>;
export type CatalogueRecord = v.InferOutput<typeof CatalogueRecordSchema>;
export type Reach = v.InferOutput<typeof ReachSchema>;
export type ReachKind = (typeof REACH_KINDS)[number];
export type AreaKind = (typeof AREA_KINDS)[number];
export type Enterprise = v.InferOutput<typeof EnterpriseSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type ZoneOutlines = v.InferOutput<typeof ZoneOutlinesSchema>;
/** The whole dataset as the data build makes it (every zone's whole record). */
export type BuiltDataset = v.InferOutput<typeof DatasetSchema>;
/** The dataset as the app loads it: the zones as their first-screen summaries (a zone's detail is fetched on its own). */
export type Dataset = Omit<BuiltDataset, 'zones'> & { zones: ZoneSummary[] };

/** Every dangling or duplicated id in the dataset, as readable messages. */
export function crossReferenceProblems(d: BuiltDataset): string[] {
  return referenceProblems(d).map((p) => p.message);
}

export type DatasetFileKey = keyof typeof DATASET_FILES;

/**
 * The cross-reference checks on whatever part of the dataset loaded: a check that needs a collection
 * that is missing is skipped. Each problem names the file that holds the dangling reference.
 */
export function referenceProblems(d: Partial<Dataset> | Partial<BuiltDataset>): { file: DatasetFileKey; message: string }[] {
  const problems: { file: DatasetFileKey; message: string }[] = [];
  const add = (file: DatasetFileKey, message: string) => problems.push({ file, message });
  const sourceIds = d.sources ? new Set(d.sources.map((s) => s.id)) : null;
  const figureIds = d.figures ? new Set(d.figures.map((f) => f.id)) : null;
  const dup = (file: DatasetFileKey, kind: string, ids: string[] | undefined) => {
    const seen = new Set<string>();
    for (const i of ids ?? []) {
      if (seen.has(i)) add(file, `duplicate ${kind} id "${i}"`);
      seen.add(i);
    }
  };
  dup('sources', 'source', d.sources?.map((s) => s.id));
  dup('clusters', 'cluster', d.clusters?.map((c) => c.id));
  dup('zones', 'zone', d.zones?.map((z) => z.id));
  dup('enterprises', 'enterprise', d.enterprises?.map((e) => e.id));
  dup('figures', 'figure', d.figures?.map((f) => f.id));
  const needSource = (file: DatasetFileKey, where: string, ids: readonly string[]) => {
    if (!sourceIds) return;
    for (const s of ids) if (!sourceIds.has(s)) add(file, `${where} cites unknown source "${s}"`);
  };
  for (const c of d.clusters ?? []) {
    needSource('clusters', `cluster ${c.id}`, [...c.sourceIds, ...c.valueChainSourceIds]);
    if (figureIds)
      for (const f of [c.baselineFigureId, c.targetFigureId])
        if (!figureIds.has(f)) add('clusters', `cluster ${c.id} names unknown figure "${f}"`);
  }
  // A whole record's sources (the first-screen summaries carry none).
  for (const z of (d.zones ?? []) as readonly (Zone | ZoneSummary)[]) {
    if (!isWholeZone(z)) continue;
    needSource('zones', `zone ${z.id}`, [...z.sourceIds, ...z.location.sourceIds, ...(z.established?.sourceIds ?? []), ...(z.areaKm2?.sourceIds ?? []), ...(z.catalogue?.sourceIds ?? []), ...(z.reach?.targets.flatMap((t) => t.sourceIds) ?? [])]);
  }
  for (const e of d.enterprises ?? []) needSource('enterprises', `enterprise ${e.id}`, [...e.sourceIds, ...(e.site?.sourceIds ?? [])]);
  // Open ids: every zone and cluster named anywhere is one of the loaded data's.
  const knownZones = d.zones ? new Set(d.zones.map((z) => z.id)) : null;
  const clusterIds = d.clusters ? new Set(d.clusters.map((c) => c.id)) : null;
  const needZone = (file: DatasetFileKey, where: string, zid: string | null | undefined) => {
    if (knownZones && zid != null && !knownZones.has(zid)) add(file, `${where} names unknown zone "${zid}"`);
  };
  const needCluster = (file: DatasetFileKey, where: string, cid: string | null | undefined) => {
    if (clusterIds && cid != null && !clusterIds.has(cid)) add(file, `${where} names unknown cluster "${cid}"`);
  };
  for (const z of d.zones ?? []) for (const c of z.clusterIds) needCluster('zones', `zone ${z.id}`, c);
  for (const e of d.enterprises ?? []) {
    needZone('enterprises', `enterprise ${e.id}`, e.zoneId);
    needCluster('enterprises', `enterprise ${e.id}`, e.clusterId);
  }
  for (const f of d.figures ?? []) {
    needZone('figures', `figure ${f.id}`, f.zoneId);
    needCluster('figures', `figure ${f.id}`, f.clusterId);
  }
  for (const f of d.figures ?? []) {
    needSource('figures', `figure ${f.id}`, [f.sourceId, ...(f.supportingSourceIds ?? [])]);
    if (f.correctsFigureId && figureIds && !figureIds.has(f.correctsFigureId))
      add('figures', `figure ${f.id} corrects unknown figure "${f.correctsFigureId}"`);
  }
  for (const o of d.outlines?.features ?? []) {
    const p = o.properties;
    needSource('outlines', `outline ${p.zoneId}`, [...p.sourceIds, ...p.sourcedArea.sourceIds, ...(p.otherSourcedAreas ?? []).flatMap((a) => a.sourceIds)]);
  }
  const zones: readonly (Zone | ZoneSummary)[] = d.zones ?? [];
  const zoneIds = new Set(zones.map((z) => z.id));
  for (const z of zones) {
    if (!z.parentZoneId) continue;
    needSource('zones', `zone ${z.id} parent`, z.parentSourceIds ?? []);
    if (!z.parentSourceIds) add('zones', `zone ${z.id} names a parent without a source`);
    if (z.parentZoneId === z.id || !zoneIds.has(z.parentZoneId)) add('zones', `zone ${z.id} has an invalid parent "${z.parentZoneId}"`);
    else if (parentChain(zones, z.id).includes(z.id)) add('zones', `zone ${z.id}: its parents lead back to itself`);
    // A zone drawn as an outline is cut out of its parent's outline; a zone shown as a point only is not.
    const parentOutline = d.outlines?.features.find((o) => o.properties.zoneId === z.parentZoneId);
    const ownOutline = d.outlines?.features.some((o) => o.properties.zoneId === z.id);
    if (parentOutline && ownOutline && !(parentOutline.properties.cutOutZoneIds ?? []).includes(z.id))
      add('outlines', `the outline of ${z.parentZoneId} is not cut around its child ${z.id}`);
  }
  if (d.outlines)
    for (const z of zones) {
      const has = d.outlines.features.some((o) => o.properties.zoneId === z.id);
      if (!has && z.drawnAs !== 'point') add('outlines', `zone ${z.id} has no outline`);
      if (has && z.drawnAs === 'point') add('outlines', `zone ${z.id} is drawn as a point but has an outline`);
    }
  return problems;
}

/** The parents of a zone, nearest first (stops at a loop, whose zone then appears in the chain). */
export function parentChain(zones: readonly Pick<Zone, 'id' | 'parentZoneId'>[], zoneId: ZoneId): ZoneId[] {
  const chain: ZoneId[] = [];
  let at = zones.find((z) => z.id === zoneId)?.parentZoneId;
  while (at && !chain.includes(at)) {
    chain.push(at);
    at = zones.find((z) => z.id === at)?.parentZoneId;
  }
  if (at) chain.push(at);
  return chain;
}

/** Parses with a schema and throws one readable error listing every issue and its path. */
export function parseOrThrow<const S extends v.GenericSchema>(schema: S, input: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const lines = result.issues.slice(0, 12).map((i) => {
    const path = v.getDotPath(i);
    return `- ${path ? `${path}: ` : ''}${i.message}`;
  });
  throw new Error(`${what} is not valid:\n${lines.join('\n')}`);
}
