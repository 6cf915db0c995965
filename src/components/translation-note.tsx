import { useTranslation } from 'react-i18next';
import type { Lang } from '../lib/i18n-types';
import { Disclosure } from './disclosure';
import { LANG_TAG } from './lang-tag';
import './translation-note.css';

type Props = { original: string; originalLang: Lang };

/** Marks the text above as our translation ("Translation" / "译文") and offers the original. */
export function TranslationNote({ original, originalLang }: Props) {
  const { t } = useTranslation();
  return (
    <div className="translation-note">
      <span className="translation-note__badge">{t('figure.text.translation')}</span>
      <Disclosure label={t(originalLang === 'en' ? 'figure.text.originalEn' : 'figure.text.originalZh')}>
        <p className="translation-note__original" lang={LANG_TAG[originalLang]}>
          {original}
        </p>
      </Disclosure>
    </div>
  );
}
