import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneId } from '../lib/data/schemas';
import { CLUSTER_COLORS } from '../config/cluster-colors';
import { AtlasMap } from '../features/map/components/atlas-map';
import { EnterpriseMarkers } from '../features/map/components/enterprise-markers';
import { buildZoneFeatures } from '../features/map/utils/zone-features';
import { ClusterLegend } from '../features/clusters/components/cluster-legend';
import { hiddenZoneIds, useAtlasActions } from './use-atlas-actions';
import { useMediaQuery } from './use-media-query';
import { UrlNotice } from './url-notice';
import { useUrlRepair } from './use-url-repair';

/** Panels and charts are loaded after the map starts, so they never delay its first paint. */
const Sidebar = lazy(() => import('./sidebar').then((m) => ({ default: m.Sidebar })));

const PANEL_WIDTH = 440;
const LEGEND_WIDTH = 300;

export function AtlasView({ data }: { data: Dataset }) {
  const { t } = useTranslation();
  const actions = useAtlasActions(data);
  const { url } = actions;
  const { lang } = url;
  const repair = useUrlRepair(data);
  const phone = useMediaQuery('(max-width: 700px)');
  const features = useMemo(() => buildZoneFeatures(data.zones, data.outlines, CLUSTER_COLORS), [data]);
  const zonesById = useMemo(() => new Map(data.zones.map((z) => [z.id, z])), [data]);
  const hidden = useMemo(() => hiddenZoneIds(data, url.hide), [data, url.hide]);
  const highlighted = useMemo(
    () => (url.cluster && !url.zone ? data.zones.filter((z) => z.clusterIds.includes(url.cluster!)).map((z) => z.id) : []),
    [data, url.cluster, url.zone],
  );

  const describeZone = useCallback(
    (zoneId: ZoneId) => {
      const z = zonesById.get(zoneId);
      if (!z) return { title: zoneId, subtitle: '' };
      const names = z.clusterIds.map((c) => t(`cluster.${c}`)).join(lang === 'zh' ? '、' : ', ');
      return { title: z.name[lang], subtitle: t('zone.clusters', { names, count: z.clusterIds.length }) };
    },
    [zonesById, lang, t],
  );

  const groups = useMemo(
    () =>
      data.zones
        .filter((z) => !hidden.includes(z.id))
        .map((z) => {
          const here = data.enterprises.filter((e) => e.zoneId === z.id && !e.site && !url.hide.includes(e.clusterId));
          const zone = z.shortName[lang];
          return {
            zoneId: z.id,
            lon: z.location.lon,
            lat: z.location.lat,
            label: t('map.groupLabel', { count: here.length, zone }),
            names: here.map((e) => ({ id: e.id, name: e.name[lang] })),
          };
        })
        .filter((g) => g.names.length > 0),
    [data, hidden, url.hide, lang, t],
  );
  const sited = useMemo(
    () =>
      data.enterprises.flatMap((e) =>
        e.site && !url.hide.includes(e.clusterId)
          ? [{ id: e.id, lon: e.site.lon, lat: e.site.lat, name: e.name[lang], label: t('map.siteLabel', { name: e.name[lang] }) }]
          : [],
      ),
    [data, url.hide, lang, t],
  );

  const [initialCamera] = useState(url.at);
  // The panels' code is fetched once the map has drawn, so it never competes with the map's first
  // paint, except when the link opens a zone or cluster: then the panel is what the user came for.
  const [mapReady, setMapReady] = useState(() => url.zone !== null || url.cluster !== null);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const { setUrl } = actions;
  const onUserMove = useCallback((at: { lon: number; lat: number; zoom: number }) => void setUrl({ at }, { history: 'replace' }), [setUrl]);

  // Escape clears the selection, wherever the focus is (a dialog or menu handles its own Escape first).
  const { clearSelection } = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  return (
    <>
      <AtlasMap
        lang={lang}
        features={features}
        selectedZoneId={url.zone}
        highlightedZoneIds={highlighted}
        hiddenZoneIds={hidden}
        onSelectZone={actions.selectZone}
        describeZone={describeZone}
        panelInset={phone ? { right: 0, bottom: Math.round(window.innerHeight * 0.42), left: 0 } : { right: PANEL_WIDTH, bottom: 0, left: LEGEND_WIDTH }}
        ariaLabel={t('app.mapLabel')}
        initialCamera={initialCamera}
        onUserMove={onUserMove}
        onReady={onMapReady}
      >
        <EnterpriseMarkers
          groups={groups}
          sited={sited}
          selectedEnterpriseId={url.ent}
          onChooseGroup={(zoneId) => actions.selectZone(zoneId as ZoneId)}
          onChooseEnterprise={actions.chooseEnterprise}
        />
      </AtlasMap>
      <ClusterLegend
        clusters={data.clusters}
        colors={CLUSTER_COLORS}
        lang={lang}
        hidden={url.hide}
        chosenClusterId={url.zone ? null : url.cluster}
        onToggle={actions.toggleCluster}
        onChoose={actions.chooseCluster}
      />
      {repair.problems.length > 0 && <UrlNotice problems={repair.problems} onDismiss={repair.dismiss} />}
      {mapReady ? (
        <Suspense fallback={<PanelLoading />}>
          <Sidebar data={data} actions={actions} hiddenZoneIds={hidden} />
        </Suspense>
      ) : (
        <PanelLoading />
      )}
    </>
  );
}

function PanelLoading() {
  const { t } = useTranslation();
  return <div className="side-sheet side-sheet--loading">{t('app.panelLoading')}</div>;
}
