import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_EXTENT } from '../config/map-extent';
import type { ErrorEvent } from '@vis.gl/react-maplibre';
import type { Dataset, ZoneId } from '../lib/data/schemas';
import { CLUSTER_COLORS } from '../config/cluster-colors';
import { AtlasMap, type Insets } from '../features/map/components/atlas-map';
import { EnterpriseMarkers } from '../features/map/components/enterprise-markers';
import { MapCapture } from '../features/map/components/map-capture';
import type { ReachLine } from '../features/map/components/reach-lines';
import { useZoneDetail } from '../lib/data/zone-detail';
import { buildZoneFeatures } from '../features/map/utils/zone-features';
import { useMapViewModel } from '../features/map/hooks/use-map-view-model';
import { UpdateNotice } from '../features/offline/components/update-notice';
import { ClusterLegend } from '../features/clusters/components/cluster-legend';
import { PrintBriefHost, type BriefChart, type BriefIndicatorGroup } from '../features/export/components/print-brief-host';
import { CITY_INDICATORS, groupFigures } from '../features/overview/config/city-indicators';
import { MapKey } from '../features/map/components/map-key';
import { useAtlasActions } from './use-atlas-actions';
import { useAtlasModel } from './atlas-model';
import type { Camera } from './url-state';
import { useMediaQuery } from './use-media-query';
import { usePanelFocus } from './use-panel-focus';
import { UrlNotice } from './url-notice';
import { BASEMAP_SOURCES, MapNotices, type BasemapSource } from './map-notices';
import { useUrlRepair } from './use-url-repair';
import { useAtlasTour } from './atlas-tour';
import { supportsWebGL } from './webgl';
import { markFirstFrame } from '../lib/first-frame';
import { LoadBoundary } from '../components/load-boundary';
import { FramingObstaclesProvider } from '../components/framing-obstacles';
import { FoldedLegend } from './folded-legend';

/** How close the map comes to a landmark chosen in search (the airport's runways fill the view). */
/** A landmark chosen in search is shown as close as the basemap allows. */
const PLACE_ZOOM = MAP_EXTENT.maxZoom;
const sameCamera = (a: Camera, b: Camera) => Math.abs(a.lon - b.lon) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 1e-2;

/** The panels are fetched at once (the map's first frame does not wait for them); charts load on their own. */
// Drawn only on request (reach=1): its layers load then.
const ReachLines = lazy(() => import('../features/map/components/reach-lines').then((m) => ({ default: m.ReachLines })));
const Sidebar = lazy(() => import('./sidebar').then((m) => ({ default: m.Sidebar })));

/** The brief draws the progress feature's chart from the data (its code is the charts' chunk). */
const loadBriefChart = (): Promise<BriefChart> => import('../features/progress/components/progress-chart').then((m) => m.ProgressPrintChart);

export function AtlasView() {
  const { t } = useTranslation();
  const model = useAtlasModel();
  const { dataset: data, zonesById, hiddenZones: hidden, lang, selectedZone } = model;
  const { files } = model.files;
  const actions = useAtlasActions();
  const { url } = actions;
  const ready = (k: keyof typeof files) => files[k].state === 'ready';
  // The map waits for the zones' two files to answer (so it opens framed on them); without them it draws the basemap alone.
  const mapDataSettled = files.zones.state !== 'loading' && files.outlines.state !== 'loading';
  const zonesDrawn = ready('zones') && ready('outlines');
  const enterprisesKnown = ready('enterprises');
  const [missingBasemap, setMissingBasemap] = useState<BasemapSource[]>([]);
  const onMapError = useCallback((e: ErrorEvent) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    const basemap = BASEMAP_SOURCES.find((s) => s === sourceId);
    if (basemap) setMissingBasemap((m) => (m.includes(basemap) ? m : [...m, basemap]));
    else console.error(e.error);
  }, []);
  const phone = useMediaQuery('(max-width: 700px)');
  const [webgl] = useState(supportsWebGL);
  // Without WebGL there is no map frame to wait for: what waits for it (the charts) goes ahead.
  useEffect(() => {
    if (!webgl) markFirstFrame();
  }, [webgl]);
  const tour = useAtlasTour(data, actions, { webgl, phone });
  // Presenting on a projector hands the map the screen: the legend folds into a button, and the panel
  // folds away on the steps that show no zone or cluster (styles.css, .atlas-view--map-only).
  const presenting = tour.active && !phone && !url.embed;
  const mapOnly = presenting && !url.zone && !url.cluster;
  const features = useMemo(() => buildZoneFeatures(data.zones, data.outlines, CLUSTER_COLORS), [data]);
  const highlighted = useMemo(
    () => (url.cluster && !url.zone ? data.zones.filter((z) => z.clusterIds.includes(url.cluster!)).map((z) => z.id) : []),
    [data, url.cluster, url.zone],
  );
  // What the map shows of the data (labels, descriptions, the keyboard's order, company sites): the map feature's view-model.
  const outlined = useCallback((id: ZoneId) => features.outlined.has(id), [features]);
  const { labels, describeZone, keyboardOrder, sited } = useMapViewModel({
    zones: data.zones,
    enterprises: data.enterprises,
    outlined,
    hiddenClusters: url.hide,
    hiddenZones: hidden,
    selectedZoneId: url.zone,
    chosenEnterpriseId: url.ent,
    lang,
    enterprisesKnown,
    zonesById,
  });

  // An embed lays the panel beside or below the map, never over it (styles.css): nothing to frame around.
  const embed = Boolean(url.embed);
  const insets = useMemo<Insets>(
    () => (phone && !embed ? { top: 0, right: 0, bottom: Math.round((window.innerHeight - 56) * 0.42), left: 0 } : { top: 0, right: 0, bottom: 0, left: 0 }),
    [phone, embed],
  );
  // On a phone, without a map, and in an embed, the legend folds into the panel instead of covering the map.
  const legendInPanel = phone || !webgl || embed;
  const ui = useMemo(
    () => ({
      canvasLabel: t('map.keyboardHint'),
      zoomIn: t('map.ui.zoomIn'),
      zoomOut: t('map.ui.zoomOut'),
      resetBearing: t('map.ui.resetBearing'),
      km: t('map.ui.km'),
      m: t('map.ui.m'),
    }),
    [t],
  );

  const [linkCamera] = useState(url.at);
  // Without zones to frame, the map opens on the city (a view, not a fact: the middle of the basemap's bounds).
  const initialCamera = linkCamera ?? (zonesDrawn ? null : { lon: 121.8, lat: 39.2, zoom: 7.6 });
  const { setUrl } = actions;
  const onUserMove = useCallback((at: { lon: number; lat: number; zoom: number }) => void setUrl({ at }, { history: 'replace' }), [setUrl]);

  // A landmark chosen in search: a step of its own (Back returns), the map flies there; the flight
  // holds only while the link still shows that camera (a move, a selection or a tour takes over).
  const [placeFly, setPlaceFly] = useState<{ key: string; camera: Camera } | null>(null);
  const showPlace = useCallback(
    (place: { id: string; lon: number; lat: number }) => {
      const camera = { lon: Number(place.lon.toFixed(4)), lat: Number(place.lat.toFixed(4)), zoom: PLACE_ZOOM };
      void setUrl({ zone: null, cluster: null, ent: null, chart: null, at: camera });
      setPlaceFly((f) => ({ key: `place:${place.id}:${(f ? Number(f.key.split(':').pop()) : 0) + 1}`, camera }));
    },
    [setUrl],
  );
  const placeShown = placeFly && url.at && sameCamera(url.at, placeFly.camera) ? placeFly : null;

  // The selected zone's reach, drawn when the link asks (reach=1): its whole record's distances.
  const zoneDetail = useZoneDetail(url.zone ?? '', url.zone !== null && url.reach === true);
  const reach = url.reach && zoneDetail.state === 'ready' ? zoneDetail.zone : undefined;
  const reachLines = useMemo<ReachLine[]>(
    () =>
      reach?.reach?.targets.map((r) => ({
        id: r.kind,
        from: [reach.location.lon, reach.location.lat],
        to: [r.lon, r.lat],
        label: `${t(`zones.reach.kind.${r.kind}`)}${r.unnamed ? '' : ` · ${r.name[lang]}`}\n${t('zones.reach.km', { value: r.fromPointKm.toFixed(1) })}`,
      })) ?? [],
    [reach, t, lang],
  );
  const framedPlaces = useMemo(() => reachLines.map((l) => l.to), [reachLines]);

  // Escape clears the selection, wherever the focus is (a dialog or menu handles its own Escape first);
  // an embed acts only while its own document has the focus, never on keys meant for the host page.
  const { clearSelection } = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && document.hasFocus()) clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  // The overview's city indicators, as its panel groups them, for the overview's printed brief.
  const briefIndicators = useMemo<BriefIndicatorGroup[]>(
    () => CITY_INDICATORS.map((g) => ({ key: g.key, title: t(`overview.city.${g.key}`), figures: groupFigures(g, data.figures) })).filter((g) => g.figures.length > 0),
    [data, t],
  );

  const selectionKey = url.zone ?? (url.cluster ? `cluster:${url.cluster}` : null);
  usePanelFocus(selectionKey);
  const announcement = selectedZone
    ? t('app.announceZone', { name: selectedZone.name[lang] })
    : url.cluster
      ? t('app.announceCluster', { name: t(`cluster.${url.cluster}`) })
      : '';

  const legend = ready('clusters') && (
    <ClusterLegend
      clusters={data.clusters}
      colors={CLUSTER_COLORS}
      lang={lang}
      hidden={url.hide}
      chosenClusterId={url.zone ? null : url.cluster}
      onToggle={actions.toggleCluster}
      onChoose={actions.chooseCluster}
      variant={legendInPanel || presenting ? 'inline' : 'floating'}
    >
      <MapKey companySites={sited.length > 0} />
    </ClusterLegend>
  );

  // The legend and the caption card register themselves as overlays the map frames its zones around.
  return (
    <FramingObstaclesProvider>
      <div className={`atlas-view${presenting ? ' atlas-view--presenting' : ''}${mapOnly ? ' atlas-view--map-only' : ''}`}>
      {webgl && !mapDataSettled ? (
        <div className="atlas-map atlas-map--unavailable" role="region" aria-label={t('app.mapLabel')}>
          <p role="status">{t('app.loading')}</p>
        </div>
      ) : webgl ? (
        <AtlasMap
          // Zones that arrive after a failed load (a retry) reframe the map from scratch.
          key={zonesDrawn ? 'zones' : 'basemap-only'}
          onError={onMapError}
          lang={lang}
          features={features}
          labels={labels}
          selectedZoneId={url.zone}
          highlightedZoneIds={highlighted}
          hiddenZoneIds={hidden}
          keyboardOrder={keyboardOrder}
          onSelectZone={actions.selectZone}
          describeZone={describeZone}
          insets={insets}
          compact={embed}
          ariaLabel={t('app.mapLabel')}
          ui={ui}
          initialCamera={initialCamera}
          onUserMove={onUserMove}
          {...tour.mapProps}
          flyTo={tour.mapProps.flyTo ?? placeShown}
          framedPlaces={framedPlaces}
        >
          {reachLines.length > 0 && (
            <Suspense fallback={null}>
              <ReachLines lines={reachLines} />
            </Suspense>
          )}
          <EnterpriseMarkers sited={sited} selectedEnterpriseId={url.ent} onChooseEnterprise={actions.chooseEnterprise} />
          <MapCapture />
        </AtlasMap>
      ) : (
        <div className="atlas-map atlas-map--unavailable" role="region" aria-label={t('app.mapLabel')}>
          <p role="alert">{t('app.noWebgl')}</p>
        </div>
      )}
      {/* Without a map the legend folds into the panel, as on a phone and in an embed, instead of covering the notice. */}
      {!legendInPanel && (presenting ? legend && <FoldedLegend>{legend}</FoldedLegend> : legend)}
      {tour.overlay}
      <PrintBriefHost data={data} zoneId={url.zone} clusterId={url.cluster} lang={lang} loadChart={loadBriefChart} indicators={briefIndicators} />
      <MapNotices missingBasemap={missingBasemap} mapDrawn={webgl && mapDataSettled}>
        <UpdateNotice embed={Boolean(url.embed)} speaker={Boolean(url.speaker)} presenting={url.tour !== null || Boolean(url.kiosk)} />
      </MapNotices>
      {/* A link is checked against the zones and enterprises only once they loaded: a missing file never rewrites the link. */}
      {ready('zones') && ready('enterprises') && <UrlRepairNotice data={data} lang={lang} onOpenEnterprise={actions.chooseEnterprise} />}
      <LoadBoundary part="panel" className="side-sheet side-sheet--loading" loading={<PanelLoading />}>
        <Sidebar actions={actions} legend={legendInPanel ? legend : null} onShowPlace={showPlace} embed={embed} />
      </LoadBoundary>
      </div>
      {/* The selection's announcement stays a direct child of the app's main region, outside the presenting wrapper. */}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </FramingObstaclesProvider>
  );
}

function UrlRepairNotice({ data, lang, onOpenEnterprise }: { data: Dataset; lang: 'en' | 'zh'; onOpenEnterprise: (id: string) => void }) {
  const repair = useUrlRepair(data);
  return repair.problems.length > 0 ? (
    <UrlNotice
      problems={repair.problems}
      data={data}
      lang={lang}
      onDismiss={repair.dismiss}
      onOpenEnterprise={(id, problem) => {
        onOpenEnterprise(id);
        repair.settle(problem);
      }}
    />
  ) : null;
}

function PanelLoading() {
  const { t } = useTranslation();
  return <div className="side-sheet side-sheet--loading">{t('app.panelLoading')}</div>;
}
