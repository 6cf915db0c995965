/** The year ticks of the progress chart's x axis. Pure functions only. */
import type { ProgressData } from './growth';

/** Every year the chart plots: baseline, target and each point of every series. */
export function plottedYears(data: Pick<ProgressData, 'baseline' | 'target' | 'series'>): number[] {
  return [data.baseline, data.target, ...data.series.flatMap((s) => s.points)].flatMap((p) => (p ? [p.year] : []));
}

/**
 * Year ticks from the first to the last plotted year, both always ticks (the axis's domain is the
 * first and last tick, so a later figure, e.g. of 2017, is never cut off at the target year). Every
 * year, or every other year when the span is longer than `maxEveryYear`; then the tick before the last
 * year gives way to it if they would be a year apart.
 */
export function yearTicks(years: readonly number[], maxEveryYear: number): number[] {
  if (years.length === 0) return [];
  const [min, max] = [Math.min(...years), Math.max(...years)];
  const step = max - min > maxEveryYear ? 2 : 1;
  const ticks = Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);
  if (ticks[ticks.length - 1] !== max) {
    if (ticks.length > 1 && max - ticks[ticks.length - 1]! < step) ticks.pop();
    ticks.push(max);
  }
  return ticks;
}
