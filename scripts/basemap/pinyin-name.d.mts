/** "营口市" -> "Yingkou": pinyin without tones, syllables joined, apostrophe before a/o/e syllables. */
export function pinyinName(nameZh: string): string;
