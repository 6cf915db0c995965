import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/i18n-types';
import { search, type SearchIndex, type SearchResult } from '../../../lib/search';
import { LangRuns } from '../../../components/lang-runs';
import { LANG_TAG } from '../../../components/lang-tag';
import '../overview.css';

/** Where the search index is: loaded, on its way, or failed (with the reason in the current language and a retry). */
export type SearchIndexStatus = { state: 'ready'; index: SearchIndex } | { state: 'idle' | 'loading' } | { state: 'error'; reason: string; retrying: boolean; retry: () => void };

type Props = {
  index: SearchIndexStatus;
  /** Asked for the index: the box was focused, hovered or typed in (it is fetched on first use). */
  onNeedIndex?: () => void;
  lang: Lang;
  onChoose: (result: SearchResult) => void;
  /**
   * What is selected now (e.g. "zone:dagushan"), or null. When it becomes null after a choice made
   * here, e.g. the user closed the zone the box chose, the box empties: it no longer names what is shown.
   */
  selectionKey?: string | null;
};

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/**
 * A WAI-ARIA 1.2 combobox with a listbox popup (list autocomplete, no automatic selection):
 * ArrowDown/ArrowUp move the active option, Enter chooses it (or the first one), Escape closes the
 * list and keeps the text; the focus stays in the input throughout.
 */
const NO_RESULTS: SearchResult[] = [];

export function SearchBox({ index, onNeedIndex, lang, onChoose, selectionKey = null }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  /** True while the text is the name of the last choice (not retyped since). */
  const [chosen, setChosen] = useState(false);
  const [prevSelection, setPrevSelection] = useState(selectionKey);
  if (selectionKey !== prevSelection) {
    // Adjusting state while rendering (not in an effect), as React recommends for derived resets.
    setPrevSelection(selectionKey);
    if (selectionKey === null && chosen) {
      setText('');
      setChosen(false);
    }
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ready = index.state === 'ready' ? index.index : null;
  const results = useMemo(() => (ready ? search(ready, text, lang) : NO_RESULTS), [ready, text, lang]);
  const typed = open && text.trim() !== '';
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (r: SearchResult) => {
    setText(r.name[lang]);
    setChosen(true);
    setOpen(false);
    setActive(-1);
    onChoose(r);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (n === 0) return;
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      setOpen(true);
      if (!expanded || active < 0) setActive(down ? 0 : n - 1);
      else setActive((active + (down ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      const r = results[active >= 0 ? active : 0];
      if (!open || !r) return;
      e.preventDefault();
      choose(r);
    } else if (e.key === 'Escape') {
      if (!open) return;
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className="search-box__label">
        {t('overview.search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="search-box__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('overview.search.placeholder')}
        value={text}
        onChange={(e) => {
          onNeedIndex?.();
          setText(e.target.value);
          setChosen(false);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={onNeedIndex}
        onPointerEnter={onNeedIndex}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="search-box__sr-only">
        {t('overview.search.hint')}
      </span>
      <ul id={`${id}-listbox`} role="listbox" className="search-box__listbox" aria-label={t('overview.search.results')} hidden={!expanded}>
        {expanded &&
          results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-box__option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(r)}
            >
              <span className="search-box__kind" data-kind={r.kind}>
                {r.kind === 'landmark' ? t(`overview.search.place.${r.place}`) : t(`overview.search.kind.${r.kind}`)}
              </span>
              <span className="search-box__names">
                <span className="search-box__name" lang={LANG_TAG[lang]}>
                  <LangRuns text={r.name[lang]} base={LANG_TAG[lang]} />
                </span>
                <span className="search-box__other" lang={LANG_TAG[other(lang)]}>
                  <LangRuns text={r.name[other(lang)]} base={LANG_TAG[other(lang)]} />
                </span>
                {r.kind === 'zone' && r.district && <span className="search-box__why">{t('overview.search.inDistrict', { name: r.district[lang] })}</span>}
              </span>
            </li>
          ))}
      </ul>
      <p className="search-box__status" role="status">
        {!typed ? '' : index.state === 'ready' ? (results.length === 0 ? t('overview.search.empty', { q: text.trim() }) : '') : index.state === 'error' ? t('overview.search.failed', { reason: index.reason }) : t('overview.search.loading')}
      </p>
      {index.state === 'error' && typed && (
        <button type="button" className="search-box__retry" onMouseDown={(e) => e.preventDefault()} onClick={index.retry} aria-busy={index.retrying || undefined}>
          {index.retrying ? t('dataFiles.retrying') : t('dataFiles.retry')}
        </button>
      )}
    </div>
  );
}
