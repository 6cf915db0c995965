import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { clusterColor } from '../../../config/cluster-colors';

type Props = {
  clusters: Cluster[];
  activeClusterId: ClusterId;
  onSelectCluster: (id: ClusterId) => void;
  lang: Lang;
  /** Prefix of the tab ids; the tab panel is `${idBase}-panel`. */
  idBase: string;
};

export const tabId = (idBase: string, clusterId: ClusterId) => `${idBase}-tab-${clusterId}`;

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** One tab per cluster of a zone (WAI-ARIA tabs, activation follows focus: arrows, Home and End). */
export function ZoneClusterTabs({ clusters, activeClusterId, onSelectCluster, lang, idBase }: Props) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<ClusterId, HTMLButtonElement>());
  const activeIndex = Math.max(0, clusters.findIndex((c) => c.id === activeClusterId));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = STEP[event.key];
    if (!step || clusters.length === 0) return;
    event.preventDefault();
    const next = clusters[step(activeIndex, clusters.length)];
    if (!next) return;
    tabs.current.get(next.id)?.focus();
    if (next.id !== activeClusterId) onSelectCluster(next.id);
  }

  return (
    <div className="zones-tabs" role="tablist" aria-label={t('zones.panel.clusters')} onKeyDown={onKeyDown}>
      {clusters.map((c, i) => {
        const selected = i === activeIndex;
        return (
          <button
            key={c.id}
            ref={(el) => {
              if (el) tabs.current.set(c.id, el);
              else tabs.current.delete(c.id);
            }}
            type="button"
            role="tab"
            id={tabId(idBase, c.id)}
            className="zones-tabs__tab"
            aria-selected={selected}
            aria-controls={`${idBase}-panel`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelectCluster(c.id)}
          >
            <span className="zones-tabs__swatch" style={{ background: clusterColor(c.id) }} aria-hidden="true" />
            {t(`cluster.${c.id}`, { defaultValue: c.name[lang] })}
          </button>
        );
      })}
    </div>
  );
}
