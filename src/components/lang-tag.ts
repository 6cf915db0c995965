import type { Lang } from '../lib/i18n-types';

/** The BCP 47 tag for the `lang` attribute of text in a language of the atlas. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The `lang` of a text whose language is not recorded (a quote, a source title): Chinese if it has Han characters. */
export function textLangTag(text: string): string {
  return /[\u3400-\u9fff]/.test(text) ? LANG_TAG.zh : LANG_TAG.en;
}
