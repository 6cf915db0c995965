import { describe, expect, it } from 'vitest';
import {
  axisAmountUnit,
  decimalsOf,
  formatAmount,
  formatAxisAmount,
  formatChartAmount,
  formatCount,
  formatFigureValue,
  formatGrowthRate,
  formatNumber,
  formatPercent,
  formatSourceDate,
  formatYear,
  withQualifier,
} from './format';

describe('formatAmount', () => {
  it('formats billion RMB in both languages', () => {
    expect(formatAmount(44.3, 'CNY-billion', 'en')).toBe('44.3 billion RMB');
    expect(formatAmount(44.3, 'CNY-billion', 'zh')).toBe('443亿元');
    expect(formatAmount(30.82, 'CNY-billion', 'zh')).toBe('308.2亿元');
    expect(formatAmount(1145, 'CNY-billion', 'zh')).toBe('1.145万亿元');
  });

  it('rescales million RMB to 亿 or 万 in Chinese and keeps the unit in English', () => {
    expect(formatAmount(650, 'CNY-million', 'zh')).toBe('6.5亿元');
    expect(formatAmount(50, 'CNY-million', 'zh')).toBe('5000万元');
    expect(formatAmount(650, 'CNY-million', 'en')).toBe('650 million RMB');
    expect(formatAmount(1938.454, 'CNY-million', 'en')).toBe('1,938.454 million RMB');
  });

  it('formats US dollars', () => {
    expect(formatAmount(104, 'USD-billion', 'en')).toBe('US$104 billion');
    expect(formatAmount(104, 'USD-billion', 'zh')).toBe('1040亿美元');
    expect(formatAmount(300, 'USD-million', 'en')).toBe('US$300 million');
    expect(formatAmount(300, 'USD-million', 'zh')).toBe('3亿美元');
    expect(formatAmount(0.86, 'USD-billion', 'zh')).toBe('8.6亿美元');
  });

  it('adds the qualifier of the source', () => {
    expect(formatAmount(10, 'CNY-billion', 'en', 'more-than')).toBe('more than 10 billion RMB');
    expect(formatAmount(10, 'CNY-billion', 'zh', 'more-than')).toBe('超过100亿元');
    expect(formatAmount(100, 'CNY-billion', 'en', 'exact')).toBe('100 billion RMB');
  });

  it('never adds or drops precision', () => {
    expect(formatAmount(44, 'CNY-billion', 'en')).toBe('44 billion RMB');
    expect(formatAmount(44.35, 'CNY-billion', 'en')).toBe('44.35 billion RMB');
    expect(formatAmount(19.38454, 'CNY-billion', 'zh')).toBe('193.8454亿元');
  });
});

describe('numbers, counts and percentages', () => {
  it('groups counts the same way in both languages', () => {
    expect(formatCount(1977, 'en')).toBe('1,977');
    expect(formatCount(1977, 'zh')).toBe('1,977');
    expect(formatCount(229000, 'en', 'about')).toBe('about 229,000');
  });

  it('formats percentages with qualifiers', () => {
    expect(formatPercent(40, 'en', 'about')).toBe('about 40%');
    expect(formatPercent(40, 'zh', 'about')).toBe('约40%');
    expect(formatPercent(114.5, 'en')).toBe('114.5%');
  });

  it('formats growth rates', () => {
    expect(formatGrowthRate(12.3, 'en')).toBe('12.3% a year');
    expect(formatGrowthRate(12.3, 'zh')).toBe('年均12.3%');
    expect(formatGrowthRate(14.5, 'en', 'more-than')).toBe('more than 14.5% a year');
    expect(formatGrowthRate(38.9, 'zh', 'less-than')).toBe('年均不到38.9%');
  });

  it('counts decimals and caps them when asked', () => {
    expect(decimalsOf(0.86)).toBe(2);
    expect(decimalsOf(1200)).toBe(0);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(formatNumber(49.7812, 'en', 1)).toBe('49.8');
    expect(withQualifier('x', undefined, 'en')).toBe('x');
  });
});

describe('formatFigureValue', () => {
  it('dispatches on the unit', () => {
    expect(formatFigureValue({ value: 44.3, unit: 'CNY-billion' }, 'zh')).toBe('443亿元');
    expect(formatFigureValue({ value: 86, unit: 'count', qualifier: 'more-than' }, 'en')).toBe('more than 86');
    expect(formatFigureValue({ value: 40, unit: 'percent', qualifier: 'about' }, 'en')).toBe('about 40%');
    expect(formatFigureValue({ value: 22.335, unit: 'Mt' }, 'en')).toBe('22.335 million tonnes');
    expect(formatFigureValue({ value: 22.335, unit: 'Mt' }, 'zh')).toBe('2233.5万吨');
    expect(formatFigureValue({ value: 3.5, unit: 'km2' }, 'zh')).toBe('3.5平方公里');
  });
});

describe('chart and date helpers', () => {
  it('formats axis ticks in the unit the axis names', () => {
    expect(formatAxisAmount(50, 'en')).toBe('50');
    expect(formatAxisAmount(50, 'zh')).toBe('500');
    expect(axisAmountUnit('en')).toBe('billion RMB');
    expect(axisAmountUnit('zh')).toBe('亿元');
    expect(formatChartAmount(10, 'en', 'more-than')).toBe('> 10');
    expect(formatChartAmount(44.3, 'zh')).toBe('443');
  });

  it('formats years and partial dates', () => {
    expect(formatYear(2009, 'en', 'Jan-Sep')).toBe('2009 (Jan-Sep)');
    expect(formatYear(2008, 'zh')).toBe('2008年');
    expect(formatSourceDate('2010', 'en')).toBe('2010');
    expect(formatSourceDate('2008-06', 'en')).toBe('June 2008');
    expect(formatSourceDate('2008-06-30', 'en')).toBe('30 June 2008');
    expect(formatSourceDate('2008-06-30', 'zh')).toBe('2008年6月30日');
    expect(formatSourceDate('2008-06', 'zh')).toBe('2008年6月');
  });
});
