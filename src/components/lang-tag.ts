import type { Lang } from '../lib/i18n-types';

/** The BCP 47 tag for the `lang` attribute of text in a language of the atlas. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/**
 * The `lang` of a text whose language is not recorded (a quote, a source title): Chinese when Han
 * characters carry most of it (one character weighs as much as three Latin letters), so
 * "30.6 bn RMB (306亿元) software sales" is English and "大连花园口经济区 (mirror)" Chinese. The parts in
 * the other script get their own `lang` from `LangRuns`.
 */
export function textLangTag(text: string): string {
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 3 >= latin ? LANG_TAG.zh : LANG_TAG.en;
}
