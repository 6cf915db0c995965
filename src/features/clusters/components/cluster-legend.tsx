import { useRef, type ReactNode } from 'react';
import { useFramingObstacle } from '../../../components/framing-obstacles';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId } from '../../../lib/data/schemas';
import { NO_CLUSTER_COLOR } from '../../../config/cluster-colors';
import type { Lang } from '../../../lib/i18n-types';

type Props = {
  clusters: Cluster[];
  colors: Record<ClusterId, string>;
  lang: Lang;
  hidden: ClusterId[];
  chosenClusterId: ClusterId | null;
  onToggle: (id: ClusterId, visible: boolean) => void;
  onChoose: (id: ClusterId) => void;
  /** Floating over the map (desktop) or inline in the bottom sheet (phone). */
  variant?: 'floating' | 'inline';
  /** More of the legend below the clusters (the app puts the map's key here). */
  children?: ReactNode;
};

/**
 * The legend of the five clusters, in the map's colours. Each is also a filter (the checkbox hides
 * its zones on the map and in the lists) and a way in (the name opens the cluster's profile).
 */
export function ClusterLegend({ clusters, colors, lang, hidden, chosenClusterId, onToggle, onChoose, variant = 'floating', children }: Props) {
  const { t } = useTranslation();
  // Floating over the map, the legend is an overlay the map frames its zones clear of.
  const own = useRef<HTMLElement>(null);
  useFramingObstacle(own, variant === 'floating');
  return (
    <section ref={own} className={`legend legend--${variant}`} aria-labelledby={`legend-title-${variant}`}>
      <h2 id={`legend-title-${variant}`}>{t('legend.title')}</h2>
      <ul>
        {clusters.map((c) => {
          const name = t(`cluster.${c.id}`, { defaultValue: c.name[lang] });
          const visible = !hidden.includes(c.id);
          return (
            <li key={c.id} data-cluster={c.id} data-hidden={!visible || undefined}>
              <input
                type="checkbox"
                checked={visible}
                aria-label={t('legend.show', { name })}
                onChange={(e) => onToggle(c.id, e.target.checked)}
              />
              <span className="swatch" style={{ background: colors[c.id] }} aria-hidden="true" />
              <button
                type="button"
                className="legend__name"
                aria-pressed={chosenClusterId === c.id}
                aria-label={t('legend.open', { name })}
                disabled={!visible}
                onClick={() => onChoose(c.id)}
              >
                {name}
              </button>
            </li>
          );
        })}
        {/* Zones of the catalogue that no source links to a cluster: grey markers, never hidden by a switch. */}
        <li className="legend__other">
          <span className="swatch" style={{ background: NO_CLUSTER_COLOR }} aria-hidden="true" />
          <span>{t('clusters.legend.noCluster')}</span>
        </li>
      </ul>
      <p className="legend-note">{t('legend.twoClusters')}</p>
      <p className="legend-note">{t('legend.estimate')}</p>
      <p className="legend-note">{t('clusters.legend.nested')}</p>
      {children}
    </section>
  );
}
