import { useEffect, useMemo, useRef } from 'react';
import { create } from 'qrcode';

const QUIET = 4;

/** A large QR code of a link, drawn from the `qrcode` module matrix in whole pixels per module (sharp on a projector). */
export function TourQr({ text, label, side: wanted }: { text: string; label: string; side: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const modules = useMemo(() => {
    try {
      return create(text, { errorCorrectionLevel: 'M' }).modules;
    } catch {
      return null;
    }
  }, [text]);
  const total = modules ? modules.size + 2 * QUIET : 0;
  const scale = total ? Math.max(1, Math.floor(wanted / total)) : 0;
  const side = total * scale;
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !modules) return;
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const cell = scale * ratio;
    c.width = c.height = side * ratio;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.fillStyle = '#000';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) ctx.fillRect((col + QUIET) * cell, (row + QUIET) * cell, cell, cell);
  }, [modules, scale, side]);
  if (!modules) return null;
  return <canvas ref={canvas} className="tour-qr__code" role="img" aria-label={label} style={{ width: side, height: side }} />;
}
