import { useEffect, useMemo, useRef } from 'react';
import { QR_QUIET, qrModules } from '../lib/qr';

type Props = {
  text: string;
  /** The accessible name of the code. */
  label: string;
  className?: string;
  /** The side in CSS pixels: the code is drawn in whole pixels per module, at least or at most this. */
  side: number;
  fit: 'at-least' | 'at-most';
};

/**
 * A QR code of a link, drawn on a canvas from the `qrcode` library's module matrix, with whole
 * pixels per module and its quiet zone, so it stays sharp on a projector and scans across a table.
 * Nothing is drawn when the text is too long for a QR code (the caller says so).
 */
export function QrCanvas({ text, label, className, side: wanted, fit }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const modules = useMemo(() => qrModules(text), [text]);
  const total = modules ? modules.size + 2 * QR_QUIET : 0;
  const scale = total ? Math.max(1, fit === 'at-least' ? Math.ceil(wanted / total) : Math.floor(wanted / total)) : 0;
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
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col)) ctx.fillRect((col + QR_QUIET) * cell, (row + QR_QUIET) * cell, cell, cell);
  }, [modules, scale, side]);
  if (!modules) return null;
  return <canvas ref={canvas} className={className} role="img" aria-label={label} style={{ width: side, height: side }} />;
}
