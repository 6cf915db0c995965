import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { BUILT_IN_TOUR } from '../config/built-in-tour';
import { decodeTour, encodeTour, MAX_LINK_LENGTH, tourLink } from './tour-link';
import { parseTour, type Tour } from './tour-schema';

const parsed = parseTour(BUILT_IN_TOUR);
if (!parsed.ok) throw new Error(parsed.error);
const tour: Tour = { ...parsed.tour, id: 'mine', title: { en: 'My tour', zh: '' } };
const BASE = 'http://127.0.0.1:4182/';

describe('a tour in a link', () => {
  it('round-trips: the decoded tour is the encoded one', () => {
    expect(decodeTour(encodeTour(tour))).toEqual({ ok: true, tour });
  });

  it('makes a link under 8,000 characters that carries the tour and the step', () => {
    const r = tourLink(BASE, { tour, step: 3, lang: 'zh' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.url.length).toBeLessThan(MAX_LINK_LENGTH);
    const params = new URL(r.url).searchParams;
    expect([params.get('tour'), params.get('lang')]).toEqual(['3', 'zh']);
    expect(decodeTour(params.get('tourdata')!)).toEqual({ ok: true, tour });
  });

  it('says when a tour is too long for a link', () => {
    // Text that does not compress: many steps of varied notes.
    const noisy = (i: number) => Array.from({ length: 400 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join('');
    const long: Tour = { ...tour, steps: Array.from({ length: 20 }, (_, i) => ({ ...tour.steps[0]!, notes: { en: '', zh: noisy(i) } })) };
    const r = tourLink(BASE, { tour: long, step: 1, lang: 'en' });
    expect(r).toMatchObject({ ok: false, reason: 'too-long' });
    if (!r.ok) expect(r.length).toBeGreaterThanOrEqual(MAX_LINK_LENGTH);
  });

  it('refuses a corrupt or invalid tour with a reason, never throws', () => {
    expect(decodeTour('%%%not-lz')).toMatchObject({ ok: false, error: 'corrupt' });
    expect(decodeTour(encodeTour(tour).slice(0, 40))).toMatchObject({ ok: false });
    expect(decodeTour(compressToEncodedURIComponent('{"version":1')).ok).toBe(false);
    expect(decodeTour(compressToEncodedURIComponent(JSON.stringify({ version: 1, title: { en: 'x' }, steps: [] })))).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('links the built-in tour by its step alone', () => {
    expect(tourLink(BASE, { tour: null, step: 2, lang: 'en' })).toEqual({ ok: true, url: `${BASE}?tour=2` });
  });
});
