import { describe, expect, it } from 'vitest';
import { wrapText } from './chart-image';

const width = (s: string) => [...s].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);

describe('wrapText', () => {
  it('breaks Latin text at spaces', () => {
    expect(wrapText('Source: Modern industrial clusters page', 16, width)).toEqual(['Source: Modern', 'industrial', 'clusters page']);
  });
  it('breaks Chinese text between characters', () => {
    expect(wrapText('大连现代产业集群', 6, width)).toEqual(['大连现', '代产业', '集群']);
  });
  it('keeps a short text on one line', () => {
    expect(wrapText('2008 baseline', 40, width)).toEqual(['2008 baseline']);
  });
});
