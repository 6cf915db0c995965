import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Puts its children in the browser's top layer (a manual popover), so the caption, the overlays and
 * the blank screen stay above a dialog such as the chart shown large. Raised again (to the top)
 * whenever `raise` changes, and whenever another dialog or popover opens (its `toggle` event, caught
 * on the way down): the chart's dialog arrives with its lazy chunk, after `raise` has changed.
 */
export function TopLayer({ children, raise, className = '' }: { children: ReactNode; raise?: unknown; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof el.showPopover !== 'function') return;
    let frame = 0;
    const show = () => {
      if (el.matches(':popover-open')) el.hidePopover();
      el.showPopover();
    };
    show();
    // A dialog opened in the same commit reaches the top layer after this effect: raise once more.
    frame = requestAnimationFrame(show);
    const onToggle = (e: Event) => {
      const target = e.target;
      // Another of these layers (the key help, the QR code) is meant to be above: only foreign ones raise.
      if (!(target instanceof Element) || !target.matches('dialog, [popover]') || target.classList.contains('tour-layer')) return;
      if ((e as ToggleEvent).newState === 'open' && el.isConnected) show();
    };
    document.addEventListener('toggle', onToggle, true);
    return () => {
      document.removeEventListener('toggle', onToggle, true);
      cancelAnimationFrame(frame);
      if (el.isConnected && el.matches(':popover-open')) el.hidePopover();
    };
  }, [raise]);
  return (
    <div ref={ref} popover="manual" className={`tour-layer ${className}`}>
      {children}
    </div>
  );
}
