import { useLayoutEffect, type RefObject } from 'react';

/**
 * While `enabled`, tells the page how much of the window's top or bottom edge the caption card takes,
 * as the CSS custom properties `--reserved-top` / `--reserved-bottom` on the root element. The chart
 * shown large beside a presented step (progress.css) keeps clear of it, so the caption never covers
 * the plot. Kept up to date when the card or the window changes size.
 */
export function useReservedEdge(card: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const el = card.current;
    const root = document.documentElement.style;
    const clear = () => {
      root.removeProperty('--reserved-top');
      root.removeProperty('--reserved-bottom');
    };
    if (!enabled || !el) return clear;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const gap = 12;
      clear();
      // The card is at the foot of the window on a projector, at its head on a phone.
      if (r.top > window.innerHeight / 2) root.setProperty('--reserved-bottom', `${Math.ceil(window.innerHeight - r.top + gap)}px`);
      else root.setProperty('--reserved-top', `${Math.ceil(r.bottom + gap)}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      clear();
    };
  }, [card, enabled]);
}
