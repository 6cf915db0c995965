import { Fragment } from 'react';
import { LANG_TAG } from './lang-tag';

/** Runs of Han characters and CJK punctuation (including full-width forms). */
const CJK_RUN = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)/u;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/**
 * The runs of a name that mixes scripts, each with the language it must be tagged with: in Chinese
 * text (`base` zh-CN) the Latin runs are tagged English ("Huake" in "Huake工程塑料基地", a name only
 * sourced in romanised form); in English text the Han runs are tagged Chinese. Runs with neither
 * (digits, spaces, punctuation) keep the base language.
 */
export function langRuns(text: string, base: string): { text: string; lang?: string }[] {
  const zhBase = base === LANG_TAG.zh;
  return text
    .split(CJK_RUN)
    .filter((part) => part !== '')
    .map((part) => {
      const cjk = CJK_RUN.test(part);
      if (zhBase && !cjk && LATIN_LETTER.test(part)) return { text: part, lang: LANG_TAG.en };
      if (!zhBase && cjk) return { text: part, lang: LANG_TAG.zh };
      return { text: part };
    });
}

type Props = { text: string; /** The `lang` of the element the text is in. */ base: string };

/** A name as text, with a `lang` on each part in the other script (see `langRuns`). Never inserted as HTML. */
export function LangRuns({ text, base }: Props) {
  return (
    <>
      {langRuns(text, base).map((run, i) =>
        run.lang ? (
          <span key={i} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
