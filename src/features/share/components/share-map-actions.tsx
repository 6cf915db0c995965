import { useTranslation } from 'react-i18next';
import { clusterColor } from '../../../config/cluster-colors';
import type { Dataset } from '../../../lib/data/schemas';
import { downloadBlob } from '../../../lib/download';
import { mapCaptureAvailable } from '../../../lib/map-capture';
import type { Selection } from '../utils/figure-rows';

type Props = { data: Dataset | undefined; viewName: string; selection: Selection; onStatus: (message: string) => void; /** A zone or a cluster: printing gives its one-page brief. */ printable: boolean };

/** The map's file name says the view: `dalian-atlas-dagushan-en.png`, `dalian-atlas-automotive-zh.png`, `dalian-atlas-overview-en.png`. */
export function mapFileName(selection: Selection, lang: 'en' | 'zh'): string {
  const view = [selection.zoneId, selection.clusterId].filter(Boolean).join('-') || 'overview';
  return `dalian-atlas-${view}-${lang}.png`;
}

/** The map as a PNG (2×), with its legend (the clusters shown), scale and attribution drawn in; and the printed one-page brief. */
export function ShareMapActions({ data, viewName, selection, onStatus, printable }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh' ? 'zh' : 'en';
  if (!mapCaptureAvailable()) return null;
  const mapPng = async () => {
    try {
      const hidden = new URLSearchParams(window.location.search).get('hide')?.split(',') ?? [];
      const legend = (data?.clusters ?? []).filter((c) => !hidden.includes(c.id)).map((c) => ({ color: clusterColor(c.id), name: t(`cluster.${c.id}`) }));
      const { pageMapPng } = await import('../../../lib/map-image');
      const blob = await pageMapPng({ title: viewName, legendTitle: t('legend.title'), legend });
      if (!blob) throw new Error(t('share.mapUnavailable'));
      const file = mapFileName(selection, lang);
      downloadBlob(blob, file);
      onStatus(t('share.downloaded', { file }));
    } catch (e) {
      onStatus(t('share.downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section className="share-section" aria-label={t('share.mapSection')}>
      <div className="share-actions">
        <button type="button" className="share-action" onClick={() => void mapPng()}>
          {t('share.downloadMap')}
        </button>
        {printable && (
          <button type="button" className="share-action" onClick={() => window.print()}>
            {t('share.printBrief')}
          </button>
        )}
      </div>
    </section>
  );
}
