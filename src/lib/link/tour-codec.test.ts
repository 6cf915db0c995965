import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { realTour } from '../../test/real-tour';
import type { Tour } from '../tour-schema';
import { decodeTour, encodeTour } from './tour-codec';

const tour: Tour = { ...realTour(), id: 'mine', title: { en: 'My tour', zh: '' } };

describe('a tour in a link', () => {
  it('round-trips: the decoded tour is the encoded one', () => {
    expect(decodeTour(encodeTour(tour))).toEqual({ ok: true, tour });
  });

  it('refuses a corrupt or invalid tour with a reason, never throws', () => {
    expect(decodeTour('%%%not-lz')).toMatchObject({ ok: false, error: 'corrupt' });
    expect(decodeTour(encodeTour(tour).slice(0, 40))).toMatchObject({ ok: false });
    expect(decodeTour(compressToEncodedURIComponent('{"version":1')).ok).toBe(false);
    expect(decodeTour(compressToEncodedURIComponent(JSON.stringify({ version: 1, title: { en: 'x' }, steps: [] })))).toMatchObject({ ok: false, error: 'invalid' });
  });
});
