import { useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../lib/data/schemas';

type Props = {
  /** The chart's figure: its plot, key and unit are read from it when a download is asked for. */
  figure: RefObject<HTMLElement | null>;
  title: string;
  units: string;
  /** "Sources: …", drawn under the key. */
  source: string;
  /** The file name without its extension. */
  fileName: string;
  /** The key's entries inside the figure; each may hold a swatch (an <svg>). */
  keySelector: string;
};

/**
 * "Download chart (PNG)" and "(SVG)": the chart as drawn, with its title, key, units and sources
 * added as text. The image code is fetched on the first click.
 */
export function ChartDownloads({ figure, title, units, source, fileName, keySelector }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const run = async (kind: 'png' | 'svg') => {
    const root = figure.current;
    const plot = root?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!root || !plot) return;
    try {
      const { buildChartSvg, svgToPng, downloadBlob } = await import('../../../lib/chart-image');
      const key = [...root.querySelectorAll<HTMLElement>(keySelector)].map((el) => ({
        swatch: el.querySelector<SVGSVGElement>('svg'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }));
      // Landscape, for a slide: the plot with its key beside it.
      const image = buildChartSvg({ plot, title, units, key, source, width: 1000, layout: 'landscape' });
      const blob = kind === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(image.svg, image.width, image.height, 2);
      const file = `${fileName}.${kind}`;
      downloadBlob(blob, file);
      setStatus(t('progress.download.done', { file }));
    } catch (e) {
      setStatus(t('progress.download.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button type="button" className="progress-chart__download" aria-label={t('progress.download.png')} title={t('progress.download.png')} onClick={() => void run('png')}>
        PNG
      </button>
      <button type="button" className="progress-chart__download" aria-label={t('progress.download.svg')} title={t('progress.download.svg')} onClick={() => void run('svg')}>
        SVG
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </>
  );
}

/** "Sources: title, publisher; title…", the line drawn under a downloaded chart. */
export function sourceLine(ids: readonly string[], sources: Source[], t: TFunction): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const list = ids.map((id) => {
    const s = byId.get(id);
    return s ? [s.title, s.publisher, s.date].filter(Boolean).join(', ') : id;
  });
  return t('progress.download.sources', { count: list.length, list: list.join('; ') });
}
