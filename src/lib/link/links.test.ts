import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/real-dataset';
import { realTour } from '../../test/real-tour';
import type { Tour } from '../tour-schema';
import { CANONICAL_ORDER, MAX_LINK_LENGTH, mendLink, mendWithData } from './format';
import { embedLink, fullViewLink, linkTo, searchOf, speakerLink, stateOf, tourStepLink, viewLink, type LinkState, type LinkValues } from './links';
import { VIEWS } from './params';
import { decodeTour, encodeTour } from './tour-codec';

const data = realDataset();
const tour: Tour = { ...realTour(), id: 'mine', title: { en: 'My tour', zh: '' } };
const BASE = 'http://127.0.0.1:4182/';
const DEFAULTS = stateOf('');

/**
 * Every state a user can reach, as parsed values: each zone with each of its cluster tabs and an
 * enterprise, each cluster alone, each tab with nothing selected, the directory with every filter,
 * the legend, the chart, the camera, a tour (built-in and own, in kiosk mode), the speaker view and
 * the embed, in both languages.
 */
function states(): LinkState[] {
  const out: LinkState[] = [{}];
  const firstOrigin = data.enterprises.find((e) => e.origin)!.origin!;
  for (const lang of ['en', 'zh'] as const) {
    for (const zone of data.zones)
      for (const cluster of zone.clusterIds) {
        out.push({ lang, zone: zone.id, cluster });
        const ent = data.enterprises.find((e) => e.zoneId === zone.id && e.clusterId === cluster);
        if (ent) out.push({ lang, zone: zone.id, cluster, ent: ent.id });
      }
    for (const c of data.clusters) out.push({ lang, cluster: c.id }, { lang, cluster: c.id, chart: true });
    for (const view of VIEWS) out.push({ lang, view });
    out.push(
      { lang, view: 'directory', dq: 'intel & co / 大连 100%', dcluster: data.clusters[0]!.id, dzone: data.zones[0]!.id, dorigin: firstOrigin[lang] },
      { lang, hide: data.clusters.slice(0, 3).map((c) => c.id).sort() },
      { lang, at: { lon: 121.6, lat: 38.91, zoom: 9.5 } },
      { lang, zone: data.zones[1]!.id, cluster: data.zones[1]!.clusterIds[0]!, view: 'zones', hide: [data.clusters[0]!.id], chart: true, at: { lon: 121.9, lat: 39, zoom: 10.5 } },
      { lang, tour: 3 },
      { lang, tour: 2, kiosk: true },
      { lang, tour: 1, tourdata: encodeTour(tour), kiosk: true },
      { lang, zone: data.zones[0]!.id, cluster: data.zones[0]!.clusterIds[0]!, chart: true, tour: 4 },
      { lang, tour: 5, speaker: true },
      { lang, zone: data.zones[3]!.id, ...(data.zones[3]!.clusterIds[0] ? { cluster: data.zones[3]!.clusterIds[0] } : {}), reach: true },
      { lang, tour: 1, tourdata: encodeTour(tour), speaker: true },
      { lang, zone: data.zones[2]!.id, cluster: data.zones[2]!.clusterIds[0]!, embed: true },
      { lang, view: 'directory', dq: 'steel', embed: true, at: { lon: 121.5, lat: 39.2, zoom: 8 } },
    );
  }
  return out;
}

/** A link as the atlas reads it when opened: mended with and without the data. */
function opened(link: string) {
  const { search, problems } = mendLink(new URL(link).search);
  const withData = mendWithData(search, data);
  return { search: withData.search, problems: [...problems, ...withData.problems] };
}

describe('every state round-trips through its link', () => {
  const all = states();
  it('the states cover every parameter of the format', () => {
    const used = new Set(all.flatMap((s) => Object.keys(s)));
    expect([...used].sort()).toEqual([...CANONICAL_ORDER].sort());
  });
  for (const state of all) {
    const search = searchOf(state);
    it(`${search || '(the default view)'}`, () => {
      // Read back: the same state, every other parameter at its default.
      expect(stateOf(search)).toEqual({ ...DEFAULTS, ...state });
      // Opened cold: nothing to mend, nothing rewritten, with or without the data.
      const link = linkTo(BASE, state);
      expect(opened(link)).toEqual({ search, problems: [] });
      expect(link.length).toBeLessThan(MAX_LINK_LENGTH);
    });
  }
  it('leaves defaults out and writes one order whatever the order of the state', () => {
    expect(searchOf({ lang: 'en', view: 'overview', hide: [], dq: '' })).toBe('');
    expect(searchOf({ at: { lon: 121.6, lat: 38.91, zoom: 9.5 }, cluster: 'software', lang: 'zh', zone: 'high-tech-zone' })).toBe(
      '?lang=zh&zone=high-tech-zone&cluster=software&at=121.6000%2C38.9100%2C9.50',
    );
    expect(searchOf({ hide: ['software', 'electronics', 'software'] })).toBe('?hide=electronics%2Csoftware');
  });
});

describe('every kind of link', () => {
  const views = states().filter((s) => !s.embed && !s.speaker);

  it('view: the link of what a page shows is that page’s canonical link, hash kept', () => {
    for (const s of views) expect(viewLink(linkTo(BASE, s))).toBe(linkTo(BASE, s));
    expect(viewLink(`${BASE}?at=121.6000,38.9100,9.50&lang=zh&zone=dagushan&cluster=petrochemicals#x`)).toBe(
      `${BASE}?lang=zh&zone=dagushan&cluster=petrochemicals&at=121.6000%2C38.9100%2C9.50#x`,
    );
  });

  it('embed: the same view with embed=1 once, which reopens it embedded; its full view is the view again', () => {
    for (const s of views) {
      const view = linkTo(BASE, s);
      const embed = embedLink(view);
      expect(stateOf(new URL(embed).search)).toEqual({ ...DEFAULTS, ...s, embed: true });
      expect(opened(embed)).toEqual({ search: new URL(embed).search, problems: [] });
      expect(embedLink(embed)).toBe(embed);
      expect(fullViewLink(embed)).toBe(view);
    }
    expect(embedLink('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/?embed=1');
    expect(embedLink('http://127.0.0.1:4173/?embed=1&lang=zh')).toBe('http://127.0.0.1:4173/?lang=zh&embed=1');
    expect(fullViewLink('https://atlas.example/app/?zone=dagushan&embed=1&lang=zh#k')).toBe('https://atlas.example/app/?lang=zh&zone=dagushan#k');
    expect(fullViewLink('https://atlas.example/?embed=1')).toBe('https://atlas.example/');
  });

  it('tour step: the built-in tour by its step alone, an own tour carried whole, in the language; the rest of the page left behind', () => {
    const here = `${BASE}?zone=dagushan&cluster=petrochemicals&dq=x#h`;
    expect(tourStepLink(here, { tour: null, step: 2, lang: 'en' })).toEqual({ ok: true, url: `${BASE}?tour=2` });
    for (const lang of ['en', 'zh'] as const)
      for (const step of [1, 3, tour.steps.length]) {
        const r = tourStepLink(here, { tour, step, lang });
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        const read: LinkValues = stateOf(new URL(r.url).search);
        expect(read).toEqual({ ...DEFAULTS, lang, tour: step, tourdata: encodeTour(tour) });
        expect(decodeTour(read.tourdata!)).toEqual({ ok: true, tour });
        expect(opened(r.url)).toEqual({ search: new URL(r.url).search, problems: [] });
      }
  });

  it('tour step: a tour too long for a link is said to be, with the length', () => {
    // Text that does not compress: many steps of varied notes.
    const noisy = (i: number) => Array.from({ length: 400 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join('');
    const long: Tour = { ...tour, steps: Array.from({ length: 20 }, (_, i) => ({ ...tour.steps[0]!, notes: { en: '', zh: noisy(i) } })) };
    const r = tourStepLink(BASE, { tour: long, step: 1, lang: 'en' });
    expect(r).toMatchObject({ ok: false, reason: 'too-long' });
    if (!r.ok) expect(r.length).toBeGreaterThanOrEqual(MAX_LINK_LENGTH);
  });

  it('speaker: the tour at its step in the speaker view, in the language', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const tourdata of [null, encodeTour(tour)]) {
        const link = speakerLink(`${BASE}?tour=3&zone=dagushan&cluster=petrochemicals`, { step: 3, tourdata, lang });
        expect(stateOf(new URL(link).search)).toEqual({ ...DEFAULTS, lang, tour: 3, tourdata, speaker: true });
        expect(opened(link)).toEqual({ search: new URL(link).search, problems: [] });
      }
    expect(speakerLink(BASE, { step: 2, tourdata: null, lang: 'zh' })).toBe(`${BASE}?lang=zh&tour=2&speaker=1`);
  });

  it('links of earlier versions and damaged links reopen as the canonical link of the same view', () => {
    expect(opened(`${BASE}?q=intel&view=directory`).search).toBe(searchOf({ view: 'directory', dq: 'intel' }));
    expect(opened(`${BASE}?zone=dagushan`).search).toBe(searchOf({ zone: 'dagushan', cluster: 'petrochemicals' }));
  });
});
