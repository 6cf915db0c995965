import { useTranslation } from 'react-i18next';
import { clusterColor } from '../../../config/cluster-colors';
import type { ClusterId, Dataset } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { downloadBlob } from '../../../lib/download';
import { mapCaptureAvailable } from '../../../lib/map-capture';
import type { Selection } from '../utils/figure-rows';

type Props = {
  data: Dataset | undefined;
  viewName: string;
  selection: Selection;
  /** The link's language and the clusters it hides: the picture's legend leaves those out. */
  lang: Lang;
  hiddenClusters: readonly ClusterId[];
  onStatus: (message: string) => void;
  /** A zone or a cluster: printing gives its one-page brief. */
  printable: boolean;
};

/** The map's file name says the view: `dalian-atlas-dagushan-en.png`, `dalian-atlas-automotive-zh.png`, `dalian-atlas-overview-en.png`. */
export function mapFileName(selection: Selection, lang: Lang): string {
  const view = [selection.zoneId, selection.clusterId].filter(Boolean).join('-') || 'overview';
  return `dalian-atlas-${view}-${lang}.png`;
}

/** The map as a PNG (2×), with its legend (the clusters shown), scale and attribution drawn in; and the printed one-page brief. */
export function ShareMapActions({ data, viewName, selection, lang, hiddenClusters, onStatus, printable }: Props) {
  const { t } = useTranslation();
  if (!mapCaptureAvailable()) return null;
  const mapPng = async () => {
    try {
      const legend = (data?.clusters ?? []).filter((c) => !hiddenClusters.includes(c.id)).map((c) => ({ color: clusterColor(c.id), name: t(`cluster.${c.id}`) }));
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
