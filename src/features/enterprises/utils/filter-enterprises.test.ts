import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../lib/data/schemas';
import { EMPTY_FILTERS, filterEnterprises, hasActiveFilters, originOptions, type EnterpriseFilters } from './filter-enterprises';

const ent = (id: string, en: string, zh: string, more: Partial<Enterprise> = {}): Enterprise => ({
  id,
  name: { en, zh },
  aliases: [],
  clusterId: 'petrochemicals',
  zoneId: 'dagushan',
  role: { en: 'investor', zh: '投资方' },
  origin: null,
  site: null,
  sourceIds: ['s'],
  ...more,
});

const list: Enterprise[] = [
  ent('wepec', 'West Pacific Petrochemical', '大连西太平洋石油化工', { aliases: ['WEPEC', 'xi tai ping yang', 'xitaipingyang'], origin: { en: 'China', zh: '中国' } }),
  ent('intel', 'Intel Fab 68', '英特尔大连芯片厂', { clusterId: 'electronics', zoneId: 'development-zone', origin: { en: 'United States', zh: '美国' } }),
  ent('nissan', 'Dongfeng Nissan', '东风日产', { clusterId: 'automotive', zoneId: 'bonded-area', origin: { en: 'Japan', zh: '日本' }, aliases: ['Dōngfēng'] }),
  ent('dhc', 'DHC Software', '华信软件', { clusterId: 'software', zoneId: 'high-tech-zone', origin: { en: 'China', zh: '中国' } }),
];

const f = (patch: Partial<EnterpriseFilters>): EnterpriseFilters => ({ ...EMPTY_FILTERS, ...patch });
const ids = (xs: Enterprise[]) => xs.map((e) => e.id);

describe('filterEnterprises', () => {
  it('returns everything, sorted by name, without filters', () => {
    expect(ids(filterEnterprises(list, EMPTY_FILTERS, 'en'))).toEqual(['dhc', 'nissan', 'intel', 'wepec']);
  });

  it('matches English, Chinese, aliases and pinyin, ignoring case, accents and spaces', () => {
    expect(ids(filterEnterprises(list, f({ q: 'wepec' }), 'en'))).toEqual(['wepec']);
    expect(ids(filterEnterprises(list, f({ q: '英特尔' }), 'en'))).toEqual(['intel']);
    expect(ids(filterEnterprises(list, f({ q: 'Xi Tai Ping' }), 'en'))).toEqual(['wepec']);
    expect(ids(filterEnterprises(list, f({ q: 'xitaiping' }), 'en'))).toEqual(['wepec']);
    expect(ids(filterEnterprises(list, f({ q: 'dongfeng' }), 'en'))).toEqual(['nissan']);
    expect(ids(filterEnterprises(list, f({ q: '  PETRO ' }), 'en'))).toEqual(['wepec']);
  });

  it('combines cluster, zone and origin filters with the text', () => {
    expect(ids(filterEnterprises(list, f({ cluster: 'electronics' }), 'en'))).toEqual(['intel']);
    expect(ids(filterEnterprises(list, f({ zone: 'bonded-area' }), 'en'))).toEqual(['nissan']);
    expect(ids(filterEnterprises(list, f({ origin: 'China' }), 'en'))).toEqual(['dhc', 'wepec']);
    expect(ids(filterEnterprises(list, f({ origin: 'China', q: 'soft' }), 'en'))).toEqual(['dhc']);
    expect(filterEnterprises(list, f({ origin: 'China', cluster: 'automotive' }), 'en')).toEqual([]);
  });

  it('finds nothing for nonsense', () => {
    expect(filterEnterprises(list, f({ q: 'zzqxv' }), 'en')).toEqual([]);
  });

  it('sorts by the name in the current language', () => {
    expect(ids(filterEnterprises(list, EMPTY_FILTERS, 'zh'))).toHaveLength(4);
  });
});

describe('hasActiveFilters', () => {
  it('is false for the empty filters and whitespace', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters(f({ q: '   ' }))).toBe(false);
    expect(hasActiveFilters(f({ zone: 'dagushan' }))).toBe(true);
  });
});

describe('originOptions', () => {
  it('lists each origin once, keyed by English and labelled in the language', () => {
    expect(originOptions(list, 'en')).toEqual([
      { value: 'China', label: 'China' },
      { value: 'Japan', label: 'Japan' },
      { value: 'United States', label: 'United States' },
    ]);
    expect(originOptions(list, 'zh').map((o) => o.label).sort()).toEqual(['中国', '日本', '美国'].sort());
  });
});
