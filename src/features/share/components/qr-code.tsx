import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'qrcode';

/** Smallest side of the drawn code in CSS pixels; it grows in whole pixels per module. */
const MIN_SIDE = 264;
/** The white margin a scanner needs, in modules. */
const QUIET = 4;

function matrixOf(text: string) {
  try {
    return create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null;
  }
}

/**
 * The QR code of a link, drawn on a canvas from the `qrcode` library's module matrix, with whole
 * pixels per module so it stays sharp on a projector, and the view's name under it.
 */
export function QrCode({ text, name }: { text: string; name: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const modules = useMemo(() => matrixOf(text), [text]);
  const total = modules ? modules.size + 2 * QUIET : 0;
  const scale = total ? Math.ceil(MIN_SIDE / total) : 0;
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
        if (modules.get(row, col)) ctx.fillRect((col + QUIET) * cell, (row + QUIET) * cell, cell, cell);
  }, [modules, scale, side]);

  return (
    <figure className="share-qr">
      {modules ? (
        <canvas ref={canvas} className="share-qr__code" role="img" aria-label={t('share.qrLabel', { name })} style={{ width: side, height: side }} />
      ) : (
        <p className="share-qr__error">{t('share.qrTooLong')}</p>
      )}
      <figcaption>
        <span className="share-qr__name">{name}</span>
        <span className="share-qr__hint">{t('share.qrHint')}</span>
      </figcaption>
    </figure>
  );
}
