import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Map, Source, Layer, NavigationControl, AttributionControl, ScaleControl } from '@vis.gl/react-maplibre';
import type { ErrorEvent, LayerProps, MapLayerMouseEvent, MapRef, ViewStateChangeEvent } from '@vis.gl/react-maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../../../lib/i18n-types';
import type { ZoneId } from '../../../lib/data/schemas';
import { basemapStyle, FONT, IDEOGRAPH_FONT_FAMILY } from '../config/basemap-style';
import {
  INTERACTIVE_LAYERS,
  LABEL_MAX_EM,
  LABEL_MAX_EM_COMPACT,
  MARKER_BLOCKER_IMAGE,
  ZONE_MARKER_LAYERS,
  visibleFilter,
  zoneFill,
  zoneCount,
  zoneLabel,
  zoneOutline,
  zonePoint,
  zonePointBlocker,
  zoneSelectedCasing,
  zoneSelectedHalo,
} from '../config/zone-layers';
import { labelledPoints, pickZone, unionBounds, type Bounds, type buildZoneFeatures, type ZoneFeatureProps, type ZoneLabels } from '../utils/zone-features';
import { useZoneFeatureState } from '../hooks/use-zone-feature-state';
import { useEdgeLabels } from '../hooks/use-edge-labels';
import type { ZoneDescription } from '../utils/map-view-model';
import { useMapKeyboard } from '../hooks/use-map-keyboard';
import { maplibreLocale, useMapUiStrings, type MapUiStrings } from '../hooks/use-map-ui-strings';
import { afterNextPaint } from '../utils/after-next-paint';
import { frameCamera, isClear, type Camera, type Framing, type Marker, type Obstacle } from '../utils/frame-camera';
import { useFramingObstacles } from '../../../components/framing-obstacles';
import { installTestBridge } from '../test-bridge';
import { ZoneTooltip } from './zone-tooltip';
import { markFirstFrame } from '../../../lib/first-frame';
import { MAP_EXTENT } from '../../../config/map-extent';

maplibregl.setWorkerUrl(workerUrl);

/** The app's own folder: basemap files resolve against it, never against the changing query string. */
const APP_BASE = new URL(import.meta.env.BASE_URL, window.location.origin).href;

export type Insets = { top: number; right: number; bottom: number; left: number };
export type { ZoneDescription };

export type AtlasMapProps = {
  lang: Lang;
  features: ReturnType<typeof buildZoneFeatures>;
  /** The label (and the line beneath it) of each zone's marker, in the current language. */
  labels: ZoneLabels;
  selectedZoneId: ZoneId | null;
  highlightedZoneIds: ZoneId[];
  hiddenZoneIds: ZoneId[];
  /** The zones the arrow keys step through, in order. */
  keyboardOrder: ZoneId[];
  onSelectZone: (zoneId: ZoneId | null) => void;
  describeZone: (zoneId: ZoneId) => ZoneDescription;
  /** Pixels of the map covered by the app's overlays (the bottom sheet): zones are framed beside them. */
  insets: Insets;
  ariaLabel: string;
  ui: MapUiStrings;
  /** A camera from the link: the map opens there instead of framing the zones. */
  initialCamera: { lon: number; lat: number; zoom: number } | null;
  /** Called after the user (not the app) moved the map. */
  onUserMove: (camera: { lon: number; lat: number; zoom: number }) => void;
  children?: ReactNode;
  /** Called once the map has drawn its first full frame. */
  onReady?: () => void;
  /** MapLibre's errors (a basemap file that did not load names its `sourceId`); without it they go to the console. */
  onError?: (e: ErrorEvent) => void;
  /** false while presenting: neither the arrow keys (zone focus) nor MapLibre's own keyboard handler move the map. */
  keyboard?: boolean;
  /**
   * A camera the map flies to each time `key` changes (a tour step, or "back to the step's view");
   * with `camera: null` it frames the selection again. Instant under prefers-reduced-motion.
   */
  flyTo?: { key: string; camera: { lon: number; lat: number; zoom: number } | null } | null;
  /** Called with the flyTo's key once the map has arrived there and drawn everything (its idle). */
  onArrive?: (key: string) => void;
  /** A small map (an embed): the phone's compact labels and the attribution folded into its (i) button. */
  compact?: boolean;
  /** Places the selected zone's framing also shows (its reach drawn on the map: the airport, the stations), as [lon, lat]. */
  framedPlaces?: [number, number][];
};

type Card = { zoneId: ZoneId; x: number; y: number; source: 'pointer' | 'keyboard' } | null;

/** Marks the app's own camera moves, so they are not written to the link as the user's. */
export const APP_MOVE = { atlasApp: true };

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
/** Room kept free around framed zones, for the labels beside their markers. */
const FRAME_PAD = { top: 40, right: 40, bottom: 40, left: 40 };

export function AtlasMap(props: AtlasMapProps) {
  const { lang, features, labels, selectedZoneId, highlightedZoneIds, hiddenZoneIds, onSelectZone, describeZone, insets, initialCamera, onUserMove } = props;
  // The map is created once its box is measured, so the first frame is already framed.
  const wrapper = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number; left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = wrapper.current;
    if (el) setSize(boxOf(el));
  }, []);

  // The first fit is the map's opening camera (the link's, or framed before the map existed).
  const firstFit = useRef(true);
  const mapRef = useRef<MapRef>(null);
  const [card, setCard] = useState<Card>(null);
  const [loaded, setLoaded] = useState(false);
  // The markers' blocker image is made here, not fetched: MapLibre asks for it when the layer appears.
  const attachMap = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    ref?.getMap().setMissingStyleImageResolver(async (id) => {
      if (id === MARKER_BLOCKER_IMAGE && !ref.hasImage(id)) ref.addImage(id, { width: 14, height: 14, data: new Uint8Array(14 * 14 * 4) });
    });
  }, []);
  const lastPointer = useRef<string>('mouse');
  // Built once per language: every state change reaches the map through feature-state, filters or data.
  const mapStyle = useMemo(() => basemapStyle(lang, APP_BASE), [lang]);
  const points = useMemo(() => labelledPoints(features.points, labels), [features.points, labels]);
  const filter = useMemo(() => visibleFilter(hiddenZoneIds), [hiddenZoneIds]);
  const [initialLocale] = useState(() => maplibreLocale(props.ui));
  // A bottom sheet means a phone: the attribution folds into its (i) button there.
  const compact = insets.bottom > 0 || props.compact === true;

  // What the camera must show for the selected zone (or every visible zone), clear of the overlays
  // the app registered (legend, caption card) and of the map's own controls.
  const overlays = useFramingObstacles();
  const overlayRects = overlays.rects;
  const framingOf = useCallback(
    (zoneId: ZoneId | null, box: { width: number; height: number; left: number; top: number }): Framing | null => {
      const visible = features.points.features.filter((f) => !hiddenZoneIds.includes(f.properties.zoneId));
      const shown = visible.filter((f) => !zoneId || f.properties.zoneId === zoneId).map((f) => f.properties.zoneId);
      const zoneBounds = shown.map((id) => features.bounds.get(id)).filter((b) => b !== undefined);
      const own = zoneId ? features.bounds.get(zoneId) : unionBounds(zoneBounds);
      // With its reach on the map, the selected zone is framed with the places its lines lead to.
      const places = zoneId ? (props.framedPlaces ?? []) : [];
      const bounds = own && places.length > 0 ? unionBounds([own, ...places.map(([lon, lat]): Bounds => [[lon, lat], [lon, lat]])]) : own;
      // The zones' outlines stay clear of the overlays too, not only their markers and labels.
      const areas = zoneBounds;
      if (!bounds) return null;
      // A selected zone's label may be pushed to any side by its neighbours' labels: keep room on both.
      // In the overview, so may the westernmost zones' (Lüshun's, beside the High-tech Zone), whose
      // label would then run off the map's left edge.
      const lons = visible.map((f) => f.geometry.coordinates[0] ?? 0);
      const west = Math.min(...lons) + (Math.max(...lons) - Math.min(...lons)) * WEST_LABEL_SHARE;
      const markers: Marker[] = visible
        .filter((f) => !zoneId || f.properties.zoneId === zoneId)
        .map((f) => {
          const [lon = 0, lat = 0] = f.geometry.coordinates;
          return { lon, lat, ...labelSize(labels[f.properties.zoneId], zoneId === null, compact), eitherSide: zoneId !== null || lon <= west };
        })
      // Each place of the reach keeps room for its label (three lines of 15 px text; less on a phone, whose map is small).
      for (const [lon, lat] of places) markers.push({ lon, lat, labelWidth: compact ? 110 : 220, labelHeight: compact ? 45 : 80, eitherSide: true });
      const rel = (r: DOMRect) => ({ left: r.left - box.left, right: r.right - box.left, top: r.top - box.top, bottom: r.bottom - box.top });
      const obstacles: Obstacle[] = overlayRects().map((r) => ({ rect: rel(r) }));
      if (!document.querySelector(CONTROL_SELECTORS[0]!)) obstacles.push(...CONTROL_OBSTACLES(box, insets.bottom, compact));
      for (const selector of CONTROL_SELECTORS) {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        if (r && r.width > 0) obstacles.push({ rect: rel(r) });
      }
      // On a narrow map the crowded labels flip to the west of their markers: keep room there.
      const pad = framePadding(insets);
      if (box.width < 600) Object.assign(pad, { left: Math.round(box.width * 0.25), right: Math.round(box.width * 0.1) });
      return { bounds, size: box, padding: pad, markers, areas, obstacles, maxZoom: zoneId ? 10.5 : 10 };
    },
    [features, hiddenZoneIds, labels, insets, overlayRects, compact, props.framedPlaces],
  );
  const framing = useCallback(
    (zoneId: ZoneId | null, box: { width: number; height: number; left: number; top: number }) => {
      const f = framingOf(zoneId, box);
      return f ? frameCamera(f).camera : null;
    },
    [framingOf],
  );
  // Fits follow the selection, not every label or filter change: read the latest framing from a ref.
  const framingRef = useRef(framing);
  const framingOfRef = useRef(framingOf);
  useEffect(() => {
    framingRef.current = framing;
    framingOfRef.current = framingOf;
  }, [framing, framingOf]);

  // How the camera was last set. 'framed': by the app's framing, which follows the overlays as they
  // come, go or change size. 'held': a camera from the link or a tour step, or the user's own move,
  // which the app leaves alone. `target` is where the app's last move goes (it may still be moving).
  const held = useRef<'framed' | 'held'>(initialCamera ? 'held' : 'framed');
  const target = useRef<Camera | null>(null);
  const selected = useRef(selectedZoneId);
  useEffect(() => {
    selected.current = selectedZoneId;
  }, [selectedZoneId]);
  const moveTo = useCallback((camera: Camera, kind: 'framed' | 'held', how: 'ease' | 'fly') => {
    const m = mapRef.current?.getMap();
    if (!m) return;
    held.current = kind;
    target.current = camera;
    const options = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom, duration: prefersReducedMotion() ? 0 : how === 'fly' ? 1800 : 900 };
    if (how === 'fly') m.flyTo(options, APP_MOVE);
    else m.easeTo(options, APP_MOVE);
  }, []);
  // Frames again only when something is covered: an overlay that appears over nothing moves nothing.
  const settle = useCallback(() => {
    const m = mapRef.current?.getMap();
    if (!m || held.current !== 'framed') return;
    const box = boxOf(m.getContainer());
    const f = framingOfRef.current(selected.current, box);
    if (!f) return;
    const c = m.getCenter();
    const now = target.current ?? { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
    if (isClear(now, f)) return;
    moveTo(frameCamera(f).camera, 'framed', 'ease');
  }, [moveTo]);

  const keyboard = useMapKeyboard({
    mapRef,
    loaded,
    order: props.keyboardOrder,
    onChoose: onSelectZone,
    enabled: props.keyboard !== false,
  });
  const keyboardOn = props.keyboard !== false;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    if (keyboardOn) map.keyboard.enable();
    else map.keyboard.disable();
  }, [keyboardOn, loaded]);
  const focusedZoneId = keyboard.focusedZoneId;

  const zoneIds = useMemo(() => props.features.points.features.map((f) => f.properties.zoneId), [props.features]);
  useZoneFeatureState(mapRef, loaded, { zoneIds, selectedZoneId, hoveredZoneId: card?.source === 'pointer' ? card.zoneId : null, focusedZoneId, highlightedZoneIds, hiddenZoneIds });
  useMapUiStrings(mapRef, loaded, props.ui);
  useEdgeLabels(mapRef, loaded);

  // The card follows keyboard focus: at the focused zone's marker.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !focusedZoneId) {
      setCard((c) => (c?.source === 'keyboard' ? null : c));
      return;
    }
    const p = features.points.features.find((f) => f.properties.zoneId === focusedZoneId);
    if (!p) return;
    const [lon = 0, lat = 0] = p.geometry.coordinates;
    const at = map.project([lon, lat]);
    setCard({ zoneId: focusedZoneId, x: at.x, y: at.y, source: 'keyboard' });
  }, [focusedZoneId, features.points]);

  const hitsAt = useCallback((e: MapLayerMouseEvent) => {
    return (e.features ?? []).map((f) => ({
      layerId: f.layer.id,
      zoneId: (f.properties as ZoneFeatureProps).zoneId,
      areaKm2: Number((f.properties as ZoneFeatureProps).areaKm2),
    }));
  }, []);

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      // A tap fires emulated mouse events: the card is for a mouse pointer only.
      if (lastPointer.current !== 'mouse' || e.target.isMoving()) return;
      const zoneId = pickZone(hitsAt(e), ZONE_MARKER_LAYERS);
      setCard(zoneId ? { zoneId, x: e.point.x, y: e.point.y, source: 'pointer' } : null);
    },
    [hitsAt],
  );

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      setCard(null);
      onSelectZone(pickZone(hitsAt(e), ZONE_MARKER_LAYERS));
    },
    [hitsAt, onSelectZone],
  );

  // Fit the selected zone beside the panel (with the places of its reach, when drawn); with nothing selected, frame all the zones.
  const framedKey = (props.framedPlaces ?? []).map((p) => p.join(',')).join(';');
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    // The first frame is already framed (or shows the link's camera): once the map and its controls
    // are drawn, it moves only if something turned out to cover a zone (no jump after the first frame).
    if (firstFit.current) {
      firstFit.current = false;
      // A cold link that draws the zone's reach: its places arrived before the map, so frame them now.
      if (!framedKey) return afterNextPaint(settle);
    }
    const camera = framingRef.current(selectedZoneId, boxOf(map.getContainer()));
    if (!camera) return;
    return afterNextPaint(() => moveTo(camera, 'framed', 'ease'));
  }, [selectedZoneId, loaded, insets, moveTo, settle, framedKey]);

  // An overlay came, went or changed size (the caption card of a new step, a folded legend), or the
  // map itself did (a window resized, the panel folded): frame again if something now covers a zone.
  useEffect(() => {
    if (!loaded) return;
    return afterNextPaint(settle);
  }, [overlays.version, loaded, settle]);
  useEffect(() => {
    const m = mapRef.current?.getMap();
    if (!m || !loaded) return;
    let cancel = () => {};
    const onResize = () => {
      cancel();
      cancel = afterNextPaint(settle);
    };
    m.on('resize', onResize);
    return () => {
      cancel();
      m.off('resize', onResize);
    };
  }, [loaded, settle]);

  // Fly to the step's camera (or frame the selection again) whenever the flyTo key changes; the
  // selection's own fit above runs first in the same frame, so this one wins.
  const { flyTo, onArrive } = props;
  const flyKey = flyTo?.key ?? null;
  const latest = useRef({ flyTo, onArrive, selectedZoneId });
  useEffect(() => {
    latest.current = { flyTo, onArrive, selectedZoneId };
  });
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded || flyKey === null) return;
    return afterNextPaint(() => {
      const { flyTo: target, selectedZoneId: zoneId } = latest.current;
      const camera = target?.camera ?? framingRef.current(zoneId, boxOf(map.getContainer()));
      const m = map.getMap();
      if (camera) moveTo(camera, target?.camera ? 'held' : 'framed', 'fly');
      m.once('idle', () => latest.current.onArrive?.(flyKey));
      m.triggerRepaint();
    });
  }, [flyKey, loaded, moveTo]);

  const { onReady } = props;
  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    // A folded attribution starts folded: its (i) button opens it.
    const attribution = map?.getContainer().querySelector('.maplibregl-compact-show');
    attribution?.classList.remove('maplibregl-compact-show');
    attribution?.removeAttribute('open');
    setLoaded(true);
    markFirstFrame();
    onReady?.();
    if (map && __TEST_BRIDGE__) installTestBridge(map, features);
  }, [features, onReady]);

  // A move the user made (drag, wheel, pinch, keys, the +/− buttons) is written to the link; the
  // app's own moves (fits, tour steps: marked APP_MOVE) and resizes are not. A wheel zoom ends
  // without an original event, so a recent input on the map counts as the user's hand.
  const lastInput = useRef(0);
  const onInput = useCallback(() => void (lastInput.current = performance.now()), []);
  const onMoveStart = useCallback(() => setCard(null), []);
  const onMoveEnd = useCallback(
    (e: ViewStateChangeEvent) => {
      const byUser = ('originalEvent' in e && !!e.originalEvent) || performance.now() - lastInput.current < 1500;
      if (!byUser || (e as { atlasApp?: boolean }).atlasApp) return;
      held.current = 'held';
      target.current = null;
      const c = e.target.getCenter();
      onUserMove({ lon: c.lng, lat: c.lat, zoom: e.target.getZoom() });
    },
    [onUserMove],
  );

  // The opening camera, framed once the map's box is measured (not again on every render).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const first = useMemo(() => initialCamera ?? (size ? framing(selectedZoneId, size) : null), [size]);
  const initialViewState = first ? { longitude: first.lon, latitude: first.lat, zoom: first.zoom } : undefined;
  const described = card ? describeZone(card.zoneId) : null;

  return (
    <div
      ref={wrapper}
      className="atlas-map"
      role="region"
      aria-label={props.ariaLabel}
      onWheelCapture={onInput}
      onTouchStartCapture={onInput}
      onPointerDownCapture={(e) => {
        onInput();
        lastPointer.current = e.pointerType;
        if (e.pointerType !== 'mouse') setCard(null);
      }}
      onPointerMoveCapture={(e) => {
        lastPointer.current = e.pointerType;
      }}
      onKeyDownCapture={(e) => {
        onInput();
        keyboard.onKeyDown(e);
      }}
      onBlur={keyboard.onBlur}
    >
      {size && (
      <Map
        ref={attachMap}
        mapLib={maplibregl}
        initialViewState={initialViewState}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        mapStyle={mapStyle}
        localIdeographFontFamily={IDEOGRAPH_FONT_FAMILY}
        // Labels appear at once, without a fade, for those who asked for reduced motion.
        fadeDuration={prefersReducedMotion() ? 0 : 300}
        locale={initialLocale}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setCard((c) => (c?.source === 'pointer' ? null : c))}
        onClick={onClick}
        onLoad={onLoad}
        onError={props.onError}
        cursor={card?.source === 'pointer' ? 'pointer' : 'grab'}
        attributionControl={false}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        // The camera stays where the basemap is drawn, and no closer than its coast's detail (config/map-extent.json).
        maxBounds={MAP_EXTENT.cameraBounds}
        minZoom={MAP_EXTENT.minZoom}
        maxZoom={MAP_EXTENT.maxZoom}
        style={{ position: 'absolute', inset: 0 }}
      >
        <Source id="zones" type="geojson" data={features.outlines} promoteId="zoneId">
          <Layer {...only(zoneFill, filter)} />
          <Layer {...only(zoneOutline, filter)} />
          <Layer {...only(zoneSelectedCasing, filter)} />
          <Layer {...only(zoneSelectedHalo, filter)} />
        </Source>
        <Source id="zone-points" type="geojson" data={points} promoteId="zoneId">
          <Layer {...only(zonePoint, filter)} />
          {compact && <Layer {...only(zoneCount(FONT.regular), filter)} />}
          <Layer {...only(zoneLabel(FONT.bold, compact, FONT.regular), filter)} />
          <Layer {...only(zonePointBlocker, filter)} />
        </Source>
        <NavigationControl position="bottom-left" showCompass={false} />
        <ScaleControl position="bottom-left" />
        <AttributionControl key={compact ? 'compact' : 'full'} position="bottom-right" compact={compact} />
        {props.children}
      </Map>
      )}
      <p className="visually-hidden" aria-live="polite">
        {card?.source === 'keyboard' && described ? described.detail : ''}
      </p>
      {described && card && <ZoneTooltip x={card.x} y={card.y} title={described.title} subtitle={described.subtitle} />}
    </div>
  );
}

function boxOf(el: HTMLElement) {
  const r = el.getBoundingClientRect();
  return { width: el.clientWidth, height: el.clientHeight, left: r.left, top: r.top };
}

/** MapLibre's own controls, bottom left (zoom, scale) and bottom right (attribution)... */
const CONTROL_SELECTORS = ['.atlas-map .maplibregl-ctrl-bottom-left', '.atlas-map .maplibregl-ctrl-bottom-right'];
/** ...and where they will be, before they exist (for the very first frame). */
const CONTROL_OBSTACLES = (box: { width: number; height: number }, above: number, compact: boolean): Obstacle[] => [
  { rect: { left: 0, right: 72, top: box.height - above - 104, bottom: box.height - above } },
  // The attribution's one line (about 515 px), or its folded (i) button.
  { rect: { left: box.width - (compact ? 48 : 520), right: box.width, top: box.height - above - (compact ? 48 : 26), bottom: box.height - above } },
];

/** Roughly the room a zone's label takes beside its marker (Latin ~0.55 em a letter, CJK 1 em). */
/** The western share of the overview whose labels may flip to the west of their markers. */
const WEST_LABEL_SHARE = 0.2;

/** The room a marker's label takes; in the overview a tucked zone has none and a parent's line may be longer. */
function labelSize(entry: ZoneLabels[ZoneId], overview: boolean, compact: boolean): { labelWidth: number; labelHeight: number } {
  if (!entry || (overview && entry.tucked)) return { labelWidth: 0, labelHeight: 0 };
  // On a phone the name stands alone, smaller and wrapped sooner; its count gives way where it must.
  const l = compact ? { label: entry.label, detail: '' } : overview ? { label: entry.label, detail: entry.overviewDetail ?? entry.detail } : entry;
  // The label's size grows with the zoom (zone-layers.ts): about 15 px in the overview, 17.5 px at a
  // zone's zoom of 10.5, plus MapLibre's padding around it (13 to 15 px on a phone).
  const em = compact ? (overview ? 13 : 15) : overview ? 16 : 18;
  const maxEm = compact ? LABEL_MAX_EM_COMPACT : LABEL_MAX_EM;
  const width = (t: string) => [...t].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 1 : 0.6), 0) * em;
  const details = l.detail ? l.detail.split('\n') : [];
  // MapLibre wraps the name at LABEL_MAX_EM between words: count the lines the same way.
  const max = maxEm * em;
  let nameLines = 1;
  let line = 0;
  for (const word of l.label.split(' ')) {
    const w = width(word);
    if (line > 0 && line + width(' ') + w > max) {
      nameLines += 1;
      line = w;
    } else line += (line > 0 ? width(' ') : 0) + w;
  }
  nameLines = Math.max(nameLines, Math.ceil(width(l.label) / max));
  const lines = nameLines + details.length;
  // Plus MapLibre's text padding and the halo on each side (about 4 px each), and the selected
  // marker's larger radius, which pushes its label out by about 6 px more.
  return { labelWidth: Math.min(maxEm * em, Math.max(width(l.label), ...details.map((d) => width(d) * 0.82))) + (overview ? 8 : 24), labelHeight: lines * em * 1.25 };
}

/** A zone layer restricted to the visible zones. */
const only = (layer: LayerProps, visible: FilterSpecification) => {
  const own = 'filter' in layer ? (layer.filter as FilterSpecification | undefined) : undefined;
  return { ...layer, filter: own ? ['all', own, visible] : visible } as LayerProps;
};

function framePadding(insets: Insets) {
  return {
    top: FRAME_PAD.top + insets.top,
    right: FRAME_PAD.right + insets.right,
    bottom: FRAME_PAD.bottom + insets.bottom,
    left: FRAME_PAD.left + insets.left,
  };
}
