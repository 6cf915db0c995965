// Shared by the basemap build (labels, stations) and the data build (reach): one transliteration rule.
import { pinyin } from 'pinyin-pro';

/** "营口市" -> "Yingkou": pinyin without tones, syllables joined, apostrophe before a/o/e syllables. */
export function pinyinName(nameZh) {
  const base = nameZh.replace(/(市|地区|自治州|盟)$/u, '');
  const syllables = pinyin(base, { toneType: 'none', type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

