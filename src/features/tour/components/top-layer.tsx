import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Puts its children in the browser's top layer (a manual popover), so the caption, the overlays and
 * the blank screen stay above a modal dialog such as the chart shown large. Raised again (to the top)
 * whenever `raise` changes, e.g. once that dialog has opened.
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
    return () => {
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
