import { useTranslation } from 'react-i18next';
import { DataNotice } from '../components/data-notice';
import type { DatasetFileKey } from '../lib/data/dataset-query';
import './map-notices.css';

/** The basemap's sources (src/features/map/config/basemap-style.ts), one file each under public/basemap. */
export const BASEMAP_SOURCES = ['land', 'districts', 'neighbours', 'boundaries', 'labels', 'aeroways', 'landmarks'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];

/** What the map draws from the dataset: the zones and their outlines, the cluster legend, the company counts and sites. */
const MAP_FILES: readonly DatasetFileKey[] = ['zones', 'outlines', 'clusters', 'enterprises'];

/** Over the map: which of its data and basemap files did not load, so the map never looks complete when it is not. */
export function MapNotices({ missingBasemap }: { missingBasemap: readonly BasemapSource[] }) {
  const { t, i18n } = useTranslation();
  const layers = missingBasemap.map((s) => t(`basemapMissing.layer.${s}`)).join(i18n.language === 'zh' ? '、' : ', ');
  return (
    <div className="map-notices">
      <DataNotice need={MAP_FILES} live="status" className="data-notice--map" />
      {missingBasemap.length > 0 && (
        <p className="data-notice data-notice--map" role="status" data-missing-basemap={missingBasemap.join(' ')}>
          {t('basemapMissing.text', { layers })}
        </p>
      )}
    </div>
  );
}
