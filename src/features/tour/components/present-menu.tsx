import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/i18n-types';
import { useOwnTours } from '../hooks/use-own-tours';
import { builtInTour } from '../utils/resolve-tour';
import { textIn, type Tour } from '../utils/tour-schema';
import type { CurrentView } from './tour-editor';

/** The own-tours dialog loads when it is opened. */
const TourEditor = lazy(() => import('./tour-editor').then((m) => ({ default: m.TourEditor })));
import '../tour.css';

type Props = {
  lang: Lang;
  current: CurrentView;
  /** Starts a tour at its first step: null is the built-in one. */
  onPresent: (tour: Tour | null) => void;
};

/** The header's "Present" button: the built-in tour, the user's own, and making tours. */
export function PresentMenu({ lang, current, onPresent }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [editor, setEditor] = useState<'add' | 'edit' | null>(null);
  const { tours } = useOwnTours();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  /** Closing the menu from inside it gives the focus back to its button (the focused item is about to go). */
  const close = () => {
    if (root.current?.contains(document.activeElement)) button.current?.focus();
    setOpen(false);
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        if (root.current?.contains(document.activeElement)) button.current?.focus();
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const choose = (tour: Tour | null) => {
    close();
    onPresent(tour);
  };
  return (
    <div className="present-menu" ref={root}>
      <button ref={button} type="button" className="present-menu__button" aria-expanded={open} aria-controls={id} aria-label={t('tour.presentLabel')} onClick={() => setOpen((o) => !o)}>
        {t('tour.present')}
      </button>
      {open && (
        <div id={id} className="present-menu__list">
          <button type="button" onClick={() => choose(null)}>
            {t('tour.builtIn', { title: textIn(builtInTour().title, lang) })}
          </button>
          {tours.length > 0 && <p className="present-menu__group">{t('tour.mine.menuMine')}</p>}
          {tours.map((x) => (
            <button key={x.id} type="button" onClick={() => choose(x)}>
              {textIn(x.title, lang)}
            </button>
          ))}
          <hr />
          <button type="button" onClick={() => (close(), setEditor('add'))}>
            {t('tour.mine.addView')}
          </button>
          <button type="button" onClick={() => (close(), setEditor('edit'))}>
            {t('tour.mine.edit')}
          </button>
        </div>
      )}
      {editor && (
        <Suspense fallback={null}>
        <TourEditor
          lang={lang}
          mode={editor}
          current={current}
          onClose={() => setEditor(null)}
          onPresent={(tour) => {
            setEditor(null);
            onPresent(tour);
          }}
        />
        </Suspense>
      )}
    </div>
  );
}
