/** Colours, sizes and marker shapes of the progress charts: data, not inline styles. */
import type { CSSProperties } from 'react';

export type MarkerShape = 'circle' | 'diamond' | 'triangle' | 'square' | 'star' | 'wye' | 'cross';

/** Legible on a projector: no chart text below 14px. */
export const CHART_FONT = { tick: 14, label: 14, pointLabel: 14, family: 'inherit' } as const;

export const CHART_COLORS = {
  text: '#1f2933',
  axis: '#52606d',
  grid: '#d9dee3',
  /** Fill of hollow markers (projected or derived values). */
  hollowFill: '#ffffff',
} as const;

export const PROGRESS_CHART_STYLE = {
  /** In the panel (340-600 px wide) and in the expanded view (most of the screen; fills its box, so no height). */
  sizes: {
    panel: { height: 360, font: 14, markerSize: 140, xPadding: 24, margin: { top: 16, right: 16, bottom: 4, left: 0 } },
    large: { height: undefined, font: 20, markerSize: 260, xPadding: 48, margin: { top: 24, right: 32, bottom: 8, left: 8 } },
  } satisfies Record<string, { height: number | undefined; font: number; markerSize: number; xPadding: number; margin: Record<'top' | 'right' | 'bottom' | 'left', number> }>,
  /** Baseline and target use the cluster colour; these are their shapes. */
  baselineShape: 'circle' as MarkerShape,
  targetShape: 'star' as MarkerShape,
  path: { strokeWidth: 2, strokeDasharray: '8 6' },
  seriesLine: { strokeWidth: 1.5 },
  hollowStrokeWidth: 2.5,
  /** Above this many years the x axis labels every other year. */
  maxYearTicks: 12,
  /** Marker size of the key's swatches. */
  swatchMarkerSize: 100,
} as const;

/**
 * Later-value series (one per scope): distinct shape and colour each. Paul Tol's colour-blind-safe
 * "muted" colours, so they are not confused with the cluster colours of the map legend.
 */
export const SERIES_STYLES: readonly { shape: MarkerShape; color: string }[] = [
  { shape: 'diamond', color: '#332288' },
  { shape: 'triangle', color: '#117733' },
  { shape: 'square', color: '#882255' },
  { shape: 'wye', color: '#44AA99' },
  { shape: 'cross', color: '#999933' },
  { shape: 'circle', color: '#AA4499' },
];

export const seriesStyle = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length] ?? { shape: 'circle' as const, color: CHART_COLORS.text };

export const COMPARISON_CHART_STYLE = {
  rowHeight: 72,
  extraHeight: 80,
  margin: { top: 8, right: 72, bottom: 28, left: 8 },
  categoryWidth: 150,
  barSize: 22,
  targetFill: '#ffffff',
  targetStrokeWidth: 2.5,
} as const;

/** Hidden on screen, read by screen readers (for text alternatives of charts). */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
