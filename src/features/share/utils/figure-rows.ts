import type { Cluster, ClusterId, Dataset, Figure, FigureKind, Source, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';

/**
 * The columns of a figures CSV, in order: the eleven asked for, then what a reader needs to check a
 * figure (the source's publisher and date, who transcribed the quote), then what it needs to be read right.
 */
export const CSV_COLUMNS = [
  'cluster',
  'zone',
  'measure',
  'value',
  'unit',
  'year',
  'kind',
  'scope',
  'sourceTitle',
  'sourceLink',
  'quote',
  'sourcePublisher',
  'sourceDate',
  'quoteVia',
  'qualifier',
  'valueMax',
  'period',
  'scopeNote',
  'note',
  'translated',
  'figureId',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

type Unit = Figure['unit'];
type Qualifier = NonNullable<Figure['qualifier']>;

/** The words a CSV is written with, in one language (from the share feature's locale). */
export type CsvLabels = {
  columns: Record<CsvColumn, string>;
  kind: Record<FigureKind, string>;
  scope: Record<Figure['scope'], string>;
  unit: Record<Unit, string>;
  qualifier: Record<Qualifier, string>;
  /** Said in the link column of a source with no url. */
  noLink: string;
  /** Said in the date column of a source with no date. */
  undated: string;
  /** Said in the quote-via column of a quote transcribed by the research notes. */
  quoteVia: string;
  /** "doubtful" flag put in front of a doubtful figure's note. */
  doubtful: string;
  /** Separator between the names of translated fields. */
  listSeparator: string;
};

export type Selection = { zoneId: ZoneId | null; clusterId: ClusterId | null };
export type CsvCell = string | number;
type Data = Pick<Dataset, 'figures' | 'sources' | 'clusters' | 'zones'>;

/**
 * The figures of a view: a zone's are those of the zone and those of its clusters as a whole (its tabs
 * show them); a cluster's are all of the cluster's; with nothing selected, every figure of the dataset.
 */
export function figuresFor(data: Data, selection: Selection): Figure[] {
  if (selection.zoneId) {
    const zone = data.zones.find((z) => z.id === selection.zoneId);
    if (!zone) return [];
    return data.figures.filter(
      (f) => f.zoneId === zone.id || (f.zoneId === null && f.clusterId !== null && zone.clusterIds.includes(f.clusterId)),
    );
  }
  if (selection.clusterId) return data.figures.filter((f) => f.clusterId === selection.clusterId);
  return [...data.figures];
}

const translated = (text: { enIsTranslation?: boolean; zhIsTranslation?: boolean }, lang: Lang) =>
  (lang === 'en' ? text.enIsTranslation : text.zhIsTranslation) === true;

/** The header row, then one row per figure, in the columns of CSV_COLUMNS, in the given language. */
export function figureRows(data: Data, figures: readonly Figure[], lang: Lang, labels: CsvLabels): CsvCell[][] {
  const sources = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
  const clusters = new Map<ClusterId, Cluster>(data.clusters.map((c) => [c.id, c]));
  const zones = new Map<ZoneId, ZoneSummary>(data.zones.map((z) => [z.id, z]));
  const header = CSV_COLUMNS.map((c) => labels.columns[c]);
  const rows = figures.map((f) => {
    const source = sources.get(f.sourceId);
    const cluster = f.clusterId ? clusters.get(f.clusterId) : undefined;
    const zone = f.zoneId ? zones.get(f.zoneId) : undefined;
    const translatedFields: CsvColumn[] = [];
    if (cluster && translated(cluster.name, lang)) translatedFields.push('cluster');
    if (zone && translated(zone.name, lang)) translatedFields.push('zone');
    if (translated(f.metric, lang)) translatedFields.push('measure');
    if (translated(f.scopeNote, lang)) translatedFields.push('scopeNote');
    if (f.note && translated(f.note, lang)) translatedFields.push('note');
    // A note is bilingual, like every text of a figure: its words in the file's language.
    const note = [f.doubtful ? labels.doubtful : '', f.note?.[lang] ?? ''].filter(Boolean).join(': ');
    const cells: Record<CsvColumn, CsvCell> = {
      cluster: cluster?.name[lang] ?? '',
      zone: zone?.name[lang] ?? '',
      measure: f.metric[lang],
      value: f.value,
      unit: labels.unit[f.unit],
      year: f.year,
      kind: labels.kind[f.kind],
      scope: labels.scope[f.scope],
      sourceTitle: source?.title ?? f.sourceId,
      sourceLink: source?.url ?? labels.noLink,
      quote: f.quote,
      sourcePublisher: source?.publisher ?? '',
      sourceDate: source?.date ?? labels.undated,
      quoteVia: f.quoteViaId ? labels.quoteVia : '',
      qualifier: f.qualifier ? labels.qualifier[f.qualifier] : '',
      valueMax: f.valueMax ?? '',
      period: f.period ?? '',
      scopeNote: f.scopeNote[lang],
      note,
      translated: translatedFields.map((c) => labels.columns[c]).join(labels.listSeparator),
      figureId: f.id,
    };
    return CSV_COLUMNS.map((c) => cells[c]);
  });
  return [header, ...rows];
}

/** The byte-order mark that makes Excel read a CSV as UTF-8 (and so show Chinese correctly). */
export const BOM = '\uFEFF';

/**
 * The CSV text of rows, with the BOM, written by papaparse (loaded only when a file is asked for):
 * fields with commas, quotes or line breaks are quoted, and a text cell that starts like a formula
 * (=, +, -, @) is escaped so a spreadsheet never runs it.
 */
export async function toCsv(rows: CsvCell[][]): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  return BOM + unparse(rows, { newline: '\r\n', escapeFormulae: true });
}

/** A file name for a view's figures: "dalian-atlas-dagushan-figures-zh.csv". */
export function figuresFileName(selection: Selection, lang: Lang): string {
  const what = selection.zoneId ?? selection.clusterId ?? 'all';
  return `dalian-atlas-${what}-figures-${lang}.csv`;
}
