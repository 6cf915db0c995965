import { useLayoutEffect, useRef, useState } from 'react';

type Props = { x: number; y: number; title: string; subtitle: string };

const GAP = 14;

/**
 * The card that names a zone and its cluster(s), beside the pointer or the keyboard-focused marker.
 * It never takes the pointer, and it flips and clamps so it always stays inside the map.
 */
export function ZoneTooltip({ x, y, title, subtitle }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: x + GAP, top: y + GAP });
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.offsetParent?.getBoundingClientRect();
    if (!el || !box) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    let left = x + GAP + w > box.width ? x - GAP - w : x + GAP;
    let top = y + GAP + h > box.height ? y - GAP - h : y + GAP;
    left = Math.max(4, Math.min(left, box.width - w - 4));
    top = Math.max(4, Math.min(top, box.height - h - 4));
    setPos({ left, top });
  }, [x, y, title, subtitle]);
  return (
    <div ref={ref} className="zone-tooltip" role="tooltip" style={pos}>
      <strong>{title}</strong>
      <span>{subtitle}</span>
    </div>
  );
}
