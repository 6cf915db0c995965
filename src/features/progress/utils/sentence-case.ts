/**
 * Names from the data (metrics, scopes) start with a capital, as headings do: "Output value".
 * Inside a generated English sentence they need sentence case: "No output value figure after 2008".
 * Proper nouns and acronyms keep their capitals; Chinese has no case and is returned as is.
 */
import type { Lang } from '../../../lib/i18n-types';

/** First words that are names, so they keep their capital inside a sentence. */
const PROPER_NOUNS = new Set([
  'Dalian',
  'China',
  'Chinese',
  'Liaoning',
  'Dagushan',
  'Dagu',
  'Huayuankou',
  'Jinzhou',
  'Lüshun',
  'Lushun',
  'Dayao',
  'Changxing',
  'Ganjingzi',
  'Shahekou',
  'Zhongshan',
  'Xigang',
  'Pulandian',
  'Wafangdian',
  'Zhuanghe',
  'Changhai',
  'Intel',
]);

/**
 * `text` as it reads inside an English sentence: "Output value" -> "output value",
 * "New-material projects" -> "new-material projects"; unchanged: "Dalian city", "IT services",
 * "High-tech Zone revenue" (a capitalised second word marks a name), any Chinese text.
 */
export function midSentence(text: string, lang: Lang): string {
  if (lang !== 'en' || text.length === 0) return text;
  const [first = '', second = ''] = text.split(/\s+/);
  const head = first.split('-')[0] ?? first;
  if (!/^\p{Lu}/u.test(head)) return text;
  const acronym = /\p{Lu}/u.test(head.slice(1)) || /\d/.test(head);
  const name = PROPER_NOUNS.has(head.replace(/[^\p{L}]/gu, ''));
  const multiWordName = /^\p{Lu}/u.test(second);
  if (acronym || name || multiWordName) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
