import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/i18n-types';
import { usePresentation, type Blank } from '../hooks/use-presentation';
import { textIn, type Tour, type TourStep } from '../utils/tour-schema';
import { KeyHelp } from './key-help';
import '../tour.css';

type Props = {
  tour: Tour;
  index: number;
  lang: Lang;
  /** The name of a step's place (its zone, its cluster, or the overview). */
  placeOf: (step: TourStep) => string;
  blank: Blank;
  onBlank: (b: Blank) => void;
  onGo: (index: number) => void;
  /** False once the presenting window has left the tour or closed. */
  connected: boolean;
};

const SIZES = [18, 22, 26, 32, 40];
const SIZE_KEY = 'atlas.tour.notesSize';

function two(n: number) {
  return String(n).padStart(2, '0');
}

/** The presenter's own window: caption, notes, next step, counter, clock and elapsed time. */
export function SpeakerView(p: Props) {
  const { t } = useTranslation();
  const count = p.tour.steps.length;
  const step = p.tour.steps[p.index]!;
  const next = p.tour.steps[p.index + 1];
  const [size, setSize] = useState(() => {
    const saved = Number(localStorage.getItem(SIZE_KEY));
    return SIZES.includes(saved) ? saved : 26;
  });
  useEffect(() => localStorage.setItem(SIZE_KEY, String(size)), [size]);
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = Math.max(0, Math.floor((now - start) / 1000));
  const clock = new Date(now);
  const { help, setHelp } = usePresentation({ enabled: true, count, index: p.index, onGo: p.onGo, onLeave: () => window.close(), blank: p.blank, onBlank: p.onBlank });
  const grow = (d: number) => setSize((s) => SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(s) + d))]!);
  const title = textIn(p.tour.title, p.lang);

  return (
    <main className="speaker" aria-label={t('tour.speakerTitle', { title })}>
      <header className="speaker__bar">
        <h1>{t('tour.speakerTitle', { title })}</h1>
        <span className="speaker__counter" data-testid="speaker-counter">
          {t('tour.counter', { n: p.index + 1, count })}
        </span>
        <span className="speaker__clock" aria-label={t('tour.clock')}>
          {two(clock.getHours())}:{two(clock.getMinutes())}
        </span>
        <span className="speaker__elapsed" aria-label={t('tour.elapsed')}>
          {t('tour.elapsed')} {two(Math.floor(elapsed / 60))}:{two(elapsed % 60)}
        </span>
        <button type="button" className="tour-button" onClick={() => setStart(Date.now())}>
          {t('tour.resetTimer')}
        </button>
      </header>
      {!p.connected && <p className="speaker__status" role="status">{t('tour.speakerAlone')}</p>}
      {p.blank && <p className="speaker__status" role="status">{t(p.blank === 'black' ? 'tour.blankBlack' : 'tour.blankWhite')}</p>}
      <div className="speaker__grid">
        <section className="speaker__now" aria-labelledby="speaker-now">
          <h2 id="speaker-now">{t('tour.now', { place: p.placeOf(step) })}</h2>
          <p className="speaker__caption" data-testid="speaker-caption">{textIn(step.caption, p.lang)}</p>
          <div className="speaker__notes-head">
            <h2>{t('tour.notes')}</h2>
            <button type="button" className="tour-button" onClick={() => grow(-1)} disabled={size === SIZES[0]} aria-label={t('tour.smaller')}>
              A−
            </button>
            <button type="button" className="tour-button" onClick={() => grow(1)} disabled={size === SIZES.at(-1)} aria-label={t('tour.larger')}>
              A+
            </button>
          </div>
          <p className="speaker__notes" data-testid="speaker-notes" style={{ fontSize: size }}>
            {textIn(step.notes.en || step.notes.zh ? step.notes : { en: t('tour.noNotes'), zh: t('tour.noNotes') }, p.lang)}
          </p>
        </section>
        <section className="speaker__next" aria-labelledby="speaker-next">
          <h2 id="speaker-next">{t('tour.nextUp')}</h2>
          {next ? (
            <>
              <p className="speaker__next-place" data-testid="speaker-next-place">{p.placeOf(next)}</p>
              <p>{textIn(next.caption, p.lang)}</p>
            </>
          ) : (
            <p>{t('tour.end')}</p>
          )}
          <div className="tour__controls">
            <button type="button" className="tour-button" onClick={() => p.onGo(Math.max(0, p.index - 1))} disabled={p.index === 0}>
              {t('tour.prev')}
            </button>
            <button type="button" className="tour-button tour-button--primary" onClick={() => p.onGo(Math.min(count - 1, p.index + 1))} disabled={!next}>
              {t('tour.next')}
            </button>
            <button type="button" className="tour-button" onClick={() => p.onBlank(p.blank ? null : 'black')}>
              {p.blank ? t('tour.unblank') : t('tour.blank')}
            </button>
            <button type="button" className="tour-button" onClick={() => setHelp(true)}>
              {t('tour.help')}
            </button>
          </div>
        </section>
      </div>
      {help && <KeyHelp onClose={() => setHelp(false)} />}
    </main>
  );
}
