import { describe, expect, it } from 'vitest';
import type { Cluster, Figure } from '../../../lib/data/schemas';
import { realDataset } from '../../../test/real-dataset';
import {
  achievedCagr,
  buildComparisonRows,
  buildProgressSeries,
  compoundPath,
  rateQualifier,
  requiredCagr,
  sameScopeAs,
  shareOfTarget,
  toBillionCny,
} from './growth';

// FIXTURE: made-up ids and values shaped like the dataset; only 44.3 and 100 are the real Dagushan figures.
const localized = (en: string, zh: string) => ({ en, zh });

function figure(over: Partial<Figure> & Pick<Figure, 'id' | 'value' | 'year'>): Figure {
  return {
    clusterId: 'petrochemicals',
    zoneId: 'dagushan',
    metric: localized('output value', '产值'),
    unit: 'CNY-billion',
    kind: 'reported',
    scope: 'park',
    scopeNote: localized('Dagushan park', '大孤山石化园区'),
    sourceId: 'fixture-source',
    quote: 'fixture',
    ...over,
  };
}

const cluster: Cluster = {
  id: 'petrochemicals',
  name: localized('Petrochemicals', '石化'),
  sourceName: 'Dagu Mountain Petrochemical Industrial Clusters',
  general: localized('g', 'g'),
  objective: localized('o', 'o'),
  valueChain: [],
  valueChainSourceIds: ['fixture-source'],
  zoneIds: ['dagushan'],
  baselineFigureId: 'base',
  targetFigureId: 'target',
  sourceIds: ['fixture-source'],
};

const base = figure({ id: 'base', value: 44.3, year: 2008 });
const target = figure({ id: 'target', value: 100, year: 2015, kind: 'target', sourceId: 'target-source' });

describe('growth arithmetic', () => {
  it('needs 12.3% a year to go from 44.3 to 100 billion between 2008 and 2015', () => {
    expect(requiredCagr(44.3, 100, 2008, 2015)).toBe(12.3);
  });

  it('computes achieved growth and share of target', () => {
    expect(achievedCagr(10, 20, 2008, 2013)).toBe(14.9);
    expect(shareOfTarget(44.3, 100)).toBe(44.3);
    expect(shareOfTarget(114.5, 100)).toBe(114.5);
    expect(shareOfTarget(1, 0)).toBeNull();
    expect(requiredCagr(0, 100, 2008, 2015)).toBeNull();
    expect(achievedCagr(10, 20, 2010, 2010)).toBeNull();
  });

  it('builds a yearly compound path with exact end points', () => {
    const path = compoundPath(44.3, 100, 2008, 2015);
    expect(path.map((p) => p.year)).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    expect(path[0]?.value).toBe(44.3);
    expect(path[7]?.value).toBe(100);
    expect(path[1]?.value).toBeCloseTo(44.3 * 1.12335, 1);
  });

  it('converts only RMB amounts to billions', () => {
    expect(toBillionCny({ value: 650, unit: 'CNY-million' })).toBe(0.65);
    expect(toBillionCny({ value: 8, unit: 'USD-billion' })).toBeNull();
  });

  it('carries the bounds of the inputs into the rate', () => {
    expect(rateQualifier(undefined, undefined)).toBeUndefined();
    expect(rateQualifier('more-than', undefined)).toBe('less-than');
    expect(rateQualifier(undefined, 'more-than')).toBe('more-than');
    expect(rateQualifier('more-than', 'more-than')).toBe('about');
    expect(rateQualifier('about', undefined)).toBe('about');
  });
});

describe('buildProgressSeries', () => {
  it('says so when no later value is sourced', () => {
    const data = buildProgressSeries(cluster, [base, target]);
    expect(data.hasLaterValues).toBe(false);
    expect(data.series).toEqual([]);
    expect(data.latest).toBeNull();
    expect(data.required).toEqual({ percent: 12.3 });
    expect(data.baseline?.value).toBe(44.3);
    expect(data.target?.value).toBe(100);
    expect(data.path).toHaveLength(8);
    expect(data.sourceIds).toEqual(['fixture-source', 'target-source']);
  });

  it('keeps values of different scopes in separate series', () => {
    const park2012 = figure({ id: 'park-2012', value: 70, year: 2012, progress: true });
    const park2013 = figure({ id: 'park-2013', value: 80, year: 2013, progress: true });
    const city2013 = figure({
      id: 'city-2013',
      value: 150,
      year: 2013,
      progress: true,
      scope: 'city',
      zoneId: null,
      scopeNote: localized('Dalian city', '大连市'),
    });
    const data = buildProgressSeries(cluster, [base, target, park2012, city2013, park2013]);
    expect(data.series).toHaveLength(2);
    const [park, city] = data.series;
    expect(park?.points.map((p) => p.figureId)).toEqual(['park-2012', 'park-2013']);
    expect(park?.comparable).toBe(true);
    expect(city?.points.map((p) => p.figureId)).toEqual(['city-2013']);
    expect(city?.comparable).toBe(false);
    expect(data.scopesDiffer).toBe(true);
    // The larger city value is not set against the park's target.
    expect(data.latest?.point.figureId).toBe('park-2013');
    expect(data.latest?.share).toEqual({ percent: 80 });
    expect(data.achieved?.percent).toBe(12.5);
  });

  it('sets against the target and the baseline only a value of the same scope note, never another series of the same scope', () => {
    // The High-tech Zone case: a city figure of a narrower scope note than the city target.
    const city = { scope: 'city', zoneId: null } as const;
    const cityBase = figure({ id: 'base', value: 30.6, year: 2008, ...city, scopeNote: localized('Software and service outsourcing', '软件和服务外包') });
    const cityTarget = figure({ id: 'target', value: 100, year: 2015, kind: 'target', ...city, scopeNote: cityBase.scopeNote });
    const narrower = figure({ id: 'it-2017', value: 105.3, year: 2017, progress: true, ...city, scopeNote: localized('Software & IT services, above-size firms', '规模以上软件和信息技术服务业') });
    const same = figure({ id: 'same-2013', value: 80, year: 2013, progress: true, ...city, scopeNote: cityBase.scopeNote });
    const alone = buildProgressSeries(cluster, [cityBase, cityTarget, narrower]);
    expect(alone.series[0]?.comparable).toBe(false);
    expect(alone.latest).toBeNull();
    expect(alone.achieved).toBeNull();
    expect(alone.scopesDiffer).toBe(true);
    const both = buildProgressSeries(cluster, [cityBase, cityTarget, narrower, same]);
    expect(both.latest?.point.figureId).toBe('same-2013');
    expect(both.latest?.share).toEqual({ percent: 80 });
    expect(both.achievedTo?.figureId).toBe('same-2013');
  });

  it('marks projected and derived values, and never takes a projection as the latest value', () => {
    const derived = figure({ id: 'derived-2011', value: 60, year: 2011, progress: true, kind: 'derived' });
    const projected = figure({ id: 'projected-2014', value: 95, year: 2014, progress: true, kind: 'projected' });
    const data = buildProgressSeries(cluster, [base, target, derived, projected]);
    expect(data.hasEstimated).toBe(true);
    expect(data.series.map((s) => [s.projected, s.points.map((p) => p.figureId)])).toEqual([
      [false, ['derived-2011']],
      [true, ['projected-2014']],
    ]);
    expect(data.series.flatMap((s) => s.points).every((p) => p.estimated)).toBe(true);
    expect(data.latest?.point.figureId).toBe('derived-2011');
    expect(data.hasLaterOutturns).toBe(true);
  });

  it('charts only RMB values, converts millions, and skips partial years, other clusters and unflagged figures', () => {
    const millions = figure({ id: 'm-2010', value: 52000, year: 2010, progress: true, unit: 'CNY-million' });
    const units = figure({ id: 'units-2012', value: 56000, year: 2012, progress: true, unit: 'units' });
    const half = figure({ id: 'h1-2014', value: 50, year: 2014, progress: true, period: 'H1' });
    const other = figure({ id: 'other', value: 1, year: 2012, progress: true, clusterId: 'software' });
    const unflagged = figure({ id: 'unflagged', value: 99, year: 2013 });
    const data = buildProgressSeries(cluster, [base, target, millions, units, half, other, unflagged]);
    expect(data.series.flatMap((s) => s.points.map((p) => [p.figureId, p.value]))).toEqual([
      ['m-2010', 52],
      ['h1-2014', 50],
    ]);
    expect(data.series).toHaveLength(2);
    expect(data.omitted.map((f) => f.id)).toEqual(['units-2012']);
    expect(data.latest?.point.figureId).toBe('m-2010');
    expect(data.scopesDiffer).toBe(true);
  });

  it('replaces a printed figure by its correction and ignores values up to the baseline year', () => {
    const printed = figure({ id: 'printed', value: 700, year: 2012, progress: true });
    const fixed = figure({ id: 'fixed', value: 70, year: 2012, progress: true, kind: 'corrected', correctsFigureId: 'printed' });
    const early = figure({ id: 'early', value: 30, year: 2007, progress: true });
    const data = buildProgressSeries(cluster, [base, target, printed, fixed, early]);
    expect(data.series.flatMap((s) => s.points.map((p) => p.figureId))).toEqual(['fixed']);
  });

  it('qualifies the required rate when the baseline is a bound', () => {
    const over = figure({ id: 'base', value: 10, year: 2008, qualifier: 'more-than' });
    const data = buildProgressSeries(cluster, [over, target]);
    expect(data.required).toEqual({ percent: 38.9, qualifier: 'less-than' });
  });
});

describe('buildComparisonRows', () => {
  it('gives each cluster its baseline, target and required growth', () => {
    const other: Cluster = { ...cluster, id: 'software', baselineFigureId: 'missing', targetFigureId: 'target' };
    const rows = buildComparisonRows([cluster, other], [base, target]);
    expect(rows[0]?.baseline?.value).toBe(44.3);
    expect(rows[0]?.required?.percent).toBe(12.3);
    expect(rows[1]?.baseline).toBeNull();
    expect(rows[1]?.required).toBeNull();
  });
});

describe('every cluster chart of the built data: shares and growth within one scope', () => {
  const data = realDataset();
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  for (const c of data.clusters)
    it(`${c.id}: the share of the target and the growth achieved use only figures of the target's or baseline's scope`, () => {
      const chart = buildProgressSeries(c, data.figures);
      const target = byId.get(c.targetFigureId);
      const baseline = byId.get(c.baselineFigureId);
      if (chart.latest) {
        expect(sameScopeAs(byId.get(chart.latest.point.figureId)!, target), chart.latest.point.figureId).toBe(true);
        if (chart.latest.share && chart.target) expect(chart.latest.share.percent).toBe(shareOfTarget(chart.latest.point.value, chart.target.value));
      }
      if (chart.achieved) {
        expect(chart.achievedTo).not.toBeNull();
        expect(sameScopeAs(byId.get(chart.achievedTo!.figureId)!, baseline), chart.achievedTo!.figureId).toBe(true);
      }
      // A series of another scope is drawn, but labelled as not comparable.
      for (const s of chart.series)
        for (const p of s.points) expect(s.comparable, `${s.key}: ${p.figureId}`).toBe(sameScopeAs(byId.get(p.figureId)!, target));
    });

  it('software: the 2017 city figure of a narrower scope is drawn beside the target, not set against it', () => {
    const software = data.clusters.find((c) => c.id === 'software')!;
    const chart = buildProgressSeries(software, data.figures);
    const it2017 = chart.series.find((s) => s.points.some((p) => p.figureId === 'r-software-it-services-revenue-2017'));
    expect(it2017?.comparable).toBe(false);
    expect(chart.latest?.point.figureId).not.toBe('r-software-it-services-revenue-2017');
    expect(chart.achievedTo?.figureId).not.toBe('r-software-it-services-revenue-2017');
  });
});
