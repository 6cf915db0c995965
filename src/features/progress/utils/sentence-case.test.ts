import { describe, expect, it } from 'vitest';
import { midSentence } from './sentence-case';

describe('midSentence', () => {
  it('lower-cases a metric that starts a heading', () => {
    expect(midSentence('Output value', 'en')).toBe('output value');
    expect(midSentence('Annual output', 'en')).toBe('annual output');
    expect(midSentence('New-material projects launched in the zone', 'en')).toBe('new-material projects launched in the zone');
    expect(midSentence('Sales income of Dalian Software Park', 'en')).toBe('sales income of Dalian Software Park');
  });

  it('keeps proper nouns, acronyms and multi-word names', () => {
    expect(midSentence('Dalian Software Park only', 'en')).toBe('Dalian Software Park only');
    expect(midSentence('Dalian', 'en')).toBe('Dalian');
    expect(midSentence('IT services revenue', 'en')).toBe('IT services revenue');
    expect(midSentence('High-tech Zone, featured industries', 'en')).toBe('High-tech Zone, featured industries');
    expect(midSentence('Huayuankou new-materials cluster', 'en')).toBe('Huayuankou new-materials cluster');
  });

  it('leaves Chinese and empty text alone', () => {
    expect(midSentence('产值', 'zh')).toBe('产值');
    expect(midSentence('Output value', 'zh')).toBe('Output value');
    expect(midSentence('', 'en')).toBe('');
  });
});
