import { useTranslation } from 'react-i18next';
import type { Localized, Source } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG, otherLang } from '../../../components/lang-tag';
import { SourceList } from '../../../components/source-list';
import { TranslationNote } from '../../../components/translation-note';

type Props = { steps: Localized[]; sourceIds: string[]; sources: Source[]; lang: Lang; headingId: string };

/** The value chain as a row of chevrons (an ordered list), e.g. crude oil → PX → PTA → PET. */
export function ValueChain({ steps, sourceIds, sources, lang, headingId }: Props) {
  const { t } = useTranslation();
  const other = otherLang(lang);
  const translated = steps.some((s) => (lang === 'en' ? s.enIsTranslation : s.zhIsTranslation));
  return (
    <>
      <ol className="clusters-chain" aria-labelledby={headingId} lang={LANG_TAG[lang]}>
        {steps.map((s, i) => (
          <li key={i} className="clusters-chain__step">
            {s[lang]}
          </li>
        ))}
      </ol>
      <div className="clusters-chain__extra">
        {translated && <TranslationNote original={steps.map((s) => s[other]).join(' → ')} originalLang={other} />}
        <SourceList sourceIds={sourceIds} sources={sources} lang={lang} subject={t('clusters.profile.valueChain')} />
      </div>
    </>
  );
}
