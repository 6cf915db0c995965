import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import { describeZone, keyboardOrder, sitedEnterprises, unsitedByZone, zoneLabels, type MapViewInput, type MapWords } from '../utils/map-view-model';

type Args = Omit<MapViewInput, 'words'> & { zonesById: ReadonlyMap<ZoneId, ZoneSummary> };

/** The map's view-model for the page (utils/map-view-model.ts), memoized, in the link's language. */
export function useMapViewModel({ zones, enterprises, outlined, hiddenClusters, hiddenZones, selectedZoneId, chosenEnterpriseId, lang, enterprisesKnown, zonesById }: Args) {
  const { t } = useTranslation();
  const words = useMemo<MapWords>(
    () => ({
      companies: (count) => t('map.companies', { count }),
      companiesDetail: (count) => t('map.companiesDetail', { count }),
      moreInside: (count) => t('map.moreInside', { count }),
      clusters: (names, count) => t('zone.clusters', { names, count }),
      clusterName: (id: ClusterId) => t(`cluster.${id}`),
      focusedZone: (name, clusters, companies) => t('map.focusedZone', { name, clusters, companies }),
      siteLabel: (name) => t('map.siteLabel', { name }),
    }),
    // `lang` too: the words change with the language even where `t` keeps its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, lang],
  );
  const input = useMemo<MapViewInput>(
    () => ({ zones, enterprises, outlined, hiddenClusters, hiddenZones, selectedZoneId, chosenEnterpriseId, lang, enterprisesKnown, words }),
    [zones, enterprises, outlined, hiddenClusters, hiddenZones, selectedZoneId, chosenEnterpriseId, lang, enterprisesKnown, words],
  );
  const unsited = useMemo(() => unsitedByZone(enterprises, hiddenClusters), [enterprises, hiddenClusters]);
  const labels = useMemo(() => zoneLabels(input, unsited), [input, unsited]);
  const describe = useCallback((zoneId: ZoneId) => describeZone(input, zoneId, zonesById.get(zoneId), unsited), [input, zonesById, unsited]);
  const order = useMemo(() => keyboardOrder(zones, hiddenZones), [zones, hiddenZones]);
  const sited = useMemo(() => sitedEnterprises(enterprises, hiddenClusters, lang, words), [enterprises, hiddenClusters, lang, words]);
  return { labels, describeZone: describe, keyboardOrder: order, sited };
}

