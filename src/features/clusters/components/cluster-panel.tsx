import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG, otherLang } from '../../../components/lang-tag';
import { clusterColor } from '../../../config/cluster-colors';
import '../../../components/panel-header.css';
import '../cluster-panel.css';

type Props = {
  cluster: Cluster;
  /** The cluster's zones. */
  zones: ZoneSummary[];
  lang: Lang;
  onSelectZone: (id: ZoneId) => void;
  onClose: () => void;
  /** Buttons the app puts in the panel's header, before the close button (e.g. share). */
  headerActions?: ReactNode;
  /** The profile, enterprises and chart, composed by the app. */
  children: ReactNode;
};

/** The panel of a cluster chosen without a zone (from the legend or a list): its zones, then its content. */
export function ClusterPanel({ cluster, zones, lang, onSelectZone, onClose, headerActions, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const other = otherLang(lang);
  return (
    <section className="clusters-panel" aria-labelledby={`${id}-title`} data-cluster={cluster.id}>
      <header className="clusters-panel__header">
        <span className="clusters-panel__swatch" style={{ background: clusterColor(cluster.id) }} aria-hidden="true" />
        <div className="clusters-panel__names">
          <h2 id={`${id}-title`} className="panel-title" lang={LANG_TAG[lang]}>
            {cluster.name[lang]}
          </h2>
          <p className="panel-other-name" lang={LANG_TAG[other]}>
            {cluster.name[other]}
          </p>
        </div>
        {headerActions}
        <button type="button" className="panel-close" aria-label={t('clusters.panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <nav className="clusters-panel__zones" aria-labelledby={`${id}-zones`}>
        <h3 id={`${id}-zones`} className="clusters-panel__zones-title">
          {t('clusters.panel.zones', { count: zones.length })}
        </h3>
        <ul>
          {zones.map((z) => (
            <li key={z.id}>
              <button type="button" className="clusters-panel__zone" data-zone={z.id} onClick={() => onSelectZone(z.id)}>
                <span className="clusters-panel__zone-name" lang={LANG_TAG[lang]}>
                  {z.name[lang]}
                </span>
                <span className="clusters-panel__zone-action">
                  {t('clusters.panel.openZone')}
                  <span aria-hidden="true"> →</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="clusters-panel__content">{children}</div>
    </section>
  );
}
