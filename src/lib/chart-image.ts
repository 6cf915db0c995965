/**
 * A chart as a file: a standalone SVG (the chart's own SVG cloned, with its title, key, units and
 * source line added as text), and that SVG rasterised to PNG through an <img> and a canvas.
 * Everything is drawn from the page's own DOM; nothing is fetched.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export type ChartKeyItem = { swatch: SVGSVGElement | null; text: string };
export type ChartImageParts = {
  /** The chart's plot, as drawn on screen (recharts' SVG). */
  plot: SVGSVGElement;
  title: string;
  /** The unit of the amounts, e.g. "billion RMB". */
  units: string;
  key: ChartKeyItem[];
  /** "Source: …" (one line of text, wrapped to the width). */
  source: string;
  /** Width of the image in CSS px; the plot is scaled to it. */
  width?: number;
  /**
   * 'landscape': the plot on the left and the key beside it in a compact column (a download, for a
   * slide); 'portrait' (default): the key under the plot.
   */
  layout?: 'portrait' | 'landscape';
};

const INK = '#1f2933';
const SOFT = '#52606d';
const PAD = 24;

let measurer: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 8;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/** Splits a text into lines no wider than `max`: at spaces, and anywhere between CJK characters. */
export function wrapText(text: string, max: number, width: (s: string) => number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && width(next.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? '' : token;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function textEl(doc: Document, x: number, y: number, text: string, size: number, opts: { weight?: number; fill?: string } = {}) {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('fill', opts.fill ?? INK);
  if (opts.weight) t.setAttribute('font-weight', String(opts.weight));
  t.textContent = text;
  return t;
}

/** The chart's standalone SVG, as text, with its size (CSS px). */
export function buildChartSvg(parts: ChartImageParts): { svg: string; width: number; height: number; element: SVGSVGElement } {
  const doc = document;
  const rect = parts.plot.getBoundingClientRect();
  const plotW = rect.width || Number(parts.plot.getAttribute('width')) || 600;
  const plotH = rect.height || Number(parts.plot.getAttribute('height')) || 360;
  const width = parts.width ?? Math.max(600, Math.round(plotW));
  const inner = width - 2 * PAD;
  const family = getComputedStyle(doc.body).fontFamily || 'sans-serif';
  const font = (size: number, weight = 400) => `${weight} ${size}px ${family}`;

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('font-family', family);
  const items: Element[] = [];
  let y = PAD;

  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  items.push(bg);

  const block = (text: string, size: number, opts: { weight?: number; fill?: string; x?: number; max?: number } = {}) => {
    const x = opts.x ?? PAD;
    for (const line of wrapText(text, opts.max ?? inner, (s) => measure(s, font(size, opts.weight)))) {
      y += size * 1.3;
      items.push(textEl(doc, x, y - size * 0.3, line, size, opts));
    }
  };

  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = parts.title;
  root.append(title);
  block(parts.title, 24, { weight: 700 });
  y += 6;
  block(parts.units, 16, { fill: SOFT });
  y += 8;

  // The plot, scaled to its column, its own styles inlined where CSS set them.
  const landscape = parts.layout === 'landscape';
  const plotColumn = landscape ? Math.round(inner * 0.6) : inner;
  const plot = parts.plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(parts.plot, plot);
  const scale = plotColumn / plotW;
  const plotTop = y;
  plot.setAttribute('x', String(PAD));
  plot.setAttribute('y', String(y));
  plot.setAttribute('width', String(plotColumn));
  plot.setAttribute('height', String(plotH * scale));
  plot.setAttribute('viewBox', `0 0 ${plotW} ${plotH}`);
  plot.removeAttribute('style');
  plot.removeAttribute('class');
  items.push(plot);
  const plotBottom = y + plotH * scale;

  // The key: under the plot, or beside it in a compact column of smaller type.
  const keyX = landscape ? PAD + plotColumn + 24 : PAD;
  const keyW = landscape ? inner - plotColumn - 24 : inner;
  const keySize = landscape ? 15 : 16;
  const swatchW = landscape ? 24 : 28;
  y = landscape ? plotTop + 4 : plotBottom + 12;
  for (const item of parts.key) {
    const top = y;
    if (item.swatch) {
      const sw = item.swatch.cloneNode(true) as SVGSVGElement;
      inlineStyles(item.swatch, sw);
      sw.setAttribute('x', String(keyX));
      sw.setAttribute('y', String(top + (landscape ? 1 : 4)));
      sw.setAttribute('width', String(swatchW));
      const ownW = Number(item.swatch.getAttribute('width')) || 28;
      const ownH = Number(item.swatch.getAttribute('height')) || 20;
      sw.setAttribute('height', String((swatchW * ownH) / ownW));
      if (!sw.hasAttribute('viewBox')) sw.setAttribute('viewBox', `0 0 ${ownW} ${ownH}`);
      sw.removeAttribute('class');
      items.push(sw);
    }
    const indent = item.swatch ? swatchW + 8 : 0;
    block(item.text, keySize, { x: keyX + indent, max: keyW - indent });
    y = Math.max(y, top + (landscape ? 20 : 28)) + (landscape ? 6 : 4);
  }
  y = Math.max(y, plotBottom + 4);
  y += 8;
  block(parts.source, 14, { fill: SOFT });
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.append(...items);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height, element: root };
}

/** Copies the computed paint of each element (set by CSS, e.g. recharts' classes) onto the clone. */
function inlineStyles(from: Element, to: Element) {
  const a = [from, ...from.querySelectorAll('*')];
  const b = [to, ...to.querySelectorAll('*')];
  a.forEach((el, i) => {
    const target = b[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    const style: string[] = [];
    for (const prop of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight']) {
      const v = cs.getPropertyValue(prop);
      if (v && !el.getAttribute(prop)) style.push(`${prop}:${v}`);
    }
    if (cs.display === 'none' || cs.visibility === 'hidden') style.push('display:none');
    if (style.length) target.setAttribute('style', style.join(';'));
    else target.removeAttribute('style');
    target.removeAttribute('role');
    target.removeAttribute('tabindex');
  });
}

/** Draws an SVG (text) on a canvas at `ratio` device pixels per CSS pixel and returns it as PNG. */
export async function svgToPng(svg: string, width: number, height: number, ratio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export { downloadBlob } from './download';
