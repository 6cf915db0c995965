import type { Localized } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import { LANG_TAG, otherLang } from './lang-tag';
import { TranslationNote } from './translation-note';
import './localized-text.css';

type Props = { text: Localized; lang: Lang; className?: string };

/**
 * Text in the current language. When that side is our translation, it says so ("Translation" / "译文")
 * and offers the original, so nothing translated passes for a source's own words.
 */
export function LocalizedText({ text, lang, className }: Props) {
  const translated = lang === 'en' ? text.enIsTranslation : text.zhIsTranslation;
  const other = otherLang(lang);
  return (
    <div className={`localized-text${className ? ` ${className}` : ''}`}>
      <p className="localized-text__body" lang={LANG_TAG[lang]}>
        {text[lang]}
      </p>
      {translated && <TranslationNote original={text[other]} originalLang={other} />}
    </div>
  );
}
