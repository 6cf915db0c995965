import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { prefetchZoneDetail } from '../lib/data/zone-detail';
import { DataFilesProvider, type DatasetState } from '../lib/data/dataset-query';
import type { ClusterId, Cluster, Dataset, ZoneSummary, ZoneId } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import { useUrlState } from './url-state';

/**
 * The atlas's model: everything the page derives from the data files and the link, derived once
 * here and read by the app's parts through `useAtlasModel()` (features get what they need as props).
 * The link is the one source of truth for the language and the hidden clusters: nothing reads them
 * from i18next or from `window.location`.
 */
export type AtlasModel = {
  /** Each data file's state, what loaded (`dataset`), the whole dataset once complete (`data`), and retry. */
  files: DatasetState;
  /** What loaded; a file that did not stands as empty. */
  dataset: Dataset;
  zonesById: ReadonlyMap<ZoneId, ZoneSummary>;
  clustersById: ReadonlyMap<ClusterId, Cluster>;
  /** The link's language. */
  lang: Lang;
  /** The clusters switched off in the legend, and the zones they hide (a zone in no cluster is never hidden). */
  hiddenClusters: ClusterId[];
  hiddenZones: ZoneId[];
  /** The zone the link selects, and the cluster it opens, when the data hold them. */
  selectedZone: ZoneSummary | undefined;
  selectedCluster: Cluster | undefined;
};

/** The zones the hidden clusters hide: those whose every cluster is hidden (a zone in no cluster stays). */
export function hiddenZoneIds(zones: readonly ZoneSummary[], hidden: readonly ClusterId[]): ZoneId[] {
  return zones.filter((z) => z.clusterIds.length > 0 && z.clusterIds.every((c) => hidden.includes(c))).map((z) => z.id);
}

const AtlasModelContext = createContext<AtlasModel | null>(null);

/** Derives the model from the data files' state and the link; provides it (and the files' state) to everything inside. */
export function AtlasModelProvider({ files, children }: { files: DatasetState; children: ReactNode }) {
  const [{ lang, hide, zone, cluster }] = useUrlState();
  const dataset = files.dataset;
  const zonesById = useMemo(() => new Map(dataset.zones.map((z) => [z.id, z])), [dataset.zones]);
  const clustersById = useMemo(() => new Map(dataset.clusters.map((c) => [c.id, c])), [dataset.clusters]);
  const hiddenZones = useMemo(() => hiddenZoneIds(dataset.zones, hide), [dataset.zones, hide]);
  // The selected zone's own file is fetched as soon as the index knows the zone, while the panel's code still loads.
  const client = useQueryClient();
  const selectedId = zone && zonesById.has(zone) ? zone : null;
  useEffect(() => {
    if (selectedId) prefetchZoneDetail(client, selectedId);
  }, [client, selectedId]);
  const model = useMemo<AtlasModel>(
    () => ({
      files,
      dataset,
      zonesById,
      clustersById,
      lang,
      hiddenClusters: hide,
      hiddenZones,
      selectedZone: zone ? zonesById.get(zone) : undefined,
      selectedCluster: cluster ? clustersById.get(cluster) : undefined,
    }),
    [files, dataset, zonesById, clustersById, lang, hide, hiddenZones, zone, cluster],
  );
  return (
    <DataFilesProvider value={files}>
      <AtlasModelContext.Provider value={model}>{children}</AtlasModelContext.Provider>
    </DataFilesProvider>
  );
}

export function useAtlasModel(): AtlasModel {
  const model = useContext(AtlasModelContext);
  if (!model) throw new Error('useAtlasModel needs an AtlasModelProvider (see src/app/atlas-screen.tsx)');
  return model;
}
