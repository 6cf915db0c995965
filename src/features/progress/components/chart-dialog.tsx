import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** Controlled: the parent owns the state (today local state, later maybe the URL). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** Where focus goes back to when the dialog closes (the "Expand chart" button). */
  returnFocusTo: RefObject<HTMLElement | null>;
  /**
   * Modal (default): the rest of the page is inert and Tab cycles inside. Not modal: the dialog is a
   * manual popover, still above everything (the top layer) but the page stays usable, so a presented
   * step's caption card keeps its buttons and its announcement.
   */
  modal?: boolean;
  children: ReactNode;
};

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A chart shown large, in a <dialog>: modal (the rest of the page is inert, Tab and Shift+Tab cycle
 * inside) unless `modal` is false. Escape and the close button ask the parent to close it; Escape is
 * marked as handled (preventDefault), so the app's own Escape (clear the selection) does not also run.
 */
export function ChartDialog(props: Props) {
  // Mounted only while open: the chart inside is not drawn twice, and a closed dialog is not in the page.
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({ onOpenChange, title, returnFocusTo, modal = true, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  // A layout effect: the dialog is open (laid out) before its children's effects run, so the chart
  // inside measures its real size, never the 0×0 of a closed <dialog> (Recharts warned "width(0) and
  // height(0)" whenever its measure came first).
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = returnFocusTo.current;
    if (!dialog) return;
    // jsdom has neither showModal nor popovers; the attribute alone is the fallback.
    if (modal && typeof dialog.showModal === 'function') dialog.showModal();
    else if (!modal && typeof dialog.showPopover === 'function') {
      dialog.setAttribute('open', '');
      dialog.showPopover();
    } else dialog.setAttribute('open', '');
    // Beside a presented step the focus stays where the presenter left it: a clicker's Space or
    // Enter must reach the tour, not the chart's Close button.
    if (modal) closeRef.current?.focus();
    return () => {
      const hadFocus = dialog.contains(document.activeElement);
      if (dialog.matches?.(':popover-open')) dialog.hidePopover();
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (modal || hadFocus) opener?.focus();
    };
  }, [returnFocusTo, modal]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onOpenChange(false);
      return;
    }
    if (e.key !== 'Tab' || !modal) return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="chart-dialog"
      popover={modal ? undefined : 'manual'}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      // The browser's own cancel (Escape) is turned into a request to the parent, which owns the state.
      onCancel={(e) => {
        e.preventDefault();
        onOpenChange(false);
      }}
    >
      <div className="chart-dialog__header">
        <h2 id={titleId} className="chart-dialog__title">
          {title}
        </h2>
        <button ref={closeRef} type="button" className="chart-dialog__close" onClick={() => onOpenChange(false)}>
          <span aria-hidden="true">× </span>
          {t('progress.expand.close')}
        </button>
      </div>
      <div className="chart-dialog__body">{children}</div>
    </dialog>
  );
}
