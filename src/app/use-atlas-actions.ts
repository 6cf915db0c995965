import { useCallback } from 'react';
import type { ClusterId, ZoneId } from '../lib/data/schemas';
import { useUrlState } from './url-state';
import { useAtlasModel } from './atlas-model';

/**
 * Every deliberate step (select a zone, a cluster tab, an enterprise) pushes a history entry so
 * Back and Forward step through selections; filters and the camera replace the current entry.
 */
export function useAtlasActions() {
  const [url, setUrl] = useUrlState();
  const { zonesById, dataset } = useAtlasModel();

  const selectZone = useCallback(
    (zoneId: ZoneId | null) => {
      if (!zoneId) return void setUrl({ zone: null, cluster: null, ent: null, at: null, chart: null, reach: null });
      const zone = zonesById.get(zoneId);
      const keep = url.cluster && zone?.clusterIds.includes(url.cluster) ? url.cluster : null;
      void setUrl({ zone: zoneId, cluster: keep ?? zone?.clusterIds[0] ?? null, ent: null, at: null, chart: null });
    },
    [setUrl, zonesById, url.cluster],
  );

  const selectClusterTab = useCallback((cluster: ClusterId) => void setUrl({ cluster, ent: null, chart: null }), [setUrl]);

  const chooseCluster = useCallback(
    (cluster: ClusterId) => void setUrl({ cluster, zone: null, ent: null, at: null, chart: null, reach: null }),
    [setUrl],
  );

  const chooseEnterprise = useCallback(
    (id: string) => {
      const e = dataset.enterprises.find((x) => x.id === id);
      if (!e) return;
      void setUrl({ zone: e.zoneId, cluster: e.clusterId, ent: e.id, at: null });
    },
    [dataset.enterprises, setUrl],
  );

  const highlightEnterprise = useCallback((id: string | null) => void setUrl({ ent: id }, { history: 'replace' }), [setUrl]);

  const clearSelection = useCallback(() => void setUrl({ zone: null, cluster: null, ent: null, at: null, chart: null, reach: null }), [setUrl]);

  /** Draws the selected zone's reach on the map, or takes it off (a step of its own: Back takes it off). The map frames the zone with its places. */
  const setReachShown = useCallback((shown: boolean) => void setUrl({ reach: shown || null, at: null }), [setUrl]);

  const toggleCluster = useCallback(
    (id: ClusterId, visible: boolean) => {
      const hide = visible ? url.hide.filter((h) => h !== id) : [...new Set([...url.hide, id])];
      const patch: Parameters<typeof setUrl>[0] = { hide };
      // A hidden cluster cannot stay selected.
      if (!visible && url.cluster === id && !url.zone) Object.assign(patch, { cluster: null });
      void setUrl(patch, { history: 'replace' });
    },
    [setUrl, url.hide, url.cluster, url.zone],
  );

  /** Shows the current view's chart large (a step of its own: Back closes it). */
  const setChartExpanded = useCallback((expanded: boolean) => void setUrl({ chart: expanded || null }), [setUrl]);

  /** Switches clusters back on in the legend (e.g. for a selected zone the filter hides). */
  const showClusters = useCallback(
    (ids: ClusterId[]) => void setUrl({ hide: url.hide.filter((h) => !ids.includes(h)) }, { history: 'replace' }),
    [setUrl, url.hide],
  );

  return { url, setUrl, showClusters, setChartExpanded, setReachShown, selectZone, selectClusterTab, chooseCluster, chooseEnterprise, highlightEnterprise, clearSelection, toggleCluster };
}
