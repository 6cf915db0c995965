// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseFlaws, parseTerms } from './catalogue.ts';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');
const terms = parseTerms(read('data/atlas/catalogue-terms.csv'));
const flaws = parseFlaws(read('data/atlas/catalogue-flaws.csv'));
const HEADER = 'seq,code,name_zh,province,city_or_county,approved_by,zone_type,approved,area_ha,leading_industries';
const GOOD = '24,G211007,大连经济技术开发区,辽宁省,大连,国务院,经济技术开发区,1984.09,2000.0,石化、电子信息、装备制造';
const check = (...rows: string[]) => parseCatalogue([HEADER, ...rows].join('\n'), 'catalogue.csv', terms, flaws);

describe('the 2018 catalogue as transcribed', () => {
  const all = parseCatalogue(read('data/inputs/catalogue/catalogue-2018.csv'), 'catalogue-2018.csv', terms, flaws);

  it('reads all 2,543 zones without a problem: 552 national, 1,991 provincial', () => {
    expect(all.problems).toEqual([]);
    expect(all.records).toHaveLength(2543);
    expect(all.records.filter((r) => r.level === 'national')).toHaveLength(552);
  });

  it('keeps its known flaws visible on their rows instead of mending them', () => {
    expect(all.records.filter((r) => r.code === 'S377018').map((r) => r.flaws.map((f) => f.column))).toEqual([['code'], ['code']]);
    const songjiang = all.records.find((r) => r.code === 'G313031');
    expect(songjiang?.approvedRaw).toBe('2000.04/2002.12');
    expect(songjiang?.approved).toBe('2000-04');
    expect(all.records.find((r) => r.code === 'G372026')?.nameZh).toBe('湽博高新技术产业开发区');
  });

  it("gives Dalian's 14 zones with English renderings of every type and leading industry", () => {
    const dalian = parseCatalogue(read('data/inputs/catalogue/dalian.csv'), 'dalian.csv', terms, flaws);
    expect(dalian.problems).toEqual([]);
    expect(dalian.records).toHaveLength(14);
    expect(dalian.records.flatMap((r) => r.industries).filter((i) => i.en === null)).toEqual([]);
    const detdz = dalian.records.find((r) => r.code === 'G211007');
    expect(detdz).toMatchObject({ approved: '1984-09', approvedAreaHa: 2000, level: 'national', type: { en: 'economic and technological development zone' } });
  });
});

describe('a bad catalogue row gets its own message with file, row and column', () => {
  it('an unknown province', () => {
    expect(check(GOOD.replace('辽宁省', '辽东省')).problems).toEqual([
      { file: 'catalogue.csv', row: 2, column: 'province', en: '"辽东省" is not a province of China', zh: '"辽东省" 不是中国的省级行政区' },
    ]);
  });
  it('a duplicate code, naming the first row', () => {
    const { problems, records } = check(GOOD, GOOD.replace('大连经济技术开发区', '大连另一个开发区'));
    expect(problems).toEqual([{ file: 'catalogue.csv', row: 3, column: 'code', en: 'the code G211007 is already used in row 2', zh: '代码 G211007 已在第2行使用' }]);
    expect(records).toHaveLength(1);
  });
  it('an area that is not a number', () => {
    expect(check(GOOD.replace('2000.0', '2000公顷')).problems.map((p) => [p.row, p.column, p.en])).toEqual([[2, 'area_ha', '"2000公顷" is not an area in hectares']]);
  });
  it('a date that is not a date, and two dates where no flaw is recorded', () => {
    expect(check(GOOD.replace('1984.09', '1984.13'), GOOD.replace('G211007', 'G211008').replace('1984.09', '1984.09/1990.01')).problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'approved'],
      [3, 'approved'],
    ]);
  });
  it('a State Council zone with a provincial code', () => {
    expect(check(GOOD.replace('G211007', 'S211007')).problems.map((p) => p.column)).toEqual(['approved_by']);
  });
  it('a missing column', () => {
    expect(parseCatalogue('seq,code\n1,G211007', 'catalogue.csv', terms).problems[0]).toMatchObject({ row: 1, en: expect.stringContaining('name_zh') });
  });
});
