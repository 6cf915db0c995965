import { useLayoutEffect, useRef } from 'react';
import { useFramingObstacle } from '../../../components/framing-obstacles';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/i18n-types';
import { usePresentation, type Blank } from '../hooks/use-presentation';
import { useReservedEdge } from '../hooks/use-reserved-edge';
import { textIn, type Tour } from '../utils/tour-schema';
import { KeyHelp } from './key-help';
import { TopLayer } from './top-layer';
import { TourQr } from './tour-qr';
import '../tour.css';

type Props = {
  tour: Tour;
  /** 0-based. */
  index: number;
  lang: Lang;
  /** The map has arrived at the step: only then the caption shows (never over a half-drawn map). */
  arrived: boolean;
  /** What of the step could not be shown (a zone or cluster that no longer exists). */
  problems: string[];
  blank: Blank;
  onBlank: (b: Blank) => void;
  onGo: (index: number) => void;
  onLeave: () => void;
  onReturn: () => void;
  onSpeaker: () => void;
  /** The current step's link (for the QR code), or null when the tour is too long for a link. */
  link: string | null;
  /** On a phone a step reads as a card above the normal panel, not the projector look. */
  phone: boolean;
  kioskPaused: boolean | null;
  /** The chart is shown large (a modal dialog): the caption is raised above it. */
  chartOpen: boolean;
  /** Called with true once the caption card is on screen (and registered as an overlay: the map may frame the step), false when it goes. */
  onShown?: (shown: boolean) => void;
};

/** The caption card's buttons that only a projector shows (a phone keeps Previous, Next and Leave). */
const DESK_ACTIONS = ['return', 'speaker', 'qr', 'help'] as const;

/** The presenting window's layer over the atlas: caption card, counter, progress, controls and overlays. */
export function Presenter(p: Props) {
  const { t } = useTranslation();
  const count = p.tour.steps.length;
  const step = p.tour.steps[p.index]!;
  const { help, setHelp, qr, setQr, typed, act } = usePresentation({
    enabled: true,
    count,
    index: p.index,
    onGo: p.onGo,
    onLeave: p.onLeave,
    onReturn: p.onReturn,
    onSpeaker: p.onSpeaker,
    blank: p.blank,
    onBlank: p.onBlank,
  });
  const card = useRef<HTMLDivElement>(null);
  // The chart shown large keeps clear of the card (it would otherwise hide the plot's axis).
  useReservedEdge(card, p.chartOpen && p.arrived);
  // The card is an overlay the map frames the step's zones clear of.
  useFramingObstacle(card);
  const { onShown } = p;
  useLayoutEffect(() => {
    onShown?.(true);
    return () => onShown?.(false);
  }, [onShown]);
  const counter = t('tour.counter', { n: p.index + 1, count });
  const caption = textIn(step.caption, p.lang);
  const title = textIn(p.tour.title, p.lang);

  return (
    <section className={`tour ${p.phone ? 'tour--phone' : 'tour--projector'}`} aria-label={t('tour.regionLabel', { title })}>
      <TopLayer raise={p.chartOpen}>
      <div className="tour__card" ref={card}>
        <div className="tour__meta">
          <span className="tour__title">{title}</span>
          <span className="tour__counter" data-testid="tour-counter">
            {counter}
          </span>
        </div>
        <div className="tour__progress" aria-hidden="true">
          <span style={{ width: `${((p.index + 1) / count) * 100}%` }} />
        </div>
        <p className="tour__caption" data-testid="tour-caption" style={{ visibility: p.arrived ? 'visible' : 'hidden' }} lang={p.lang === 'zh' ? 'zh-CN' : 'en'}>
          {caption}
        </p>
        {p.problems.length > 0 && (
          <p className="tour__notice" role="note">
            {p.problems.join(' ')}
          </p>
        )}
        {p.kioskPaused !== null && <p className="tour__kiosk">{p.kioskPaused ? t('tour.kioskPaused') : t('tour.kioskRunning')}</p>}
        {typed && <p className="tour__typed" aria-live="polite">{t('tour.typed', { n: typed })}</p>}
        <div className="tour__controls">
          <button type="button" className="tour-button" onClick={() => act('prev')} disabled={p.index === 0}>
            {t('tour.prev')}
          </button>
          <button type="button" className="tour-button tour-button--primary" onClick={() => act('next')} disabled={p.index === count - 1}>
            {t('tour.next')}
          </button>
          {!p.phone &&
            DESK_ACTIONS.map((a) => (
              <button key={a} type="button" className="tour-button" onClick={() => act(a)}>
                {t(`tour.${a}`)}
              </button>
            ))}
          <button type="button" className="tour-button" onClick={() => act('leave')}>
            {t('tour.leave')}
          </button>
        </div>
      </div>
      </TopLayer>
      <p className="visually-hidden" aria-live="polite">
        {p.arrived ? `${counter}. ${caption}` : ''}
      </p>
      {help && (
        <TopLayer>
          <KeyHelp onClose={() => setHelp(false)} />
        </TopLayer>
      )}
      {qr && (
        <TopLayer>
        <div className="tour-overlay" role="dialog" aria-modal="true" aria-label={t('tour.qrTitle')}>
          <div className="tour-overlay__card tour-qr">
            <h2>{t('tour.qrTitle')}</h2>
            {p.link ? <TourQr text={p.link} label={t('tour.qrLabel', { n: p.index + 1 })} side={Math.min(560, Math.round(window.innerHeight * 0.6))} /> : <p>{t('tour.tooLong')}</p>}
            <p className="tour-qr__hint">{t('tour.qrHint', { counter })}</p>
            <button type="button" className="tour-button" onClick={() => setQr(false)} autoFocus>
              {t('tour.close')}
            </button>
          </div>
        </div>
        </TopLayer>
      )}
      {p.blank && (
        <TopLayer>
        <div className={`tour-blank tour-blank--${p.blank}`} data-testid="tour-blank" role="img" aria-label={t(p.blank === 'black' ? 'tour.blankBlack' : 'tour.blankWhite')} onClick={() => p.onBlank(null)} />
        </TopLayer>
      )}
    </section>
  );
}
