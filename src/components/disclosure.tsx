import { useId, useState, type ReactNode } from 'react';
import './disclosure.css';

type Props = {
  /** The button's visible label. */
  label: ReactNode;
  /** An accessible name for the button when the visible label is too terse (e.g. "Source of output value"). */
  ariaLabel?: string;
  children: ReactNode;
  className?: string;
};

/** A button that shows and hides content inline (WAI-ARIA disclosure). Closed content is not rendered. */
export function Disclosure({ label, ariaLabel, children, className }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={`disclosure${className ? ` ${className}` : ''}`}>
      <button
        type="button"
        className="disclosure__button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={ariaLabel}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="disclosure__icon" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {label}
      </button>
      {open && (
        <div id={id} className="disclosure__content">
          {children}
        </div>
      )}
    </div>
  );
}
