import { useEffect, useRef } from 'react';

export const PANEL_ID = 'atlas-panel';

/** A selector that finds the same control again after a re-render replaced it (e.g. a zone list button). */
function selectorFor(el: Element): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const zone = el.getAttribute('data-zone');
  if (zone) return `[data-zone="${CSS.escape(zone)}"]`;
  return null;
}

/**
 * Focus follows the panel: when a zone or cluster opens, focus moves to the panel's heading; when it
 * closes (Escape, ×, Back), focus returns to the control that opened it, or to the panel, never to
 * the page's body. A link opened cold keeps the focus where the browser puts it.
 */
export function usePanelFocus(selectionKey: string | null) {
  const lastFocused = useRef<{ el: Element; selector: string | null } | null>(null);
  const opener = useRef<{ el: Element; selector: string | null } | null>(null);
  const previous = useRef(selectionKey);

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target;
      if (!(el instanceof Element) || el.closest(`#${PANEL_ID} .zones-panel, #${PANEL_ID} .clusters-panel`)) return;
      lastFocused.current = { el, selector: selectorFor(el) };
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    const before = previous.current;
    previous.current = selectionKey;
    if (before === selectionKey) return;
    const panel = document.getElementById(PANEL_ID);
    if (selectionKey) {
      if (before === null) opener.current = lastFocused.current;
      // The panel's content may still be loading: wait a frame for its heading.
      const frame = requestAnimationFrame(() => {
        const heading = document.querySelector<HTMLElement>(`#${PANEL_ID} section h2`);
        if (!heading) return;
        // A new panel reads from its top, or from the enterprise the user chose.
        const body = panel?.querySelector('.side-sheet__body');
        if (body) body.scrollTop = 0;
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
        panel?.querySelector('.enterprise-list__item--selected')?.scrollIntoView?.({ block: 'nearest' });
      });
      return () => cancelAnimationFrame(frame);
    }
    const back = opener.current;
    opener.current = null;
    const frame = requestAnimationFrame(() => {
      const target =
        (back?.el.isConnected ? back.el : back?.selector ? document.querySelector(back.selector) : null) ?? panel;
      if (target instanceof HTMLElement) target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [selectionKey]);
}
