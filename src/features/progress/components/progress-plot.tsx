import type { TFunction } from 'i18next';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Scatter,
  Symbols,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { formatAxisAmount, formatChartAmount } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { CHART_COLORS, PROGRESS_CHART_STYLE as S, seriesStyle, type MarkerShape } from '../config/chart-style';
import type { ProgressData, ProgressPoint } from '../utils/growth';
import { estimateTextWidth, niceAxis, placeLabels, type Box, type LabelRequest, type Segment } from '../utils/label-placement';
import { plottedYears, yearTicks } from '../utils/year-ticks';

export type PlotSize = 'panel' | 'large';

type Props = {
  data: ProgressData;
  color: string;
  lang: Lang;
  t: TFunction;
  size: PlotSize;
  /** A fixed width in px (tests, export); without it the plot fills its container. */
  width?: number | undefined;
  /** The accessible name of the SVG: the id of a visible title, or a text. */
  labelledBy?: string;
  label?: string;
  describedBy?: string;
};

type ChartPoint = { year: number; value: number; estimated?: boolean };

/** A value label in the plot: the amount with its qualifier's sign and a "?" when doubtful. No words: the key names them. */
function valueText(p: ProgressPoint, lang: Lang): string {
  const value = formatChartAmount(p.value, lang, p.qualifier);
  return p.doubtful ? `${value}?` : value;
}

function markerShape(shape: MarkerShape, color: string, size: number) {
  return function renderMarker(props: { cx?: number; cy?: number; payload?: ChartPoint }) {
    if (props.cx === undefined || props.cy === undefined) return null;
    const hollow = props.payload?.estimated === true;
    return (
      <Symbols type={shape} cx={props.cx} cy={props.cy} size={size} fill={hollow ? CHART_COLORS.hollowFill : color}
        stroke={color} strokeWidth={hollow ? S.hollowStrokeWidth : 1} />
    );
  };
}

/** Every marker of the plot with its label, most important first: baseline, target, then the later values. */
function labelledPoints(data: ProgressData, lang: Lang): { id: string; point: ProgressPoint; text: string }[] {
  const ends = (['baseline', 'target'] as const).flatMap((key) => {
    const p = data[key];
    return p ? [{ id: key, point: p, text: valueText(p, lang) }] : [];
  });
  const later = data.series.flatMap((s) => s.points.map((p) => ({ id: p.figureId, point: p, text: valueText(p, lang) })));
  return [...ends, ...later];
}

/**
 * The value labels, placed after the axes are laid out so that none overlaps another label, a
 * marker, a tick or the edge (see label-placement.ts). Rendered inside the chart, so it reads its scales.
 */
function ValueLabels({ data, lang, fontSize, markerSize }: { data: ProgressData; lang: Lang; fontSize: number; markerSize: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  if (!xScale || !yScale || !plot || !chartWidth) return null;
  const px = (year: number, value: number) => {
    const x = xScale(year);
    const y = yScale(value);
    return x === undefined || y === undefined ? null : { x, y };
  };
  const half = Math.sqrt(markerSize) * 0.8;
  const points = labelledPoints(data, lang).flatMap((l) => {
    const at = px(l.point.year, l.point.value);
    return at ? [{ ...l, ...at }] : [];
  });
  const obstacles: Box[] = points.map((p) => ({ x: p.x - half, y: p.y - half, width: 2 * half, height: 2 * half }));
  const line = (pts: { year: number; value: number }[]): Segment[] =>
    pts.slice(1).flatMap((b, i) => {
      const a = pts[i];
      const pa = a ? px(a.year, a.value) : null;
      const pb = px(b.year, b.value);
      return pa && pb ? [{ x1: pa.x, y1: pa.y, x2: pb.x, y2: pb.y }] : [];
    });
  const segments = [...line(data.path), ...data.series.flatMap((s) => line(s.points))];
  // Labels may use the top and right margins, never the axes' side of the plot.
  const bounds: Box = { x: plot.x, y: 2, width: chartWidth - plot.x - 2, height: plot.y + plot.height - 4 };
  const requests: LabelRequest[] = points.map((p) => ({ id: p.id, text: p.text, x: p.x, y: p.y }));
  const placed = placeLabels(requests, { fontSize, bounds, obstacles, segments, gap: half + 3 });
  return (
    <g className="progress-chart__labels">
      {placed.map((l) => (
        <text key={l.id} x={l.x} y={l.y} textAnchor="middle" dominantBaseline="central" fontSize={fontSize} fill={CHART_COLORS.text}>
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** The plot of one cluster's progress: baseline, target, the required path and the later sourced values. */
export function ProgressPlot({ data, color, lang, size, width, labelledBy, label, describedBy }: Props) {
  const style = S.sizes[size];
  const fontSize = style.font;
  const ticks = yearTicks(plottedYears(data), S.maxYearTicks);
  const values = [data.baseline, data.target, ...data.series.flatMap((s) => s.points)].flatMap((p) => (p ? [p.value] : []));
  const y = niceAxis(Math.max(0, ...values, ...data.path.map((p) => p.value)));
  const yAxisWidth = Math.max(...y.ticks.map((v) => estimateTextWidth(formatAxisAmount(v, lang), fontSize))) + 16;
  const tick = { fontSize, fill: CHART_COLORS.axis };
  const height = style.height;
  const chart = (
    <ComposedChart width={width} height={width ? (height ?? 380) : undefined} margin={style.margin} accessibilityLayer={false}
      role="img" aria-labelledby={labelledBy} aria-label={label} aria-describedby={describedBy}>
      <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
      <XAxis type="number" dataKey="year" domain={[ticks[0] ?? 'auto', ticks[ticks.length - 1] ?? 'auto']} ticks={ticks}
        allowDecimals={false} tick={tick} interval="preserveStartEnd" padding={{ left: style.xPadding, right: style.xPadding }} />
      <YAxis type="number" dataKey="value" domain={[0, y.max]} ticks={y.ticks} tick={tick} width={yAxisWidth}
        tickFormatter={(v: number) => formatAxisAmount(v, lang)} />
      {data.path.length > 0 && (
        <Line data={data.path} dataKey="value" type="monotone" stroke={color} strokeWidth={S.path.strokeWidth}
          strokeDasharray={S.path.strokeDasharray} dot={false} activeDot={false} isAnimationActive={false} />
      )}
      {data.series.map((s, i) => {
        const st = seriesStyle(i);
        const points: ChartPoint[] = s.points.map((p) => ({ year: p.year, value: p.value, estimated: p.estimated }));
        return (
          <Scatter key={s.key} name={s.scopeNote[lang]} data={points} shape={markerShape(st.shape, st.color, style.markerSize)}
            line={{ stroke: st.color, strokeWidth: S.seriesLine.strokeWidth }} isAnimationActive={false} />
        );
      })}
      {(['baseline', 'target'] as const).map((key) => {
        const p = data[key];
        return (
          <Scatter key={key} name={key} data={p ? [{ year: p.year, value: p.value }] : []} isAnimationActive={false}
            shape={markerShape(key === 'baseline' ? S.baselineShape : S.targetShape, color, style.markerSize)} />
        );
      })}
      <ValueLabels data={data} lang={lang} fontSize={fontSize} markerSize={style.markerSize} />
    </ComposedChart>
  );
  if (width) return chart;
  return height ? <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer> : <ResponsiveContainer width="100%" height="100%">{chart}</ResponsiveContainer>;
}
