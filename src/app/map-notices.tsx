import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from './atlas-model';
import { DataNotice } from '../components/data-notice';
import type { DatasetFileKey } from '../lib/data/dataset-query';
import './map-notices.css';

/** The basemap's sources (src/features/map/config/basemap-style.ts), one file each under public/basemap. */
export const BASEMAP_SOURCES = ['land', 'districts', 'boundaries', 'labels', 'aeroways', 'landmarks'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];

/** What the map draws from the dataset: the zones and their outlines, the cluster legend, the company counts and sites. */
const MAP_FILES: readonly DatasetFileKey[] = ['zones', 'outlines', 'clusters', 'enterprises'];

type Props = {
  missingBasemap: readonly BasemapSource[];
  /** Whether the map's own notices apply: the map is drawn and its data files have answered. */
  mapDrawn: boolean;
  /** Other quiet notices stacked in the same place (the app's version). */
  children?: ReactNode;
};

/**
 * Over the map: which of its data and basemap files did not load, so the map never looks complete
 * when it is not; then the app's other quiet notices, in the one place clear of the legend and panel.
 */
export function MapNotices({ missingBasemap, mapDrawn, children }: Props) {
  const { t } = useTranslation();
  const { lang } = useAtlasModel();
  const layers = missingBasemap.map((s) => t(`basemapMissing.layer.${s}`)).join(lang === 'zh' ? '、' : ', ');
  return (
    <div className="map-notices">
      {mapDrawn && <DataNotice need={MAP_FILES} live="status" className="data-notice--map" />}
      {mapDrawn && missingBasemap.length > 0 && (
        <p className="data-notice data-notice--map" role="status" data-missing-basemap={missingBasemap.join(' ')}>
          {t('basemapMissing.text', { layers })}
        </p>
      )}
      {children}
    </div>
  );
}
