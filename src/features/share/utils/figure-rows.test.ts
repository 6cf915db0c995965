import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import Papa from 'papaparse';
import { realDataset } from '../../../test/real-dataset';
import type { Figure } from '../../../lib/data/schemas';
import componentsEn from '../../../components/locales/en.json';
import componentsZh from '../../../components/locales/zh.json';
import shareEn from '../locales/menu/en.json';
import shareZh from '../locales/menu/zh.json';
import { csvLabels } from './csv-labels';
import { BOM, figureRows, figuresFileName, figuresFor, toCsv } from './figure-rows';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  resources: { en: { translation: { ...componentsEn, ...shareEn } }, zh: { translation: { ...componentsZh, ...shareZh } } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
const labels = (lang: 'en' | 'zh') => csvLabels(i18n.getFixedT(lang));
const data = realDataset();
const dagushan = { zoneId: 'dagushan', clusterId: null } as const;

async function csvOf(figures: Figure[], lang: 'en' | 'zh') {
  const text = await toCsv(figureRows(data, figures, lang, labels(lang)));
  const parsed = Papa.parse<string[]>(text.slice(BOM.length), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data };
}

describe('figure CSV', () => {
  it('starts with the UTF-8 byte-order mark, so Excel reads Chinese as Chinese', async () => {
    const { text } = await csvOf(figuresFor(data, dagushan), 'zh');
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.indexOf(BOM)).toBe(0);
  });

  it('has the header asked for, in the reader’s language', async () => {
    const en = (await csvOf(figuresFor(data, dagushan), 'en')).rows[0];
    expect(en?.slice(0, 11)).toEqual([
      'cluster', 'zone', 'measure', 'value', 'unit', 'year', 'kind', 'scope', 'source title', 'source link or document', 'quote',
    ]);
    const zh = (await csvOf(figuresFor(data, dagushan), 'zh')).rows[0];
    expect(zh?.slice(0, 4)).toEqual(['产业集群', '园区', '指标', '数值']);
  });

  it('gives Dagushan’s 2008 output of 44.3 billion with its source title, link and exact words', async () => {
    const { rows } = await csvOf(figuresFor(data, dagushan), 'en');
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('value')] === '44.3');
    expect(row).toBeDefined();
    const cell = (name: string) => row![header.indexOf(name)];
    expect(cell('cluster')).toBe('Dagu Mountain Petrochemical Industrial Cluster');
    expect(cell('zone')).toBe('Dagushan Petrochemical Industrial Park');
    expect(cell('measure')).toBe('Output value');
    expect(cell('unit')).toBe('billion CNY');
    expect(cell('year')).toBe('2008');
    expect(cell('kind')).toBe('reported');
    expect(cell('source title')).toBe(data.sources.find((s) => s.id === 'doc-002-clusters')!.title);
    expect(cell('source link or document')).toMatch(/^https?:\/\//);
    expect(cell('quote')).toBe('achieved an output value of 44.3 billion RMB');
  });

  it('lets a reader check every figure: the public source with its publisher and date, a link or "No link recorded", and who transcribed the quote', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { rows } = await csvOf(data.figures, lang);
      const header = rows[0]!;
      const l = labels(lang);
      const col = (c: keyof typeof l.columns) => {
        const i = header.indexOf(l.columns[c]);
        expect(i, `${lang} ${c}`).toBeGreaterThanOrEqual(0);
        return i;
      };
      expect(lang === 'en' ? [l.columns.sourcePublisher, l.columns.sourceDate, l.columns.quoteVia] : [l.columns.sourcePublisher, l.columns.sourceDate, l.columns.quoteVia]).toEqual(
        lang === 'en' ? ['source publisher', 'source date', 'quote transcribed by'] : ['来源发布方', '来源日期', '原文转录自'],
      );
      const research = data.sources.filter((s) => s.kind === 'research').map((s) => s.title);
      rows.slice(1).forEach((row, i) => {
        const f = data.figures[i]!;
        const source = data.sources.find((s) => s.id === f.sourceId)!;
        expect(research, f.id).not.toContain(row[col('sourceTitle')]);
        expect(row[col('sourcePublisher')]).toBe(source.publisher ?? '');
        expect(row[col('sourceDate')]).toBe(source.date ?? l.undated);
        expect(row[col('sourceLink')]).toBe(source.url ?? l.noLink);
        expect(row[col('quote')]).toBe(f.quote);
        expect(row[col('quoteVia')]).toBe(f.quoteViaId ? l.quoteVia : '');
      });
      expect(rows.some((r) => r[col('sourceLink')] === (lang === 'en' ? 'No link recorded' : '未记录链接'))).toBe(true);
      expect(rows.filter((r) => r[col('quoteVia')] !== '').length).toBeGreaterThan(50);
    }
  });

  it('writes Chinese names in the Chinese file and says which of them the atlas translated', async () => {
    const { rows } = await csvOf(figuresFor(data, dagushan), 'zh');
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('数值')] === '44.3')!;
    expect(row[header.indexOf('园区')]).toBe('大孤山石化产业园区');
    expect(row[header.indexOf('指标')]).toBe('产值');
    expect(row[header.indexOf('本图集译文')]).toContain('指标');
  });

  it('quotes commas, double quotes and line breaks so a CSV parser reads them back unchanged', async () => {
    const base = data.figures.find((f) => f.value === 44.3)!;
    const awkward = { ...base, quote: 'He said "more, much more"\nthen left', metric: { en: 'Output, gross', zh: '产值，总额' } };
    const { text, rows } = await csvOf([awkward], 'en');
    expect(text).toContain('"He said ""more, much more""\nthen left"');
    expect(text).toContain('"Output, gross"');
    expect(rows[1]![rows[0]!.indexOf('quote')]).toBe(awkward.quote);
  });

  it('keeps a spreadsheet from running a cell that starts like a formula', async () => {
    const base = data.figures.find((f) => f.value === 44.3)!;
    const { rows } = await csvOf([{ ...base, quote: '=HYPERLINK("x")' }], 'en');
    expect(rows[1]![rows[0]!.indexOf('quote')]).toBe('\'=HYPERLINK("x")');
  });

  it('keeps what changes a figure’s meaning: qualifier, range and doubt', () => {
    const [header, ...rows] = figureRows(data, data.figures, 'en', labels('en'));
    const col = (name: string) => header!.indexOf(name);
    const qualified = data.figures.findIndex((f) => f.qualifier === 'more-than');
    expect(rows[qualified]![col('qualifier')]).toBe('more than');
    const doubtful = data.figures.findIndex((f) => f.doubtful);
    expect(String(rows[doubtful]![col('note')])).toMatch(/^doubtful/);
  });

  it('writes a figure’s note as the words of the file’s language, never an object', () => {
    const views = [
      { zoneId: null, clusterId: null },
      ...data.zones.map((z) => ({ zoneId: z.id, clusterId: null })),
      ...data.clusters.map((c) => ({ zoneId: null, clusterId: c.id })),
    ];
    for (const lang of ['en', 'zh'] as const) {
      for (const view of views) {
        const [header, ...rows] = figureRows(data, figuresFor(data, view), lang, labels(lang));
        for (const row of [header!, ...rows])
          for (const cell of row) {
            expect(['string', 'number']).toContain(typeof cell);
            expect(String(cell)).not.toContain('[object');
          }
      }
      const noted = data.figures.filter((f) => f.note && !f.doubtful);
      expect(noted.length).toBeGreaterThan(0);
      const [header, ...rows] = figureRows(data, noted, lang, labels(lang));
      const col = header!.indexOf(labels(lang).columns.note);
      rows.forEach((row, i) => expect(row[col]).toBe(noted[i]!.note![lang]));
    }
  });
});

describe('figures of a view', () => {
  it('takes a zone’s own figures and its clusters’ city-wide ones, never another zone’s', () => {
    const figures = figuresFor(data, dagushan);
    expect(figures.some((f) => f.value === 44.3)).toBe(true);
    expect(figures.every((f) => f.zoneId === 'dagushan' || (f.zoneId === null && f.clusterId === 'petrochemicals'))).toBe(true);
  });

  it('takes every figure of a cluster, and the whole dataset with nothing selected', () => {
    const software = figuresFor(data, { zoneId: null, clusterId: 'software' });
    expect(software.length).toBeGreaterThan(0);
    expect(software.every((f) => f.clusterId === 'software')).toBe(true);
    expect(figuresFor(data, { zoneId: null, clusterId: null })).toHaveLength(data.figures.length);
  });

  it('names the file after the view and the language', () => {
    expect(figuresFileName(dagushan, 'zh')).toBe('dalian-atlas-dagushan-figures-zh.csv');
    expect(figuresFileName({ zoneId: null, clusterId: null }, 'en')).toBe('dalian-atlas-all-figures-en.csv');
  });
});
