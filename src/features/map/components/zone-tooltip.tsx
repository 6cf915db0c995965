type Props = { x: number; y: number; title: string; subtitle: string };

/** The hover card that names a zone and its cluster(s); it never takes the pointer. */
export function ZoneTooltip({ x, y, title, subtitle }: Props) {
  return (
    <div className="zone-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <strong>{title}</strong>
      <span>{subtitle}</span>
    </div>
  );
}
