import { useId, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ComposedChart, LabelList, Line, ResponsiveContainer, Scatter, Symbols, XAxis, YAxis } from 'recharts';
import { CLUSTER_COLORS } from '../../../config/cluster-colors';
import type { Cluster, Figure, Source } from '../../../lib/data/schemas';
import {
  axisAmountUnit,
  formatAmount,
  formatAxisAmount,
  formatChartAmount,
  formatGrowthRate,
  formatPercent,
  formatSourceDate,
  formatYear,
} from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { CHART_COLORS, CHART_FONT, PROGRESS_CHART_STYLE as S, SERIES_STYLES, type MarkerShape } from '../config/chart-style';
import { buildProgressSeries, type ProgressData, type ProgressPoint, type ProgressSeries } from '../utils/growth';

type Props = {
  cluster: Cluster;
  figures: Figure[];
  sources: Source[];
  lang: Lang;
  /** A fixed chart width in px (export, tests). Without it the chart fills its container. */
  width?: number;
};

/** Progress of one cluster: baseline, target, the required compound path and the later sourced values. */
export function ProgressChart({ cluster, figures, sources, lang, width }: Props) {
  const { t } = useTranslation();
  const data = useMemo(() => buildProgressSeries(cluster, figures), [cluster, figures]);
  const titleId = useId();
  const summaryId = useId();
  const color = CLUSTER_COLORS[cluster.id];
  return (
    <figure className="progress-chart">
      <figcaption id={titleId}>{t('progress.chart.title', { cluster: cluster.name[lang] })}</figcaption>
      <div role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
        <ProgressPlot data={data} color={color} lang={lang} t={t} width={width} />
      </div>
      <ProgressLegend data={data} color={color} lang={lang} t={t} />
      <p id={summaryId} className="progress-chart__summary">
        {progressSummary(data, lang, t)}
      </p>
      <ChartSources data={data} sources={sources} lang={lang} t={t} />
    </figure>
  );
}

type Common = { data: ProgressData; lang: Lang; t: TFunction };

/** Punctuation of each language for the short texts built here. */
const PUNCT = {
  en: { comma: ', ', colon: ': ', open: ' (', close: ')', list: '; ' },
  zh: { comma: '，', colon: '：', open: '（', close: '）', list: '；' },
} as const;
const paren = (text: string, lang: Lang) => `${PUNCT[lang].open}${text}${PUNCT[lang].close}`;

const amountText = (p: ProgressPoint, lang: Lang) => formatAmount(p.sourceValue, p.unit, lang, p.qualifier);

/** The text a screen reader reads for the chart (also usable as a slide caption). */
export function progressSummary(data: ProgressData, lang: Lang, t: TFunction): string {
  const { baseline, target, required, latest, achieved } = data;
  const fromYear = data.baselineYear === null ? '' : formatYear(data.baselineYear, lang);
  const metric = data.metric?.[lang] ?? '';
  const parts: string[] = [];
  if (baseline) parts.push(t('progress.summary.baseline', { value: amountText(baseline, lang), year: fromYear, scope: baseline.scopeNote[lang] }));
  if (target) parts.push(t('progress.summary.target', { value: amountText(target, lang), year: formatYear(target.year, lang) }));
  parts.push(required ? t('progress.summary.required', { rate: formatGrowthRate(required.percent, lang, required.qualifier) }) : t('progress.summary.noPath'));
  if (!data.hasLaterValues) {
    parts.push(t('progress.summary.noLater', { metric, year: fromYear }));
  } else {
    if (!data.hasLaterOutturns) parts.push(t('progress.summary.onlyProjected', { metric, year: fromYear }));
    if (latest) {
      const p = latest.point;
      const notes = [p.kind === 'derived' ? t('progress.kind.derived') : '', p.doubtful ? t('progress.kind.doubtful') : ''].filter(Boolean);
      const note = notes.length === 0 ? '' : paren(notes.join(PUNCT[lang].comma), lang);
      const share = latest.share ? formatPercent(latest.share.percent, lang, latest.share.qualifier) : '';
      parts.push(t('progress.summary.latest', { value: amountText(p, lang), year: formatYear(p.year, lang), note, share }));
      if (achieved && baseline)
        parts.push(t('progress.summary.achieved', { from: fromYear, to: formatYear(p.year, lang), rate: formatGrowthRate(achieved.percent, lang, achieved.qualifier) }));
    } else if (data.hasLaterOutturns) {
      parts.push(t('progress.summary.noComparable'));
    }
    if (data.scopesDiffer) parts.push(t('progress.summary.scopesDiffer', { scopes: [...new Set(data.series.map((s) => scopeName(s, data, lang)))].join(PUNCT[lang].list) }));
    if (data.hasEstimated) parts.push(t('progress.summary.estimated'));
  }
  if (data.omitted.length > 0) parts.push(t('progress.summary.omitted', { count: data.omitted.length }));
  return parts.join(lang === 'en' ? ' ' : '');
}

/** The scope of a series, plus its metric when it is not the target's. */
function scopeName(s: ProgressSeries, data: ProgressData, lang: Lang): string {
  const metric = data.metric && s.metric.en !== data.metric.en ? `${PUNCT[lang].comma}${s.metric[lang]}` : '';
  return `${s.scopeNote[lang]}${metric}`;
}

/** A series is named by its scope, plus its sub-year period and "projected" when it has them. */
function seriesName(s: ProgressSeries, data: ProgressData, lang: Lang, t: TFunction): string {
  const period = s.period ? `${PUNCT[lang].comma}${s.period}` : '';
  const projected = s.projected ? `${PUNCT[lang].comma}${t('progress.kind.projected')}` : '';
  return `${scopeName(s, data, lang)}${period}${projected}`;
}

const seriesStyle = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length] ?? { shape: 'circle' as const, color: CHART_COLORS.text };

type ChartPoint = { year: number; value: number; label: string; estimated?: boolean };

function pointLabel(p: ProgressPoint, lang: Lang, t: TFunction): string {
  const tags = [p.estimated ? t(`progress.kind.${p.kind}`) : '', p.doubtful ? '?' : ''].filter(Boolean);
  const value = formatChartAmount(p.value, lang, p.qualifier);
  return tags.length === 0 ? value : `${value}${paren(tags.join(PUNCT[lang].comma), lang)}`;
}

function markerShape(shape: MarkerShape, color: string) {
  return function renderMarker(props: { cx?: number; cy?: number; payload?: ChartPoint }) {
    if (props.cx === undefined || props.cy === undefined) return null;
    const hollow = props.payload?.estimated === true;
    return (
      <Symbols type={shape} cx={props.cx} cy={props.cy} size={S.markerSize} fill={hollow ? CHART_COLORS.hollowFill : color}
        stroke={color} strokeWidth={hollow ? S.hollowStrokeWidth : 1} />
    );
  };
}

function yearTicks(data: ProgressData): number[] {
  const years = [data.baseline, data.target, ...data.series.flatMap((s) => s.points)].flatMap((p) => (p ? [p.year] : []));
  if (years.length === 0) return [];
  const [min, max] = [Math.min(...years), Math.max(...years)];
  const step = max - min > S.maxYearTicks ? 2 : 1;
  return Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);
}

function ProgressPlot({ data, color, lang, t, width }: Common & { color: string; width?: number | undefined }) {
  const ticks = yearTicks(data);
  const tick = { fontSize: CHART_FONT.tick, fill: CHART_COLORS.axis };
  const label = { fontSize: CHART_FONT.pointLabel, fill: CHART_COLORS.text };
  // The path is labelled once, under its second year, where later values are least likely to sit.
  const labelAt = Math.min(1, data.path.length - 1);
  const pathData: ChartPoint[] = data.path.map((p, i) => ({
    ...p,
    label: i === labelAt && data.required ? t('progress.legend.path', { rate: formatPercent(data.required.percent, lang, data.required.qualifier) }) : '',
  }));
  const endPoint = (p: ProgressPoint | null, key: 'baseline' | 'target'): ChartPoint[] =>
    p ? [{ year: p.year, value: p.value, label: `${t(`progress.legend.${key}`, { year: formatYear(p.year, lang) })}${PUNCT[lang].colon}${formatChartAmount(p.value, lang, p.qualifier)}` }] : [];
  const chart = (
    <ComposedChart width={width} height={width ? S.height : undefined} margin={S.margin} accessibilityLayer={false}>
      <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
      <XAxis type="number" dataKey="year" domain={[ticks[0] ?? 'auto', ticks[ticks.length - 1] ?? 'auto']} ticks={ticks}
        allowDecimals={false} tick={tick} padding={{ left: 40, right: 40 }} />
      <YAxis type="number" dataKey="value" domain={[0, 'auto']} tick={tick} width={S.yAxisWidth}
        tickFormatter={(v: number) => formatAxisAmount(v, lang)}
        label={{ value: axisAmountUnit(lang), position: 'top', offset: 12, style: label }} />
      {pathData.length > 0 && (
        <Line data={pathData} dataKey="value" type="monotone" stroke={color} strokeWidth={S.path.strokeWidth}
          strokeDasharray={S.path.strokeDasharray} dot={false} activeDot={false} isAnimationActive={false}>
          <LabelList dataKey="label" position="bottom" offset={14} style={{ ...label, fill: color }} />
        </Line>
      )}
      {data.series.map((s, i) => {
        const style = seriesStyle(i);
        const points: ChartPoint[] = s.points.map((p) => ({ year: p.year, value: p.value, estimated: p.estimated, label: pointLabel(p, lang, t) }));
        return (
          <Scatter key={s.key} name={s.scopeNote[lang]} data={points} shape={markerShape(style.shape, style.color)}
            line={{ stroke: style.color, strokeWidth: S.seriesLine.strokeWidth }} isAnimationActive={false}>
            <LabelList dataKey="label" position="top" offset={12} style={label} />
          </Scatter>
        );
      })}
      {(['baseline', 'target'] as const).map((key) => (
        <Scatter key={key} name={key} data={endPoint(data[key], key)} isAnimationActive={false}
          shape={markerShape(key === 'baseline' ? S.baselineShape : S.targetShape, color)}>
          <LabelList dataKey="label" position="top" offset={12} style={label} />
        </Scatter>
      ))}
    </ComposedChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={S.height}>{chart}</ResponsiveContainer>;
}

function Swatch({ shape, color, hollow, dashed }: { shape?: MarkerShape; color: string; hollow?: boolean; dashed?: boolean }) {
  return (
    <svg width={28} height={20} aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle', marginInlineEnd: 6 }}>
      {shape ? (
        <Symbols type={shape} cx={14} cy={10} size={S.markerSize * 0.7} fill={hollow ? CHART_COLORS.hollowFill : color}
          stroke={color} strokeWidth={hollow ? S.hollowStrokeWidth : 1} />
      ) : (
        <line x1={0} y1={10} x2={28} y2={10} stroke={color} strokeWidth={S.path.strokeWidth} strokeDasharray={dashed ? S.path.strokeDasharray : undefined} />
      )}
    </svg>
  );
}

function ProgressLegend({ data, color, lang, t }: Common & { color: string }) {
  const { baseline, target, required } = data;
  return (
    <ul className="progress-chart__legend" aria-label={t('progress.legend.title')}>
      {baseline && <li><Swatch shape={S.baselineShape} color={color} />{t('progress.legend.baseline', { year: formatYear(baseline.year, lang) })}</li>}
      {target && <li><Swatch shape={S.targetShape} color={color} />{t('progress.legend.target', { year: formatYear(target.year, lang) })}</li>}
      {required && <li><Swatch color={color} dashed />{t('progress.legend.path', { rate: formatPercent(required.percent, lang, required.qualifier) })}</li>}
      {data.series.map((s, i) => (
        <li key={s.key}>
          <Swatch shape={seriesStyle(i).shape} color={seriesStyle(i).color} hollow={s.points.every((p) => p.estimated)} />
          {seriesName(s, data, lang, t)}
          {!s.comparable && paren(t('progress.legend.otherScope'), lang)}
        </li>
      ))}
      {data.hasEstimated && <li><Swatch shape="circle" color={CHART_COLORS.text} hollow />{t('progress.legend.hollow')}</li>}
    </ul>
  );
}

function ChartSources({ data, sources, lang, t }: Common & { sources: Source[] }) {
  const titleId = useId();
  const usedFor = new Map<string, string[]>();
  const use = (id: string, what: string) => usedFor.set(id, [...(usedFor.get(id) ?? []), what]);
  if (data.baseline) use(data.baseline.sourceId, t('progress.legend.baseline', { year: formatYear(data.baseline.year, lang) }));
  if (data.target) use(data.target.sourceId, t('progress.legend.target', { year: formatYear(data.target.year, lang) }));
  for (const p of data.series.flatMap((s) => s.points)) use(p.sourceId, formatYear(p.year, lang, p.period));
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <div className="chart-sources">
      <p id={titleId} className="chart-sources__title">{t('progress.sources.title')}</p>
      <ul aria-labelledby={titleId}>
        {data.sourceIds.map((id) => {
          const s = byId.get(id);
          const details = [s?.publisher, s?.date ? formatSourceDate(s.date, lang) : undefined, s?.repost ? t('progress.sources.repost') : undefined];
          return (
            <li key={id}>
              {s?.url ? <a href={s.url} target="_blank" rel="noreferrer">{s.title}</a> : (s?.title ?? id)}
              {details.filter(Boolean).map((d) => `${PUNCT[lang].comma}${d}`).join('')}
              {` — ${t('progress.sources.usedFor', { years: (usedFor.get(id) ?? []).join(lang === 'en' ? ', ' : '、') })}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
