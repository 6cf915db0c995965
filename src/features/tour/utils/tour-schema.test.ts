import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../test/real-dataset';
import { BUILT_IN_TOUR } from '../config/built-in-tour';
import { parseTour, textIn } from './tour-schema';

const minimal = { version: 1, title: { en: 'Mine' }, steps: [{ caption: { zh: '第一步' } }] };

describe('tour schema', () => {
  it('accepts the built-in tour, and fills in the defaults of a minimal one', () => {
    expect(parseTour(BUILT_IN_TOUR).ok).toBe(true);
    const r = parseTour(minimal);
    expect(r.ok && r.tour.steps[0]).toMatchObject({ zone: null, cluster: null, view: 'overview', hide: [], camera: null, chart: false, durationS: 30 });
  });

  it.each([
    ['another version', { ...minimal, version: 2 }, 'version'],
    ['no steps', { ...minimal, steps: [] }, 'steps'],
    ['a step without a caption', { ...minimal, steps: [{ caption: { en: '', zh: '' } }] }, 'caption'],
    ['a camera off the map of Dalian', { ...minimal, steps: [{ caption: { en: 'x' }, camera: { lon: 0, lat: 0, zoom: 9 } }] }, 'camera'],
    ['a view that does not exist', { ...minimal, steps: [{ caption: { en: 'x' }, view: 'slides' }] }, 'view'],
    ['a zone id that is not an id', { ...minimal, steps: [{ caption: { en: 'x' }, zone: '<b>' }] }, 'zone'],
    ['not an object', 'hello', ''],
  ])('rejects %s, saying where', (_name, input, where) => {
    const r = parseTour(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(where);
  });

  it('shows the other language when one is empty', () => {
    expect(textIn({ en: '', zh: '第一步' }, 'en')).toBe('第一步');
    expect(textIn({ en: 'One', zh: '' }, 'zh')).toBe('One');
  });
});

describe('the built-in tour', () => {
  const data = realDataset();
  const tour = parseTour(BUILT_IN_TOUR);
  if (!tour.ok) throw new Error(tour.error);
  const steps = tour.tour.steps;

  it('opens on the city overview, visits each of the five clusters in its zone, and closes with every zone', () => {
    expect(steps[0]).toMatchObject({ zone: null, cluster: null, view: 'overview' });
    const visited = steps.slice(1, -1).map((s) => s.cluster);
    expect(new Set(visited)).toEqual(new Set(data.clusters.map((c) => c.id)));
    for (const s of steps.slice(1, -1)) expect(data.zones.find((z) => z.id === s.zone)?.clusterIds).toContain(s.cluster);
    expect(steps.at(-1)).toMatchObject({ zone: null, cluster: null });
  });

  it('has every caption and note in both languages', () => {
    for (const s of steps) for (const t of [s.caption, s.notes]) expect(t.en && t.zh, JSON.stringify(t)).toBeTruthy();
  });

  // Nothing invented: every number said is a figure of the dataset (or a year, or a name such as Fab 68).
  const values = new Set(data.figures.flatMap((f) => [f.value, f.valueMax ?? f.value]));
  const allowed = (n: number) => values.has(n) || (n >= 2000 && n <= 2025) || n === 68;
  it('says no number in English that the dataset does not hold', () => {
    for (const s of steps)
      for (const m of `${s.caption.en} ${s.notes.en}`.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
        const n = Number(m[0].replace(/,/g, ''));
        expect(allowed(n), `${m[0]} in “${s.caption.en}”`).toBe(true);
      }
  });
  it('says no number in Chinese that the dataset does not hold (亿 and 万 read as units)', () => {
    for (const s of steps)
      for (const m of `${s.caption.zh} ${s.notes.zh}`.matchAll(/(\d+(?:\.\d+)?)(亿|万|月|日)?/g)) {
        const raw = Number(m[1]);
        // X亿 is X/10 billion or X×100 million; X万 is X×10,000, or X/100 million.
        const round = (x: number) => Math.round(x * 1000) / 1000;
        if (m[2] === '月' || m[2] === '日') continue; // a date
        const ok = m[2] === '亿' ? allowed(round(raw / 10)) || allowed(round(raw * 100)) : m[2] === '万' ? allowed(raw * 10_000) || allowed(raw / 100) : allowed(raw);
        expect(ok, `${m[0]} in “${s.caption.zh}”`).toBe(true);
      }
  });
});
