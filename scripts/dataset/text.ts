/** Small helpers for authoring the dataset: localized text and search aliases. */
import { pinyin } from 'pinyin-pro';
import type { Localized } from '../../src/lib/data/schemas.ts';

/** English from a source (or our own English), Chinese our translation of it. */
export function zhTr(en: string, zh: string): Localized {
  return { en, zh, zhIsTranslation: true };
}

/** Both sides as written by a source (or names in established use in both languages). */
export function both(en: string, zh: string): Localized {
  return { en, zh };
}

/** "da gu shan" and "dagushan" for a Chinese name, from pinyin-pro without tones. */
export function pinyinAliases(zh: string): string[] {
  const spaced = pinyin(zh, { toneType: 'none' }).replace(/\s+/g, ' ').trim();
  return [spaced, spaced.replace(/ /g, '')];
}

/**
 * Search aliases: the given names, then the pinyin (spaced and unspaced, lower case) of each Chinese
 * name in `pinyinOf`, without exact duplicates, in first-seen order.
 */
export function aliases(names: readonly string[], pinyinOf: readonly string[] = []): string[] {
  return [...new Set([...names, ...pinyinOf.flatMap(pinyinAliases)])];
}
