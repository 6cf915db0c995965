import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../test/real-dataset';
import { PROGRESS_CHART_STYLE } from '../config/chart-style';
import { buildProgressSeries } from './growth';
import { plottedYears, yearTicks } from './year-ticks';

describe('yearTicks: the x axis reaches the last plotted year', () => {
  it('ticks every year of a short span, from the first year to the last', () => {
    expect(yearTicks([2008, 2015, 2017], 12)).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017]);
  });

  it('ticks every other year of a long span and still ends on the last year', () => {
    expect(yearTicks([2008, 2015, 2021], 12)).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2021]);
    expect(yearTicks([2008, 2015, 2022], 12)).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]);
  });

  it('gives one tick for one year and none for none', () => {
    expect(yearTicks([2015], 12)).toEqual([2015]);
    expect(yearTicks([], 12)).toEqual([]);
  });

  it('on every cluster chart of the built data, the first and last ticks hold every plotted year', () => {
    const data = realDataset();
    for (const c of data.clusters) {
      const chart = buildProgressSeries(c, data.figures);
      const years = plottedYears(chart);
      const ticks = yearTicks(years, PROGRESS_CHART_STYLE.maxYearTicks);
      if (years.length === 0) continue;
      expect(ticks[0], c.id).toBe(Math.min(...years));
      expect(ticks[ticks.length - 1], c.id).toBe(Math.max(...years));
    }
  });

  it('the software chart continues past the 2015 target to its 2017 figure', () => {
    const data = realDataset();
    const chart = buildProgressSeries(data.clusters.find((c) => c.id === 'software')!, data.figures);
    expect(yearTicks(plottedYears(chart), PROGRESS_CHART_STYLE.maxYearTicks).at(-1)).toBe(2017);
  });
});
