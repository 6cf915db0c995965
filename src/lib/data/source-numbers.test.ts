/// <reference types="node" />
/**
 * Every number printed in the two source documents is in the dataset.
 *
 * Each occurrence of a number (digits with optional thousands commas and decimals: "44.3", "1,977",
 * "50-100", "$104", "40%", years) must be carried by a figure of that document whose quote covers
 * that very occurrence and which accounts for the number: as its value or upper value (compared at
 * scale, so "650 million" is not "650 billion"), as its year, or by naming it in its metric, scope,
 * period or note (e.g. "7.8 times the number in 2006"). A year may also be accounted for by any figure
 * of the document with that year. Three kinds of text are checked against other records instead:
 * the headline (the source's title; its numbers must be figure values), the dateline (the source's
 * date) and the numbered cluster headings of 002 (the cluster in that position must have that name).
 * "12th Five-Year Plan" is accounted for by a covering figure due in the plan's last year, 2015.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Cluster, Figure, Source } from './schemas.ts';

// (jsdom replaces the global URL, so resolve paths with node:path rather than new URL().)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const readJson = <T,>(name: string): T => JSON.parse(readFileSync(resolve(ROOT, 'public/data', name), 'utf8')) as T;

const DOCUMENTS = [
  { sourceId: 'doc-002-clusters', file: '002_c5410fde3e8b01ed.txt' },
  { sourceId: 'doc-000-hightech-2012', file: '000_a7a296919ef405b9.txt' },
] as const;
const readDocument = (file: string) => readFileSync(resolve(ROOT, 'data/sources', file), 'utf8');

const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(million|billion|bn|b|k)\b)?/gi;
const SCALE: Record<string, number> = { k: 1e3, million: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };
const UNIT_SCALE: Partial<Record<Figure['unit'], number>> = { 'CNY-billion': 1e9, 'CNY-million': 1e6, 'USD-billion': 1e9, 'USD-million': 1e6 };

interface NumberAt {
  raw: string;
  value: number;
  /** The value with its multiplier word applied, when it has one ("650 million" -> 6.5e8). */
  scaled: number | null;
  /** For "12th Five-Year Plan": the plan's last year (2015), by which its targets are due. */
  planEndYear: number | null;
  start: number;
  end: number;
}

function numbersIn(text: string): NumberAt[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const digits = m[1] ?? '';
    const value = Number(digits.replace(/,/g, ''));
    const word = m[2]?.toLowerCase();
    const start = m.index ?? 0;
    const end = start + digits.length;
    // The 6th plan ran 1981-1985, the 11th 2006-2010, the 12th 2011-2015.
    const planEndYear = /^(?:st|nd|rd|th) Five-Year Plan/.test(text.slice(end)) ? 1955 + 5 * value : null;
    return { raw: m[0], value, scaled: word ? value * (SCALE[word] ?? 1) : null, planEndYear, start, end };
  });
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const isYear = (n: NumberAt) => Number.isInteger(n.value) && /^\d{4}$/.test(n.raw.trim().slice(0, 4)) && n.value >= 1980 && n.value <= 2030;

function occurrences(text: string, quote: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push([i, i + quote.length]);
  return found;
}

/** Whether n is figure f's value or upper value, at scale ("650 million" is 650 CNY-million, not 650 CNY-billion). */
function isValueOf(f: Figure, n: NumberAt): boolean {
  const values = [f.value, ...(f.valueMax === undefined ? [] : [f.valueMax])];
  const unitScale = UNIT_SCALE[f.unit] ?? 1;
  return values.some((x) => (n.scaled === null ? same(x, n.value) : same(x * unitScale, n.scaled)));
}

/**
 * Whether figure f accounts for the number n: its value, its year, or a number its metric, scope or
 * period names ("… as a multiple of those in 2006"). Notes do not count: they discuss other numbers.
 */
function accounts(f: Figure, n: NumberAt): boolean {
  if (isValueOf(f, n) || f.year === n.value || f.year === n.planEndYear) return true;
  const words = [f.metric.en, f.scopeNote.en, f.period ?? ''].join(' ');
  return numbersIn(words).some((w) => same(w.value, n.value));
}

interface Problem {
  document: string;
  number: string;
  context: string;
}

/** The numbers of one document that the dataset does not carry, with where they are. */
function unrepresented(doc: string, source: Source, figures: readonly Figure[], clusters: readonly Cluster[]): Problem[] {
  const problems: Problem[] = [];
  const handled: Array<[number, number]> = [];
  const fail = (n: NumberAt, why = '') =>
    problems.push({ document: source.id, number: n.raw.trim(), context: `${doc.slice(Math.max(0, n.start - 40), n.end + 40).replace(/\s+/g, ' ')}${why}` });
  const own = figures.filter((f) => f.sourceId === source.id);

  // The headline: the source's title; each of its numbers must be the value of one of its figures.
  for (const [start, end] of occurrences(doc, source.title)) {
    handled.push([start, end]);
    for (const n of numbersIn(source.title))
      if (!own.some((f) => isValueOf(f, n))) fail({ ...n, start: start + n.start, end: start + n.end }, ' [headline]');
  }
  // The dateline: it must be the source's date.
  for (const m of doc.matchAll(/Updated: (\d{4}-\d{2}-\d{2}) \d{2}:\d{2}/g)) {
    const start = m.index ?? 0;
    handled.push([start, start + m[0].length]);
    if (source.date !== m[1]) problems.push({ document: source.id, number: m[1] ?? '', context: `${m[0]} [dateline; source date is ${source.date}]` });
  }
  // Numbered cluster headings ("1. Dagu Mountain Petrochemical Industrial Clusters").
  for (const m of doc.matchAll(/^(\d)\. (.+?)\s*$/gm)) {
    const start = m.index ?? 0;
    handled.push([start, start + m[0].length]);
    const cluster = clusters[Number(m[1]) - 1];
    if (cluster?.sourceName !== m[2])
      problems.push({ document: source.id, number: m[1] ?? '', context: `${m[0]} [heading; cluster ${m[1]} is "${cluster?.sourceName}"]` });
  }

  const quoted = own.map((f) => ({ f, spans: occurrences(doc, f.quote) }));
  for (const n of numbersIn(doc)) {
    if (handled.some(([s, e]) => n.start >= s && n.end <= e)) continue;
    const covering = quoted.filter(({ spans }) => spans.some(([s, e]) => n.start >= s && n.end <= e)).map(({ f }) => f);
    if (covering.some((f) => accounts(f, n))) continue;
    if (isYear(n) && own.some((f) => f.year === n.value)) continue;
    fail(n, covering.length ? ` [quoted by ${covering.map((f) => f.id).join(', ')}, but none of them accounts for it]` : '');
  }
  return problems;
}

const sources = readJson<Source[]>('sources.json');
const figures = readJson<Figure[]>('figures.json');
const clusters = readJson<Cluster[]>('clusters.json');
const documents = DOCUMENTS.map(({ sourceId, file }) => {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`sources.json has no ${sourceId}`);
  return { source, text: readDocument(file) };
});

const allUnrepresented = (figs: readonly Figure[]) => documents.flatMap(({ source, text }) => unrepresented(text, source, figs, clusters));

describe('the numbers of the source documents', () => {
  it('finds the numbers of both documents', () => {
    const counts = documents.map(({ text }) => numbersIn(text).length);
    expect(counts.every((c) => c >= 15)).toBe(true);
  });

  it('quotes every figure of a document verbatim from it', () => {
    const notVerbatim = figures
      .filter((f) => documents.some(({ source }) => source.id === f.sourceId))
      .filter((f) => !documents.some(({ source, text }) => source.id === f.sourceId && text.includes(f.quote)))
      .map((f) => `${f.id}: "${f.quote}"`);
    expect(notVerbatim).toEqual([]);
  });

  it('are all represented in the dataset', () => {
    expect(allUnrepresented(figures)).toEqual([]);
  });

  // Strictness: each figure of the documents carries a number nothing else carries, so deleting any
  // one of them fails the check above. The exceptions print their number as a word ("Seven",
  // "doubling") or restate another figure's number (the correction).
  it('fails when any one figure of the documents is removed', () => {
    const notLoadBearing = figures
      .filter((f) => documents.some(({ source }) => source.id === f.sourceId))
      .filter((f) => allUnrepresented(figures.filter((g) => g !== f)).length === 0)
      .map((f) => f.id);
    expect(notLoadBearing).toEqual([
      'f000-hightech-output-2012-corrected',
      'f000-huayuankou-major-projects',
      'f000-granted-patents-multiple',
    ]);
  });
});
