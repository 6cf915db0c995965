/**
 * The map view as a PNG: the map's frame with the legend, the scale bar and the attribution drawn
 * onto it with canvas 2D, in the page's fonts (Chinese from the system's CJK font).
 */
import { canvasToPng } from './chart-image';

export type MapImageParts = {
  frame: HTMLCanvasElement;
  /** The map's size in CSS px (the frame is in device px). */
  cssWidth: number;
  title: string;
  legendTitle: string;
  legend: { color: string; name: string }[];
  attribution: string;
  /** The scale bar as MapLibre draws it: its label ("3 km") and its length in CSS px. */
  scale: { label: string; width: number } | null;
};

export function composeMapImage(parts: MapImageParts): HTMLCanvasElement {
  const { frame } = parts;
  const r = frame.width / parts.cssWidth || 1;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const titleH = 44 * r;
  const out = document.createElement('canvas');
  out.width = frame.width;
  out.height = frame.height + titleH;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const font = (px: number, weight = 400) => `${weight} ${px * r}px ${family}`;

  ctx.fillStyle = '#fffdf8';
  ctx.fillRect(0, 0, out.width, titleH);
  ctx.fillStyle = '#1f2933';
  ctx.font = font(20, 700);
  ctx.textBaseline = 'middle';
  ctx.fillText(parts.title, 14 * r, titleH / 2, out.width - 28 * r);
  ctx.drawImage(frame, 0, titleH);

  // The legend, top left, as on screen.
  const pad = 10 * r;
  const row = 24 * r;
  ctx.font = font(15);
  const nameW = Math.max(...parts.legend.map((l) => ctx.measureText(l.name).width), 0);
  ctx.font = font(16, 700);
  const boxW = Math.max(ctx.measureText(parts.legendTitle).width, nameW + 28 * r) + 2 * pad;
  const boxH = pad * 2 + row * (parts.legend.length + 1);
  const x0 = 12 * r;
  const y0 = titleH + 12 * r;
  ctx.fillStyle = 'rgba(255,253,248,0.96)';
  ctx.strokeStyle = '#d8d2c4';
  ctx.lineWidth = r;
  ctx.fillRect(x0, y0, boxW, boxH);
  ctx.strokeRect(x0, y0, boxW, boxH);
  ctx.fillStyle = '#1f2933';
  ctx.fillText(parts.legendTitle, x0 + pad, y0 + pad + row / 2);
  ctx.font = font(15);
  parts.legend.forEach((l, i) => {
    const y = y0 + pad + row * (i + 1);
    ctx.fillStyle = l.color;
    ctx.fillRect(x0 + pad, y + 4 * r, 16 * r, 16 * r);
    ctx.strokeStyle = 'rgba(0,0,0,0.3)';
    ctx.strokeRect(x0 + pad, y + 4 * r, 16 * r, 16 * r);
    ctx.fillStyle = '#1f2933';
    ctx.fillText(l.name, x0 + pad + 26 * r, y + row / 2);
  });

  // The attribution along the bottom right; the scale bar above the bottom left.
  ctx.font = font(12);
  const attrW = Math.min(ctx.measureText(parts.attribution).width + 12 * r, out.width);
  const attrH = 20 * r;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(out.width - attrW, out.height - attrH, attrW, attrH);
  ctx.fillStyle = '#333';
  ctx.fillText(parts.attribution, out.width - attrW + 6 * r, out.height - attrH / 2, attrW - 12 * r);
  if (parts.scale) {
    const w = parts.scale.width * r;
    const sx = 12 * r;
    const sy = out.height - attrH - 14 * r;
    ctx.fillStyle = 'rgba(255,255,255,0.8)';
    ctx.fillRect(sx, sy - 18 * r, w, 18 * r);
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 2 * r;
    ctx.beginPath();
    ctx.moveTo(sx, sy - 18 * r);
    ctx.lineTo(sx, sy);
    ctx.lineTo(sx + w, sy);
    ctx.lineTo(sx + w, sy - 18 * r);
    ctx.stroke();
    ctx.fillStyle = '#333';
    ctx.fillText(parts.scale.label, sx + 5 * r, sy - 9 * r);
  }
  return out;
}

export const mapImagePng = (parts: MapImageParts) => canvasToPng(composeMapImage(parts));

/** The map on the page as a PNG at twice its CSS size, with its attribution and scale; null without a map. */
export async function pageMapPng(parts: Pick<MapImageParts, 'title' | 'legendTitle' | 'legend'>): Promise<Blob | null> {
  const { captureMap } = await import('./map-capture');
  const picture = await captureMap(2);
  if (!picture) return null;
  return mapImagePng({ ...parts, ...picture });
}
