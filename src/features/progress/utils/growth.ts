/**
 * Growth arithmetic and the data shaping of the progress charts. Pure functions only.
 * Rates and shares are in percent, rounded to 0.1. Amounts are in billion RMB.
 * Nothing here fills a gap: a value that is not sourced is not returned.
 */
import type { Cluster, ClusterId, Figure, FigureKind, Localized } from '../../../lib/data/schemas';
import type { Bound, Qualifier } from '../../../lib/format';

const round1 = (x: number) => Math.round(x * 10) / 10;

function cagrPercent(start: number, end: number, fromYear: number, toYear: number): number | null {
  const years = toYear - fromYear;
  if (!(start > 0) || !(end > 0) || !(years > 0)) return null;
  return round1(((end / start) ** (1 / years) - 1) * 100);
}

/** The yearly growth (percent, 0.1) needed to go from `baseline` to `target`: 44.3 -> 100, 2008-2015 = 12.3. */
export function requiredCagr(baseline: number, target: number, fromYear: number, toYear: number): number | null {
  return cagrPercent(baseline, target, fromYear, toYear);
}

/** The yearly growth (percent, 0.1) achieved from `baseline` to a later `value`. */
export function achievedCagr(baseline: number, value: number, fromYear: number, toYear: number): number | null {
  return cagrPercent(baseline, value, fromYear, toYear);
}

/** `value` as a percentage of `target` (0.1), or null when the target is not positive. */
export function shareOfTarget(value: number, target: number): number | null {
  return target > 0 ? round1((value / target) * 100) : null;
}

export type PathPoint = { year: number; value: number };

/** One point per year on the constant-growth path from baseline to target (the end points are exact). */
export function compoundPath(baseline: number, target: number, fromYear: number, toYear: number): PathPoint[] {
  const years = toYear - fromYear;
  if (!(baseline > 0) || !(target > 0) || !(years > 0) || !Number.isInteger(years)) return [];
  return Array.from({ length: years + 1 }, (_, i) => ({
    year: fromYear + i,
    value: i === years ? target : baseline * (target / baseline) ** (i / years),
  }));
}

/** A sourced figure as a chart point, in billion RMB. */
export type ProgressPoint = {
  figureId: string;
  sourceId: string;
  year: number;
  period?: string;
  /** In billion RMB. */
  value: number;
  /** The value and unit as the source gives them, for text. */
  sourceValue: number;
  unit: Extract<Figure['unit'], 'CNY-billion' | 'CNY-million'>;
  qualifier?: Qualifier;
  kind: FigureKind;
  /** Projected or derived: not a reported outturn (drawn hollow). */
  estimated: boolean;
  doubtful: boolean;
  scope: Figure['scope'];
  scopeNote: Localized;
  metric: Localized;
};

/** Later values of one scope (scope + scopeNote, metric, sub-year period, projected or not): never joined with another. */
export type ProgressSeries = {
  key: string;
  scope: Figure['scope'];
  scopeNote: Localized;
  metric: Localized;
  period?: string;
  /** Projections are a series of their own: a forecast is never joined to reported values. */
  projected: boolean;
  /** Same scope, zone, scope note and full-year period as the target, so it can be set against it. */
  comparable: boolean;
  points: ProgressPoint[];
};

export type Rate = { percent: number; qualifier?: Bound };

export type ProgressData = {
  clusterId: ClusterId;
  /** The year of the baseline figure, also when it is not in RMB. */
  baselineYear: number | null;
  /** The metric of the target (or baseline) figure. */
  metric: Localized | null;
  /** Null when the figure is missing or not an amount in RMB. */
  baseline: ProgressPoint | null;
  target: ProgressPoint | null;
  path: PathPoint[];
  required: Rate | null;
  series: ProgressSeries[];
  /** The latest reported/derived (not projected) value of the target's scope, with its share of it. */
  latest: { point: ProgressPoint; share: Rate | null } | null;
  /** From the baseline to `achievedTo`, the latest outturn of the baseline's own scope. */
  achieved: Rate | null;
  achievedTo: ProgressPoint | null;
  /** False when no value after the baseline is sourced in RMB: the chart shows only baseline and target. */
  hasLaterValues: boolean;
  /** False when every later value is a projection. */
  hasLaterOutturns: boolean;
  /** The later values cover more than one scope, or another scope than the target's. */
  scopesDiffer: boolean;
  hasEstimated: boolean;
  /** Later progress figures in other units, which are not charted. */
  omitted: Figure[];
  /** Every source behind a charted point, in order of first use. */
  sourceIds: string[];
};

/** A figure's value in billion RMB, or null when its unit is not RMB. */
export function toBillionCny(figure: Pick<Figure, 'value' | 'unit'>): number | null {
  if (figure.unit === 'CNY-billion') return figure.value;
  if (figure.unit === 'CNY-million') return figure.value / 1000;
  return null;
}

export function toPoint(figure: Figure): ProgressPoint | null {
  const value = toBillionCny(figure);
  if (value === null || (figure.unit !== 'CNY-billion' && figure.unit !== 'CNY-million')) return null;
  return {
    figureId: figure.id,
    sourceId: figure.sourceId,
    year: figure.year,
    ...(figure.period ? { period: figure.period } : {}),
    value,
    sourceValue: figure.value,
    unit: figure.unit,
    ...(figure.qualifier && figure.qualifier !== 'exact' ? { qualifier: figure.qualifier } : {}),
    kind: figure.kind,
    estimated: figure.kind === 'projected' || figure.kind === 'derived',
    doubtful: figure.doubtful === true,
    scope: figure.scope,
    scopeNote: figure.scopeNote,
    metric: figure.metric,
  };
}

/** +1: the value is a lower bound; -1: an upper bound; 0: exact; null: approximate. */
function direction(q: Qualifier | undefined): { dir: number; strict: boolean } | null {
  if (q === 'about') return null;
  if (q === 'more-than' || q === 'at-least') return { dir: 1, strict: q === 'more-than' };
  if (q === 'less-than') return { dir: -1, strict: true };
  return { dir: 0, strict: false };
}

/**
 * The qualifier of a rate from a start and an end value: a start of "more than 10" makes the rate an
 * upper bound, an end of "more than 100" a lower bound; when the bounds pull both ways it is "about".
 */
export function rateQualifier(start: Qualifier | undefined, end: Qualifier | undefined): Bound | undefined {
  const s = direction(start);
  const e = direction(end);
  if (!s || !e) return 'about';
  const dirs = new Set([-s.dir, e.dir].filter((d) => d !== 0));
  if (dirs.size === 0) return undefined;
  if (dirs.size > 1) return 'about';
  const strict = s.strict || e.strict;
  if (dirs.has(1)) return strict ? 'more-than' : 'at-least';
  return strict ? 'less-than' : 'at-most';
}

function rate(percent: number | null, qualifier: Bound | undefined): Rate | null {
  if (percent === null) return null;
  return qualifier ? { percent, qualifier } : { percent };
}

/**
 * A figure can be set against a reference (the target, for the share; the baseline, for the growth
 * achieved) only within one scope: the same scope, zone and scope note, and a full year.
 */
export function sameScopeAs(f: Figure, ref: Figure | undefined): boolean {
  return !!ref && f.scope === ref.scope && f.zoneId === ref.zoneId && f.scopeNote.en === ref.scopeNote.en && !f.period;
}

/** Groups figures by scope + scopeNote, metric and period; points sorted by year. */
function groupByScope(figures: Figure[], target: Figure | undefined): ProgressSeries[] {
  const groups = new Map<string, ProgressSeries>();
  for (const f of figures) {
    const point = toPoint(f);
    if (!point) continue;
    const projected = f.kind === 'projected';
    const key = [f.scope, f.scopeNote.en, f.metric.en, f.period ?? '', projected ? 'projected' : ''].join('|');
    const group = groups.get(key) ?? {
      key,
      scope: f.scope,
      scopeNote: f.scopeNote,
      metric: f.metric,
      ...(f.period ? { period: f.period } : {}),
      projected,
      comparable: true,
      points: [],
    };
    group.comparable &&= sameScopeAs(f, target);
    group.points.push(point);
    groups.set(key, group);
  }
  const series = [...groups.values()];
  for (const s of series) s.points.sort((a, b) => a.year - b.year);
  return series.sort((a, b) => (a.points[0]?.year ?? 0) - (b.points[0]?.year ?? 0));
}

/** The latest charted outturn (not a projection) of the figures of one scope with `ref`. */
function latestOfScope(series: ProgressSeries[], later: Figure[], ref: Figure | undefined): ProgressPoint | null {
  const ids = new Set(later.filter((f) => sameScopeAs(f, ref)).map((f) => f.id));
  const candidates = series.flatMap((s) => s.points).filter((p) => ids.has(p.figureId) && p.kind !== 'projected');
  // Latest year first; in a tie a reported value wins over a derived one.
  candidates.sort((a, b) => b.year - a.year || Number(a.estimated) - Number(b.estimated));
  return candidates[0] ?? null;
}

/** Everything the progress chart and its text summary show for one cluster. */
export function buildProgressSeries(cluster: Cluster, figures: Figure[]): ProgressData {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const baselineFigure = byId.get(cluster.baselineFigureId);
  const targetFigure = byId.get(cluster.targetFigureId);
  const baseline = baselineFigure ? toPoint(baselineFigure) : null;
  const target = targetFigure ? toPoint(targetFigure) : null;
  const fromYear = baselineFigure?.year ?? -Infinity;
  // A figure as printed that another figure corrects is replaced by the correction.
  const corrected = new Set(figures.flatMap((f) => (f.correctsFigureId ? [f.correctsFigureId] : [])));

  const later = figures.filter(
    (f) =>
      f.clusterId === cluster.id &&
      f.progress === true &&
      f.id !== cluster.baselineFigureId &&
      f.id !== cluster.targetFigureId &&
      !corrected.has(f.id) &&
      f.year > fromYear,
  );
  const omitted = later.filter((f) => toBillionCny(f) === null);
  const series = groupByScope(later, targetFigure);
  const points = series.flatMap((s) => s.points);

  const latestPoint = latestOfScope(series, later, targetFigure);
  // The growth achieved is measured from the baseline to a later value of the baseline's own scope.
  const achievedTo = latestOfScope(series, later, baselineFigure);
  const latest = latestPoint
    ? { point: latestPoint, share: target ? rate(shareOfTarget(latestPoint.value, target.value), latestPoint.qualifier) : null }
    : null;
  const scopeKeys = new Set(series.map((s) => `${s.scope}|${s.scopeNote.en}|${s.metric.en}`));

  return {
    clusterId: cluster.id,
    baselineYear: baselineFigure?.year ?? null,
    metric: (targetFigure ?? baselineFigure)?.metric ?? null,
    baseline,
    target,
    path: baseline && target ? compoundPath(baseline.value, target.value, baseline.year, target.year) : [],
    required:
      baseline && target
        ? rate(requiredCagr(baseline.value, target.value, baseline.year, target.year), rateQualifier(baseline.qualifier, target.qualifier))
        : null,
    series,
    latest,
    achieved:
      baseline && achievedTo
        ? rate(achievedCagr(baseline.value, achievedTo.value, baseline.year, achievedTo.year), rateQualifier(baseline.qualifier, achievedTo.qualifier))
        : null,
    achievedTo: baseline ? achievedTo : null,
    hasLaterValues: points.length > 0,
    hasLaterOutturns: points.some((p) => p.kind !== 'projected'),
    scopesDiffer: scopeKeys.size > 1 || series.some((s) => !s.comparable),
    hasEstimated: points.some((p) => p.estimated),
    omitted,
    sourceIds: [...new Set([baseline, target, ...points].flatMap((p) => (p ? [p.sourceId] : [])))],
  };
}

/** One row of the five-cluster comparison: baseline and target in billion RMB where they are in RMB. */
export type ComparisonRow = {
  clusterId: ClusterId;
  name: Localized;
  baselineFigure: Figure | null;
  targetFigure: Figure | null;
  baseline: ProgressPoint | null;
  target: ProgressPoint | null;
  required: Rate | null;
};

export function buildComparisonRows(clusters: Cluster[], figures: Figure[]): ComparisonRow[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return clusters.map((c) => {
    const baselineFigure = byId.get(c.baselineFigureId) ?? null;
    const targetFigure = byId.get(c.targetFigureId) ?? null;
    const baseline = baselineFigure ? toPoint(baselineFigure) : null;
    const target = targetFigure ? toPoint(targetFigure) : null;
    const required =
      baseline && target
        ? rate(requiredCagr(baseline.value, target.value, baseline.year, target.year), rateQualifier(baseline.qualifier, target.qualifier))
        : null;
    return { clusterId: c.id, name: c.name, baselineFigure, targetFigure, baseline, target, required };
  });
}
