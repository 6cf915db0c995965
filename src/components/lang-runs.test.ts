import { describe, expect, it } from 'vitest';
import { langRuns } from './lang-runs';
import { textLangTag } from './lang-tag';

describe('langRuns', () => {
  it('tags the romanised part of a Chinese name as English', () => {
    expect(langRuns('Huake工程塑料基地', 'zh-CN')).toEqual([{ text: 'Huake', lang: 'en' }, { text: '工程塑料基地' }]);
    expect(langRuns('一家企业：花园口的Huake工程塑料基地', 'zh-CN')).toEqual([
      { text: '一家企业：花园口的' },
      { text: 'Huake', lang: 'en' },
      { text: '工程塑料基地' },
    ]);
  });

  it('tags an English description beside a Chinese title as English, and Chinese in English text as Chinese', () => {
    expect(langRuns('大连花园口经济区 (Chinese Wikipedia mirror)', 'zh-CN')).toEqual([
      { text: '大连花园口经济区' },
      { text: ' (Chinese Wikipedia mirror)', lang: 'en' },
    ]);
    expect(langRuns('MIIT table for cities (计划单列市), Jan–Jul 2009', 'en')).toEqual([
      { text: 'MIIT table for cities (' },
      { text: '计划单列市', lang: 'zh-CN' },
      { text: '), Jan–Jul 2009' },
    ]);
  });

  it('leaves text in one script, and digits, untagged', () => {
    expect(langRuns('2015年目标', 'zh-CN')).toEqual([{ text: '2015' }, { text: '年目标' }]);
    expect(langRuns('Intel Semiconductor', 'en')).toEqual([{ text: 'Intel Semiconductor' }]);
  });
});

describe('textLangTag', () => {
  it('tags a text by the script that carries most of it', () => {
    expect(textLangTag('30.6 bn RMB (306亿元) software & information industry sales')).toBe('en');
    expect(textLangTag('关于鼓励沿海重点发展区域的界定 (辽宁日报 2006)')).toBe('zh-CN');
    expect(textLangTag('Huake工程塑料基地')).toBe('zh-CN');
    expect(textLangTag('Modern industrial clusters')).toBe('en');
  });
});
