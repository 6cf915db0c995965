import { useRef, useState, type CSSProperties, type ReactNode, type PointerEvent } from 'react';

export type SheetSnap = 'peek' | 'full';

type Props = {
  id?: string;
  label: string;
  handleLabel: { expand: string; collapse: string };
  children: ReactNode;
};

/**
 * The panel beside the map. On a wide screen it is a side column; on a phone (CSS decides) it is a
 * bottom sheet that can be dragged, or toggled with its handle button, between peek and full height.
 */
export function SideSheet({ id, label, handleLabel, children }: Props) {
  const [snap, setSnap] = useState<SheetSnap>('peek');
  const [dragY, setDragY] = useState<number | null>(null);
  const start = useRef<{ y: number; moved: boolean } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    start.current = { y: e.clientY, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!start.current) return;
    const dy = e.clientY - start.current.y;
    if (Math.abs(dy) > 6) start.current.moved = true;
    setDragY(dy);
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const s = start.current;
    start.current = null;
    setDragY(null);
    if (!s) return;
    const dy = e.clientY - s.y;
    if (!s.moved) setSnap(snap === 'peek' ? 'full' : 'peek');
    else if (dy < -40) setSnap('full');
    else if (dy > 40) setSnap('peek');
  };

  return (
    <aside
      id={id}
      tabIndex={-1}
      className="side-sheet"
      data-snap={snap}
      aria-label={label}
      style={dragY !== null ? ({ '--sheet-drag': `${dragY}px` } as CSSProperties) : undefined}
      data-dragging={dragY !== null || undefined}
    >
      <button
        type="button"
        className="side-sheet__handle"
        aria-label={snap === 'peek' ? handleLabel.expand : handleLabel.collapse}
        aria-expanded={snap === 'full'}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => { start.current = null; setDragY(null); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            setSnap(snap === 'peek' ? 'full' : 'peek');
          }
        }}
      >
        <span aria-hidden="true" />
      </button>
      <div className="side-sheet__body">{children}</div>
    </aside>
  );
}
