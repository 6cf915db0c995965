import { useId, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Symbols } from 'recharts';
import { clusterColor } from '../../../config/cluster-colors';
import { Disclosure } from '../../../components/disclosure';
import { SourceCitation } from '../../../components/source-citation';
import '../../../components/source-list.css';
import '../../../components/visually-hidden.css';
import type { Cluster, Figure, Source } from '../../../lib/data/schemas';
import { axisAmountUnit, formatAmount, formatChartAmount, formatGrowthRate, formatPercent, formatYear } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { CHART_COLORS, PROGRESS_CHART_STYLE as S, seriesStyle, type MarkerShape } from '../config/chart-style';
import { buildProgressSeries, type ProgressData, type ProgressPoint, type ProgressSeries } from '../utils/growth';
import { midSentence } from '../utils/sentence-case';
import { ChartDialog } from './chart-dialog';
import { ChartDownloads, sourceLine } from './chart-downloads';
import { ProgressPlot, type PlotSize } from './progress-plot';
import '../progress.css';

type Props = {
  cluster: Cluster;
  figures: Figure[];
  sources: Source[];
  lang: Lang;
  /** A fixed chart width in px (export, tests). Without it the chart fills its container. */
  width?: number;
  /**
   * Whether the chart is shown large, in a dialog. Controlled when given (with `onExpandedChange`),
   * so the state can live in the parent or the URL; otherwise the chart keeps it itself.
   */
  expanded?: boolean;
  onExpandedChange?: (expanded: boolean) => void;
  /** Whether the chart shown large makes the rest of the page inert (default); not while a tour presents. */
  modalDialog?: boolean;
};

/** Progress of one cluster: baseline, target, the required compound path and the later sourced values. */
export function ProgressChart({ cluster, figures, sources, lang, width, expanded: expandedProp, onExpandedChange, modalDialog = true }: Props) {
  const { t } = useTranslation();
  const data = useMemo(() => buildProgressSeries(cluster, figures), [cluster, figures]);
  const titleId = useId();
  const summaryId = useId();
  const largeSummaryId = useId();
  const expandRef = useRef<HTMLButtonElement>(null);
  const [expandedLocal, setExpandedLocal] = useState(false);
  const expanded = expandedProp ?? expandedLocal;
  const setExpanded = onExpandedChange ?? setExpandedLocal;
  const color = clusterColor(cluster.id);
  const title = t('progress.chart.title', { cluster: cluster.name[lang] });
  const summary = progressSummary(data, lang, t);
  const figureRef = useRef<HTMLElement>(null);
  return (
    <figure className="progress-chart" ref={figureRef}>
      <div className="progress-chart__head">
        <figcaption id={titleId}>{title}</figcaption>
        <div className="progress-chart__actions">
          <button ref={expandRef} type="button" className="progress-chart__expand" aria-haspopup="dialog" onClick={() => setExpanded(true)}>
            <span aria-hidden="true">⤢ </span>
            {t('progress.expand.open')}
          </button>
          <ChartDownloads figure={figureRef} title={title} units={axisAmountUnit(lang)} source={sourceLine(data.sourceIds, sources, t)}
            fileName={`dalian-atlas-${cluster.id}-progress-${lang}`} keySelector=".progress-chart__view:not(.progress-chart__view--large) .progress-chart__legend > li" />
        </div>
      </div>
      <div className="progress-chart__view">
        <p className="progress-chart__unit" aria-hidden="true">{axisAmountUnit(lang)}</p>
        <ProgressPlot data={data} color={color} lang={lang} t={t} size="panel" width={width} labelledBy={titleId} describedBy={summaryId} />
        <ProgressLegend data={data} color={color} lang={lang} t={t} />
      </div>
      <p id={summaryId} className="progress-chart__summary">
        {summary}
      </p>
      <ChartSources data={data} sources={sources} lang={lang} t={t} subject={title} />
      <ChartDialog open={expanded} onOpenChange={setExpanded} title={title} returnFocusTo={expandRef} modal={modalDialog}>
        <div className="progress-chart__view progress-chart__view--large">
          <p className="progress-chart__unit" aria-hidden="true">{axisAmountUnit(lang)}</p>
          <div className="progress-chart__large-plot">
            <ProgressPlot data={data} color={color} lang={lang} t={t} size={largeSize()} label={title} describedBy={largeSummaryId} />
          </div>
          {/* The key may scroll beside a short plot: a focusable region, so the keyboard can scroll it. */}
          <div className="progress-chart__legend-scroll" role="region" tabIndex={0} aria-label={t('progress.legend.title')}>
            <ProgressLegend data={data} color={color} lang={lang} t={t} />
          </div>
        </div>
        <p id={largeSummaryId} className="visually-hidden">{summary}</p>
      </ChartDialog>
    </figure>
  );
}

/**
 * The chart for print (the one-page brief), drawn from the data: the title, the unit, the plot at a
 * fixed width and its key, without buttons or sources (the brief lists its sources). The app hands
 * it to the brief; nothing reads the panel's chart from the page.
 */
export function ProgressPrintChart({ cluster, figures, lang, width }: { cluster: Cluster; figures: Figure[]; lang: Lang; width: number }) {
  const { t } = useTranslation();
  const data = useMemo(() => buildProgressSeries(cluster, figures), [cluster, figures]);
  const color = clusterColor(cluster.id);
  const title = t('progress.chart.title', { cluster: cluster.name[lang] });
  return (
    <figure className="progress-chart progress-chart--print">
      <figcaption>{title}</figcaption>
      <div className="progress-chart__view">
        <p className="progress-chart__unit">{axisAmountUnit(lang)}</p>
        <ProgressPlot data={data} color={color} lang={lang} t={t} size="panel" width={width} label={title} />
        <ProgressLegend data={data} color={color} lang={lang} t={t} />
      </div>
    </figure>
  );
}

/** On a phone the expanded chart is hardly wider than the panel: it keeps the panel's sizes there. */
const largeSize = (): PlotSize => (typeof window !== 'undefined' && window.innerWidth < 760 ? 'panel' : 'large');

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
  const { baseline, target, required, latest, achieved, achievedTo } = data;
  const fromYear = data.baselineYear === null ? '' : formatYear(data.baselineYear, lang);
  const metric = midSentence(data.metric?.[lang] ?? '', lang);
  const parts: string[] = [];
  if (baseline) parts.push(t('progress.summary.baseline', { value: amountText(baseline, lang), year: fromYear, scope: midSentence(baseline.scopeNote[lang], lang) }));
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
    } else if (data.hasLaterOutturns) {
      parts.push(t('progress.summary.noComparable'));
    }
    if (achieved && achievedTo && baseline)
      parts.push(t('progress.summary.achieved', { from: fromYear, to: formatYear(achievedTo.year, lang), rate: formatGrowthRate(achieved.percent, lang, achieved.qualifier) }));
    if (data.scopesDiffer) parts.push(t('progress.summary.scopesDiffer', { scopes: [...new Set(data.series.map((s) => midSentence(scopeName(s, data, lang), lang)))].join(PUNCT[lang].list) }));
    if (data.hasEstimated) parts.push(t('progress.summary.estimated'));
  }
  if (data.omitted.length > 0) parts.push(t('progress.summary.omitted', { count: data.omitted.length }));
  return parts.join(lang === 'en' ? ' ' : '');
}

/** The scope of a series, plus its metric when it is not the target's. */
function scopeName(s: ProgressSeries, data: ProgressData, lang: Lang): string {
  const metric = data.metric && s.metric.en !== data.metric.en ? `${PUNCT[lang].comma}${midSentence(s.metric[lang], lang)}` : '';
  return `${s.scopeNote[lang]}${metric}`;
}

/** A series is named by its scope, plus its sub-year period and "projected" when it has them. */
function seriesName(s: ProgressSeries, data: ProgressData, lang: Lang, t: TFunction): string {
  const period = s.period ? `${PUNCT[lang].comma}${s.period}` : '';
  const projected = s.projected ? `${PUNCT[lang].comma}${t('progress.kind.projected')}` : '';
  return `${scopeName(s, data, lang)}${period}${projected}`;
}

function Swatch({ shape, color, hollow, dashed }: { shape?: MarkerShape; color: string; hollow?: boolean; dashed?: boolean }) {
  return (
    <svg className="progress-chart__swatch" width={28} height={20} aria-hidden="true" focusable="false">
      {shape ? (
        <Symbols type={shape} cx={14} cy={10} size={S.swatchMarkerSize} fill={hollow ? CHART_COLORS.hollowFill : color}
          stroke={color} strokeWidth={hollow ? S.hollowStrokeWidth : 1} />
      ) : (
        <line x1={0} y1={10} x2={28} y2={10} stroke={color} strokeWidth={S.path.strokeWidth} strokeDasharray={dashed ? S.path.strokeDasharray : undefined} />
      )}
    </svg>
  );
}

/** "2009: 20.2; 2010: 53.5" / "2009年：202；2010年：535": every charted value, so none depends on a label in the plot. */
function seriesValues(s: ProgressSeries, lang: Lang): string {
  return s.points.map((p) => `${formatYear(p.year, lang)}${PUNCT[lang].colon}${formatChartAmount(p.value, lang, p.qualifier)}${p.doubtful ? '?' : ''}`).join(PUNCT[lang].list);
}

/** The key under the plot: what each marker and line is, with its values. */
function ProgressLegend({ data, color, lang, t }: Common & { color: string }) {
  const { baseline, target, required } = data;
  const { colon } = PUNCT[lang];
  return (
    <ul className="progress-chart__legend" aria-label={t('progress.legend.title')}>
      {baseline && (
        <li>
          <Swatch shape={S.baselineShape} color={color} />
          <span>{t('progress.legend.baseline', { year: formatYear(baseline.year, lang) })}{colon}<b>{amountText(baseline, lang)}</b></span>
        </li>
      )}
      {target && (
        <li>
          <Swatch shape={S.targetShape} color={color} />
          <span>{t('progress.legend.target', { year: formatYear(target.year, lang) })}{colon}<b>{amountText(target, lang)}</b></span>
        </li>
      )}
      {required && (
        <li>
          <Swatch color={color} dashed />
          <span>{t('progress.legend.path', { rate: formatPercent(required.percent, lang, required.qualifier) })}</span>
        </li>
      )}
      {data.series.map((s, i) => (
        <li key={s.key}>
          <Swatch shape={seriesStyle(i).shape} color={seriesStyle(i).color} hollow={s.points.every((p) => p.estimated)} />
          <span>
            {seriesName(s, data, lang, t)}
            {!s.comparable && paren(t('progress.legend.otherScope'), lang)}
            {colon}
            <b>{seriesValues(s, lang)}</b>
          </span>
        </li>
      ))}
      {data.hasEstimated && (
        <li>
          <Swatch shape="circle" color={CHART_COLORS.text} hollow />
          <span>{t('progress.legend.hollow')}</span>
        </li>
      )}
    </ul>
  );
}

/** The chart's sources, cited as everywhere else in the panel, each with what it is used for. */
function ChartSources({ data, sources, lang, t, subject }: Common & { sources: Source[]; subject: string }) {
  const usedFor = new Map<string, string[]>();
  const use = (id: string, what: string) => usedFor.set(id, [...(usedFor.get(id) ?? []), what]);
  if (data.baseline) use(data.baseline.sourceId, t('progress.legend.baseline', { year: formatYear(data.baseline.year, lang) }));
  if (data.target) use(data.target.sourceId, t('progress.legend.target', { year: formatYear(data.target.year, lang) }));
  for (const p of data.series.flatMap((s) => s.points)) use(p.sourceId, formatYear(p.year, lang, p.period));
  const byId = new Map(sources.map((s) => [s.id, s]));
  if (data.sourceIds.length === 0) return null;
  const label = t('progress.sources.toggle', { count: data.sourceIds.length });
  return (
    <Disclosure className="source-list progress-chart__sources" label={label} ariaLabel={`${label}${PUNCT[lang].colon}${subject}`}>
      <ul className="source-list__items" aria-label={t('progress.sources.title')}>
        {data.sourceIds.map((id) => (
          <li key={id}>
            <SourceCitation source={byId.get(id)} lang={lang} fallbackId={id} />
            <span className="progress-chart__used-for">
              {` — ${t('progress.sources.usedFor', { years: (usedFor.get(id) ?? []).join(lang === 'en' ? ', ' : '、') })}`}
            </span>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
