import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Map, Source, Layer, NavigationControl, AttributionControl, ScaleControl } from '@vis.gl/react-maplibre';
import type { MapLayerMouseEvent, MapRef, ViewStateChangeEvent } from '@vis.gl/react-maplibre';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../../../lib/i18n-types';
import type { ZoneId } from '../../../lib/data/schemas';
import { basemapStyle, FONT, IDEOGRAPH_FONT_FAMILY, labelText } from '../config/basemap-style';
import { INTERACTIVE_LAYERS, ZONE_POINT_LAYER, zoneFill, zoneLabel, zoneOutline, zonePoint, zoneSelectedHalo } from '../config/zone-layers';
import { pickZone, type buildZoneFeatures, type ZoneFeatureProps } from '../utils/zone-features';
import { useZoneFeatureState } from '../hooks/use-zone-feature-state';
import { afterNextPaint } from '../utils/after-next-paint';
import { installTestBridge } from '../test-bridge';
import { ZoneTooltip } from './zone-tooltip';

maplibregl.setWorkerUrl(workerUrl);

export type AtlasMapProps = {
  lang: Lang;
  features: ReturnType<typeof buildZoneFeatures>;
  selectedZoneId: ZoneId | null;
  highlightedZoneIds: ZoneId[];
  hiddenZoneIds: ZoneId[];
  onSelectZone: (zoneId: ZoneId | null) => void;
  describeZone: (zoneId: ZoneId) => { title: string; subtitle: string };
  /** Pixels of the map covered by the side panel, so fitted zones sit beside it. */
  panelInset: { right: number; bottom: number; left: number };
  ariaLabel: string;
  /** A camera from the link: the map opens there instead of framing the zones. */
  initialCamera: { lon: number; lat: number; zoom: number } | null;
  /** Called after the user (not the app) moved the map. */
  onUserMove: (camera: { lon: number; lat: number; zoom: number }) => void;
  children?: ReactNode;
  /** Called once the map has drawn its first full frame. */
  onReady?: () => void;
};

type Hover = { zoneId: ZoneId; x: number; y: number } | null;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function AtlasMap(props: AtlasMapProps) {
  const { lang, features, selectedZoneId, highlightedZoneIds, hiddenZoneIds, onSelectZone, describeZone, panelInset, initialCamera, onUserMove } = props;
  // With a camera in the link, the first framing is skipped so the shared view reopens exactly.
  const skipFirstFit = useRef(initialCamera !== null);
  const mapRef = useRef<MapRef>(null);
  const [hover, setHover] = useState<Hover>(null);
  const [loaded, setLoaded] = useState(false);
  const base = document.baseURI;
  const mapStyle = useMemo(() => basemapStyle(lang, base), [lang, base]);

  useZoneFeatureState(mapRef, loaded, { selectedZoneId, hoveredZoneId: hover?.zoneId ?? null, highlightedZoneIds, hiddenZoneIds });

  const visible = useMemo(() => {
    const hidden = new Set(hiddenZoneIds);
    const keep = <T extends { properties: ZoneFeatureProps }>(f: T) => !hidden.has(f.properties.zoneId);
    return {
      outlines: { ...features.outlines, features: features.outlines.features.filter(keep) },
      points: { ...features.points, features: features.points.features.filter(keep) },
    };
  }, [features, hiddenZoneIds]);

  const hitsAt = useCallback((e: MapLayerMouseEvent) => {
    return (e.features ?? []).map((f) => ({
      layerId: f.layer.id,
      zoneId: (f.properties as ZoneFeatureProps).zoneId,
      areaKm2: Number((f.properties as ZoneFeatureProps).areaKm2),
    }));
  }, []);

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const zoneId = pickZone(hitsAt(e), ZONE_POINT_LAYER);
      setHover(zoneId ? { zoneId, x: e.point.x, y: e.point.y } : null);
    },
    [hitsAt],
  );

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => onSelectZone(pickZone(hitsAt(e), ZONE_POINT_LAYER)),
    [hitsAt, onSelectZone],
  );

  // Fit the selected zone beside the panel; with nothing selected, frame all the zones.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    if (skipFirstFit.current) {
      skipFirstFit.current = false;
      return;
    }
    const target = selectedZoneId ? features.bounds.get(selectedZoneId) : features.allBounds;
    if (!target) return;
    return afterNextPaint(() =>
      map.fitBounds(target, {
        padding: { top: 60, left: 60 + (selectedZoneId ? panelInset.left : 0), right: 60 + panelInset.right, bottom: 60 + panelInset.bottom },
        maxZoom: 10.5,
        duration: prefersReducedMotion() ? 0 : 900,
      }),
    );
  }, [selectedZoneId, loaded, features, panelInset.right, panelInset.bottom, panelInset.left]);

  const { onReady } = props;
  const onLoad = useCallback(() => {
    setLoaded(true);
    onReady?.();
    const map = mapRef.current?.getMap();
    if (map && __TEST_BRIDGE__) installTestBridge(map, features);
  }, [features, onReady]);

  const onMoveEnd = useCallback(
    (e: ViewStateChangeEvent) => {
      if (!('originalEvent' in e) || !e.originalEvent) return; // the app's own camera moves are not written
      const c = e.target.getCenter();
      onUserMove({ lon: c.lng, lat: c.lat, zoom: e.target.getZoom() });
    },
    [onUserMove],
  );

  const initialBounds = features.allBounds ?? undefined;
  const initialViewState = initialCamera
    ? { longitude: initialCamera.lon, latitude: initialCamera.lat, zoom: initialCamera.zoom }
    : initialBounds
      ? { bounds: initialBounds, fitBoundsOptions: { padding: { top: 60, left: 60, right: 60 + panelInset.right, bottom: 60 + panelInset.bottom } } }
      : undefined;
  const tooltip = hover ? describeZone(hover.zoneId) : null;

  return (
    <div className="atlas-map" role="region" aria-label={props.ariaLabel}>
      <Map
        ref={mapRef}
        mapLib={maplibregl}
        initialViewState={initialViewState}
        onMoveEnd={onMoveEnd}
        mapStyle={mapStyle}
        localIdeographFontFamily={IDEOGRAPH_FONT_FAMILY}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        onClick={onClick}
        onLoad={onLoad}
        cursor={hover ? 'pointer' : 'grab'}
        attributionControl={false}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        maxBounds={[117.5, 35.5, 126.5, 42.0]}
        minZoom={6}
        style={{ position: 'absolute', inset: 0 }}
      >
        <Source id="zones" type="geojson" data={visible.outlines} promoteId="zoneId">
          <Layer {...zoneFill} />
          <Layer {...zoneOutline} />
          <Layer {...zoneSelectedHalo} />
        </Source>
        <Source id="zone-points" type="geojson" data={visible.points} promoteId="zoneId">
          <Layer {...zonePoint} />
          <Layer {...zoneLabel(labelText(lang, false), FONT.bold)} />
        </Source>
        <NavigationControl position="bottom-left" showCompass={false} />
        <ScaleControl position="bottom-left" />
        <AttributionControl position="bottom-right" compact={false} />
        {props.children}
      </Map>
      {tooltip && hover && <ZoneTooltip x={hover.x} y={hover.y} title={tooltip.title} subtitle={tooltip.subtitle} />}
    </div>
  );
}
