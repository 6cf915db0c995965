import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/real-dataset';
import { realTour } from '../../test/real-tour';
import { urlParsers } from './params';
import { encodeTour } from './tour-codec';
import { MAP_EXTENT } from '../../config/map-extent';
import { CANONICAL_ORDER, MAX_LINK_LENGTH, MIGRATIONS, canonicalSearch, mendLink, mendWithData } from './format';

const data = realDataset();
const mend = (search: string) => mendLink(search);

describe('canonical links', () => {
  it('writes the parameters in one order whatever order they came in', () => {
    const a = canonicalSearch(new URLSearchParams('at=121.6000,38.9100,9.50&zone=dagushan&lang=zh&cluster=petrochemicals'));
    const b = canonicalSearch(new URLSearchParams('cluster=petrochemicals&lang=zh&at=121.6000,38.9100,9.50&zone=dagushan'));
    expect(a).toBe(b);
    expect(a).toBe('?lang=zh&zone=dagushan&cluster=petrochemicals&at=121.6000%2C38.9100%2C9.50');
  });

  it('writes a list in one order (alphabetical: ids are open), each member once', () => {
    expect(canonicalSearch(new URLSearchParams('hide=software,electronics,software'))).toBe('?hide=electronics%2Csoftware');
  });

  // Every state a user can reach, parsed and written back unchanged.
  for (const state of [
    'lang=zh',
    'zone=dagushan&cluster=petrochemicals',
    'zone=development-zone&cluster=electronics&ent=intel',
    'cluster=automotive',
    'view=zones',
    'view=directory&dq=intel&dcluster=electronics&dzone=development-zone&dorigin=United+States',
    'hide=petrochemicals%2Csoftware',
    'zone=high-tech-zone&cluster=software&chart=1',
    'tour=3',
    'tour=2&kiosk=1',
    'zone=huayuankou&cluster=new-materials&embed=1',
    'at=121.6000%2C38.9100%2C9.50',
    'lang=zh&zone=bonded-area&cluster=automotive&view=zones&hide=software&chart=1&tour=4&at=121.9000%2C39.0000%2C10.50',
  ]) {
    it(`round-trips ${state}`, () => {
      const { search, problems } = mend(`?${state}`);
      expect(problems).toEqual([]);
      expect(search).toBe(`?${state}`);
      expect(mendWithData(search, data)).toEqual({ search, problems: [] });
    });
  }
});

describe('links of earlier versions', () => {
  it('has a migration for every earlier version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
  });

  it('a version 1 link opens the same view: q is read as dq', () => {
    const { search, problems } = mend('?view=directory&q=intel&lang=zh');
    expect(search).toBe('?lang=zh&view=directory&dq=intel');
    expect(problems).toEqual([{ key: 'q', value: 'intel', fix: 'migrated', kept: 'dq' }]);
  });

  it('every parameter of version 1 is still understood', () => {
    const v1 = 'zone=development-zone&cluster=electronics&ent=intel&lang=zh&hide=software&view=directory&q=x&dcluster=electronics&dzone=development-zone&dorigin=United+States&at=121.6000,38.9100,9.50';
    const { search, problems } = mend(`?${v1}`);
    expect(problems.map((p) => p.fix)).toEqual(['migrated']);
    for (const key of ['zone', 'cluster', 'ent', 'lang', 'hide', 'view', 'dq', 'dcluster', 'dzone', 'dorigin', 'at'])
      expect(new URLSearchParams(search).has(key), key).toBe(true);
  });
});

describe('damaged links are mended, and say how', () => {
  it('duplicated parameters keep the first', () => {
    expect(mend('?zone=dagushan&zone=huayuankou')).toEqual({
      search: '?zone=dagushan',
      problems: [{ key: 'zone', value: 'huayuankou', fix: 'duplicate', kept: 'dagushan' }],
    });
    expect(mend('?lang=zh&lang=en').search).toBe('?lang=zh');
  });

  it('a parameter given three times is one problem naming both values left out', () => {
    expect(mend('?zone=dagushan&zone=huayuankou&zone=bonded-area&zone=huayuankou')).toEqual({
      search: '?zone=dagushan',
      problems: [{ key: 'zone', value: 'huayuankou, bonded-area', fix: 'duplicate', kept: 'dagushan' }],
    });
  });

  it('lists lose their malformed, unknown and repeated members, as one problem', () => {
    expect(mend('?hide=Foo!,software')).toEqual({ search: '?hide=software', problems: [{ key: 'hide', value: 'Foo!,software', fix: 'cleaned' }] });
    // A well-formed id that the data does not have: only the data can tell.
    expect(mendWithData('?hide=foo,software', data)).toEqual({ search: '?hide=software', problems: [{ key: 'hide', value: 'foo,software', fix: 'cleaned' }] });
    const many = mend(`?${Array.from({ length: 200 }, () => 'hide=software').join('&')}`);
    expect(many.search).toBe('?hide=software');
    expect(many.problems).toHaveLength(1);
  });

  it('unknown parameters and values are left out', () => {
    expect(mend('?zone=Atlantis!&foo=1&view=map').search).toBe('');
    expect(mend('?zone=Atlantis!').problems).toEqual([{ key: 'zone', value: 'Atlantis!', fix: 'removed' }]);
  });

  it('ids are open: a zone, cluster or directory filter the data lacks is left out, by the data', () => {
    expect(mend('?zone=atlantis').search).toBe('?zone=atlantis');
    expect(mendWithData('?zone=atlantis', data)).toEqual({ search: '', problems: [{ key: 'zone', value: 'atlantis', fix: 'removed' }] });
    expect(mendWithData('?cluster=shipbuilding', data).problems).toEqual([{ key: 'cluster', value: 'shipbuilding', fix: 'removed' }]);
    expect(mendWithData('?view=directory&dzone=atlantis&dcluster=shipbuilding', data)).toEqual({
      search: '?view=directory',
      problems: [
        { key: 'dzone', value: 'atlantis', fix: 'removed' },
        { key: 'dcluster', value: 'shipbuilding', fix: 'removed' },
      ],
    });
  });

  it('an unknown origin is left out, markup and all', () => {
    for (const origin of ['<b>x</b>', 'Mars']) {
      const { search, problems } = mendWithData(`?view=directory&dorigin=${encodeURIComponent(origin)}`, data);
      expect(search).toBe('?view=directory');
      expect(problems).toEqual([{ key: 'dorigin', value: origin, fix: 'removed' }]);
    }
  });

  it('contradictions are resolved', () => {
    // An enterprise of another zone: dropped, and its own zone named (the notice offers to open it).
    expect(mendWithData('?zone=dagushan&ent=intel', data)).toEqual({
      search: '?zone=dagushan&cluster=petrochemicals',
      problems: [{ key: 'ent', value: 'intel', fix: 'otherZone', kept: 'development-zone' }],
    });
    // An enterprise that does not exist: dropped, said as not understood.
    expect(mendWithData('?zone=dagushan&ent=atlantis-corp', data).problems).toEqual([{ key: 'ent', value: 'atlantis-corp', fix: 'removed' }]);
    // An enterprise without its zone: its zone is opened.
    expect(mendWithData('?ent=intel', data)).toEqual({
      search: '?zone=development-zone&cluster=electronics&ent=intel',
      problems: [{ key: 'ent', value: 'intel', fix: 'zoneAdded', kept: 'development-zone' }],
    });
    // A cluster tab the zone does not have: its own.
    expect(mendWithData('?zone=dagushan&cluster=software', data).search).toBe('?zone=dagushan&cluster=petrochemicals');
  });

  it('a very long search is cut, and a 20,000-character link comes out under the limit', () => {
    const { search, problems } = mend(`?view=directory&dq=${'x'.repeat(6000)}`);
    expect(new URLSearchParams(search).get('dq')).toHaveLength(200);
    expect(problems[0]).toMatchObject({ key: 'dq', fix: 'cut' });
    expect(problems[0]!.value.length).toBeLessThanOrEqual(60);
    const huge = mend(`?zone=dagushan&dq=${'y'.repeat(20000)}&${Array.from({ length: 300 }, (_, i) => `junk${i}=1`).join('&')}`);
    expect(huge.search.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(new URLSearchParams(huge.search).get('zone')).toBe('dagushan');
  });

  it('knows every parameter the app reads, each once', () => {
    expect(new Set(CANONICAL_ORDER).size).toBe(CANONICAL_ORDER.length);
    expect([...CANONICAL_ORDER].sort()).toEqual(Object.keys(urlParsers).sort());
  });
});

describe('one view, one link', () => {
  it('a zone’s link without its cluster tab gets the tab a click writes, silently', () => {
    expect(mendWithData('?zone=dagushan', data)).toEqual({ search: '?zone=dagushan&cluster=petrochemicals', problems: [] });
    expect(mendWithData('?lang=zh&zone=development-zone&at=121.6000%2C38.9100%2C9.50', data).search).toBe(
      '?lang=zh&zone=development-zone&cluster=automotive&at=121.6000%2C38.9100%2C9.50',
    );
    // With an enterprise of the zone: the enterprise's cluster tab, as choosing it writes.
    expect(mendWithData('?zone=development-zone&ent=intel', data).search).toBe('?zone=development-zone&cluster=electronics&ent=intel');
    // A presented step sets its own tab.
    expect(mendWithData('?zone=dagushan&tour=2', data).search).toBe('?zone=dagushan&tour=2');
  });

  it('every zone’s link, completed, is the link a click on the zone writes', () => {
    for (const zone of data.zones) {
      // A zone in no cluster has no tab: its link is the zone alone.
      const clicked = canonicalSearch(new URLSearchParams({ zone: zone.id, ...(zone.clusterIds[0] ? { cluster: zone.clusterIds[0] } : {}) }));
      expect(mendWithData(`?zone=${zone.id}`, data).search).toBe(clicked);
      expect(mendWithData(clicked, data)).toEqual({ search: clicked, problems: [] });
    }
  });

  it('a cluster in the link of a zone in no cluster is dropped, with a notice', () => {
    const zone = data.zones.find((z) => z.clusterIds.length === 0)!;
    expect(mendWithData(`?zone=${zone.id}&cluster=petrochemicals`, data)).toEqual({ search: `?zone=${zone.id}`, problems: [{ key: 'cluster', value: 'petrochemicals', fix: 'removed' }] });
  });
});

describe('parameters that mean nothing alone', () => {
  it('chart=1 without a zone, a cluster or a tour is left out, with a notice', () => {
    expect(mend('?chart=1')).toEqual({ search: '', problems: [{ key: 'chart', value: '1', fix: 'needsView' }] });
    expect(mend('?lang=zh&chart=1&view=directory').search).toBe('?lang=zh&view=directory');
    for (const ok of ['?zone=dagushan&cluster=petrochemicals&chart=1', '?cluster=automotive&chart=1', '?chart=1&tour=6'])
      expect(mend(ok)).toEqual({ search: ok, problems: [] });
  });

  it('reach=1 without a zone is left out, with a notice; with one it is kept, after chart', () => {
    expect(mend('?reach=1')).toEqual({ search: '', problems: [{ key: 'reach', value: '1', fix: 'needsZone' }] });
    expect(mend('?cluster=automotive&reach=1').search).toBe('?cluster=automotive');
    expect(mend('?reach=1&chart=1&zone=dagushan&cluster=petrochemicals')).toEqual({ search: '?zone=dagushan&cluster=petrochemicals&chart=1&reach=1', problems: [] });
    expect(mend('?zone=dagushan&reach=yes').problems).toEqual([{ key: 'reach', value: 'yes', fix: 'removed' }]);
  });

  it('kiosk=1 without a tour is left out, with a notice', () => {
    expect(mend('?kiosk=1')).toEqual({ search: '', problems: [{ key: 'kiosk', value: '1', fix: 'needsTour' }] });
    expect(mend('?zone=dagushan&kiosk=1').search).toBe('?zone=dagushan');
    expect(mend('?tour=2&kiosk=1')).toEqual({ search: '?tour=2&kiosk=1', problems: [] });
  });

  it('a custom tour that cannot be read opens no tour, with a notice', () => {
    expect(mend('?tour=1&tourdata=garbage')).toEqual({ search: '', problems: [{ key: 'tourdata', value: 'garbage', fix: 'badTour' }] });
    expect(mend('?lang=zh&tour=3&tourdata=garbage&kiosk=1&chart=1').search).toBe('?lang=zh');
    // A readable one is kept as it is.
    const good = `?tour=2&tourdata=${encodeTour(realTour())}`;
    expect(mend(good)).toEqual({ search: canonicalSearch(new URLSearchParams(good)), problems: [] });
  });
});

describe('a camera outside the map (issue 16, item 7)', () => {
  const [w, s, e, n] = MAP_EXTENT.cameraBounds;
  it("a zoom closer than the basemap's detail opens at the closest zoom, with a notice", () => {
    const { search, problems } = mend('?at=121.63,38.92,14');
    expect(new URLSearchParams(search).get('at')).toBe(`121.6300,38.9200,${MAP_EXTENT.maxZoom.toFixed(2)}`);
    expect(problems).toEqual([{ key: 'at', value: '121.63,38.92,14', fix: 'clamped', kept: `121.6300,38.9200,${MAP_EXTENT.maxZoom.toFixed(2)}` }]);
  });

  it('a centre beyond the basemap, or a zoom too far out, opens at the nearest view inside it', () => {
    const far = mend('?zone=dagushan&at=100,60,3');
    expect(far.search).toBe(`?zone=dagushan&at=${encodeURIComponent(`${w.toFixed(4)},${n.toFixed(4)},${MAP_EXTENT.minZoom.toFixed(2)}`)}`);
    expect(far.problems[0]).toMatchObject({ key: 'at', fix: 'clamped' });
    const south = mend('?at=121.8,30,8').search;
    expect(new URLSearchParams(south).get('at')).toBe(`121.8000,${s.toFixed(4)},8.00`);
    expect(new URLSearchParams(mend('?at=130,39,8').search).get('at')).toBe(`${e.toFixed(4)},39.0000,8.00`);
  });

  it('a camera inside the limits is kept as it is, and garbage is still left out', () => {
    expect(mend('?at=121.8,39.6,6.5')).toEqual({ search: '?at=121.8%2C39.6%2C6.5', problems: [] });
    expect(mend('?at=abc,1,2').problems).toEqual([{ key: 'at', value: 'abc,1,2', fix: 'removed' }]);
    expect(mend('?at=121,39').problems[0]).toMatchObject({ fix: 'removed' });
    expect(mend('?at=500,39,8').problems[0]).toMatchObject({ fix: 'removed' });
  });
});

describe('many unknown parameters', () => {
  it('are told as one problem', () => {
    const { problems } = mendLink(`?${Array.from({ length: 50 }, (_, i) => `junk${i}=1`).join('&')}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ fix: 'removed' });
    expect(problems[0]!.key).toContain('(50)');
  });
});
