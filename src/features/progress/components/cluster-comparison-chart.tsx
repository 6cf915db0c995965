import { useId, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { clusterColor } from '../../../config/cluster-colors';
import type { Cluster, ClusterId, Figure, Source } from '../../../lib/data/schemas';
import { axisAmountUnit, formatAxisAmount, formatChartAmount, formatFigureValue, formatGrowthRate, formatYear } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { CHART_COLORS, CHART_FONT, COMPARISON_CHART_STYLE as S, VISUALLY_HIDDEN } from '../config/chart-style';
import { buildComparisonRows, type ComparisonRow } from '../utils/growth';
import { midSentence } from '../utils/sentence-case';
import { ChartDownloads, sourceLine } from './chart-downloads';
import '../progress.css';

type Props = {
  clusters: Cluster[];
  figures: Figure[];
  lang: Lang;
  /** A fixed chart width in px (export, tests). Without it the chart fills its container. */
  width?: number;
  /** The dataset's sources, for the source line of a downloaded chart. */
  sources?: Source[];
};

type BarDatum = {
  name: string;
  clusterId: ClusterId;
  baseline: number | null;
  target: number | null;
  baselineLabel: string;
  targetLabel: string;
};

/** Baselines (filled bars) and targets (outlined bars) of the clusters, in billion RMB, with a table for screen readers. */
export function ClusterComparisonChart({ clusters, figures, lang, width, sources = [] }: Props) {
  const { t } = useTranslation();
  const rows = useMemo(() => buildComparisonRows(clusters, figures), [clusters, figures]);
  const titleId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const sourceIds = [...new Set(rows.flatMap((r) => [r.baselineFigure?.sourceId, r.targetFigure?.sourceId]).filter((id): id is string => !!id))];
  const data: BarDatum[] = rows
    .filter((r) => r.baseline || r.target)
    .map((r) => ({
      // The short cluster name (the legend's) keeps the bars readable in a narrow panel.
      name: t(`cluster.${r.clusterId}`, { defaultValue: r.name[lang] }),
      clusterId: r.clusterId,
      // A figure that is sourced but not in RMB gets a zero-length bar, so its label says why there is no bar.
      baseline: r.baseline?.value ?? (r.baselineFigure ? 0 : null),
      target: r.target?.value ?? (r.targetFigure ? 0 : null),
      baselineLabel: barLabel(r.baseline, r.baselineFigure, lang, t),
      targetLabel: barLabel(r.target, r.targetFigure, lang, t),
    }));
  const notes = rows.flatMap((r) => noBarNotes(r, lang, t));
  const height = data.length * S.rowHeight + S.extraHeight;
  const tick = { fontSize: CHART_FONT.tick, fill: CHART_COLORS.axis };
  const label = { fontSize: CHART_FONT.pointLabel, fill: CHART_COLORS.text };
  const chart = (
    <BarChart data={data} layout="vertical" width={width} height={width ? height : undefined} margin={S.margin} accessibilityLayer={false}>
      <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, 'auto']} tick={tick} tickFormatter={(v: number) => formatAxisAmount(v, lang)}
        label={{ value: axisAmountUnit(lang), position: 'insideBottomRight', offset: -16, style: label }} />
      <YAxis type="category" dataKey="name" width={S.categoryWidth} tick={tick} />
      <Bar dataKey="baseline" barSize={S.barSize} isAnimationActive={false} shape={renderBar(false)}>
        <LabelList dataKey="baselineLabel" position="right" style={label} />
      </Bar>
      <Bar dataKey="target" barSize={S.barSize} isAnimationActive={false} shape={renderBar(true)}>
        <LabelList dataKey="targetLabel" position="right" style={label} />
      </Bar>
    </BarChart>
  );
  return (
    <figure className="cluster-comparison-chart" ref={figureRef}>
      <div className="progress-chart__head">
        <figcaption id={titleId}>{t('progress.comparison.title')}</figcaption>
        <div className="progress-chart__actions">
          <ChartDownloads figure={figureRef} title={t('progress.comparison.title')} units={axisAmountUnit(lang)} source={sourceLine(sourceIds, sources, t)}
            fileName={`dalian-atlas-clusters-comparison-${lang}`} keySelector=".cluster-comparison-chart__legend > span" />
        </div>
      </div>
      {/* The table below is the accessible version; the bars are decoration for screen readers. */}
      <div aria-hidden="true">
        {width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>}
        <p className="cluster-comparison-chart__legend">
          <span>■ {t('progress.comparison.legendBaseline')}</span> <span>□ {t('progress.comparison.legendTarget')}</span>
        </p>
      </div>
      {notes.map((note) => (
        <p key={note} className="cluster-comparison-chart__note">
          {note}
        </p>
      ))}
      <ComparisonTable rows={rows} lang={lang} t={t} titleId={titleId} />
    </figure>
  );
}

/** A bar's label: its amount, or, for a sourced figure that is not in RMB, why it has no bar. */
function barLabel(point: ComparisonRow['baseline'], figure: Figure | null, lang: Lang, t: TFunction): string {
  if (point) return formatChartAmount(point.value, lang, point.qualifier);
  return figure ? t('progress.comparison.noBar') : '';
}

/** "* New materials has no baseline bar: its 2010 baseline is a count (…: more than 14), not an amount in RMB." */
function noBarNotes(r: ComparisonRow, lang: Lang, t: TFunction): string[] {
  const cluster = t(`cluster.${r.clusterId}`, { defaultValue: r.name[lang] });
  const pairs = [
    { figure: r.baselineFigure, charted: r.baseline !== null, which: t('progress.comparison.whichBaseline') },
    { figure: r.targetFigure, charted: r.target !== null, which: t('progress.comparison.whichTarget') },
  ];
  return pairs.flatMap(({ figure, charted, which }) =>
    figure && !charted
      ? [t(figure.unit === 'count' ? 'progress.comparison.noBarNote' : 'progress.comparison.noBarNoteOther', { cluster, which, year: formatYear(figure.year, lang), metric: midSentence(figure.metric[lang], lang), value: formatFigureValue(figure, lang) })]
      : [],
  );
}

/** Baseline bars are filled with the cluster colour, target bars outlined in it. */
function renderBar(outlined: boolean) {
  return function renderClusterBar(props: BarShapeProps) {
    const color = clusterColor((props.payload as BarDatum).clusterId);
    return (
      <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={outlined ? S.targetFill : color}
        stroke={color} strokeWidth={outlined ? S.targetStrokeWidth : 0} />
    );
  };
}

function cellText(figure: Figure | null, charted: boolean, lang: Lang, t: TFunction): string {
  if (!figure) return t('progress.comparison.missing');
  const text = `${formatFigureValue(figure, lang)}${lang === 'en' ? ` (${formatYear(figure.year, lang)})` : `（${formatYear(figure.year, lang)}）`}`;
  return charted ? text : `${text} — ${t('progress.comparison.notRmb')}`;
}

function ComparisonTable({ rows, lang, t, titleId }: { rows: ComparisonRow[]; lang: Lang; t: TFunction; titleId: string }) {
  return (
    <table style={VISUALLY_HIDDEN} aria-labelledby={titleId}>
      <thead>
        <tr>
          <th scope="col">{t('progress.comparison.cluster')}</th>
          <th scope="col">{t('progress.comparison.baseline')}</th>
          <th scope="col">{t('progress.comparison.target')}</th>
          <th scope="col">{t('progress.comparison.required')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.clusterId}>
            <th scope="row">{r.name[lang]}</th>
            <td>{cellText(r.baselineFigure, r.baseline !== null, lang, t)}</td>
            <td>{cellText(r.targetFigure, r.target !== null, lang, t)}</td>
            <td>{r.required ? formatGrowthRate(r.required.percent, lang, r.required.qualifier) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
