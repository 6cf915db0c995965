import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId, Source, Zone, ZoneId, ZoneSummary } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG, otherLang } from '../../../components/lang-tag';
import { ZoneClusterTabs, tabId } from './zone-cluster-tabs';
import { ZoneAreas } from './zone-areas';
import { ZoneReach } from './zone-reach';
import { ZoneCatalogue } from './zone-catalogue';
import { ZoneFacts } from './zone-facts';
import { ZoneOutlineNote, type OutlineInfo } from './zone-outline-note';
import { ZoneRelations } from './zone-relations';
import '../../../components/panel-header.css';
import '../zone-panel.css';

type Props = {
  /** The zone as the first screen knows it (names, clusters, parent). */
  zone: ZoneSummary;
  /** Its whole record (facts, catalogue record, areas, methods), once its file has loaded. */
  detail: Zone | undefined;
  /** What stands for the detail while it loads or when it failed (composed by the app). */
  detailNotice?: ReactNode;
  /** The zone's clusters, in order: one tab each. */
  clusters: Cluster[];
  sources: Source[];
  lang: Lang;
  /** The cluster tab shown; null for a zone linked to no cluster. */
  activeClusterId: ClusterId | null;
  onSelectCluster: (id: ClusterId) => void;
  onClose: () => void;
  /** The properties of the zone's outline feature; without them, the zone's location is described. */
  outline?: OutlineInfo;
  /** Buttons the app puts in the panel's header, before the close button (e.g. share). */
  headerActions?: ReactNode;
  /** The zone this one is part of, and the zones inside it (see `parentZoneId`). */
  parentZone?: ZoneSummary;
  childZones?: ZoneSummary[];
  /** The switch that draws the zone's reach on the map (see ZoneReach). */
  reachOnMap?: { shown: boolean; onChange: (shown: boolean) => void };
  /** Opens another zone's panel (the "Part of" and "Contains" buttons). */
  onSelectZone?: (id: ZoneId) => void;
  /** The active tab's content, composed by the app. */
  children: ReactNode;
};

/**
 * The panel of one zone: names, facts with sources, its catalogue record, its areas (which is which),
 * what the map draws and how, and a tab per cluster (or a note that no source links it to one).
 */
export function ZonePanel(props: Props) {
  const { zone, detail, detailNotice, clusters, sources, lang, activeClusterId, onSelectCluster, onClose, outline, headerActions, children } = props;
  const { parentZone, childZones = [], onSelectZone, reachOnMap } = props;
  const { t } = useTranslation();
  const idBase = `zone-panel-${useId()}`;
  const titleId = `${idBase}-title`;
  const other = otherLang(lang);
  const active = clusters.some((c) => c.id === activeClusterId) ? activeClusterId : clusters[0]?.id;
  return (
    <section className="zones-panel" aria-labelledby={titleId} data-zone={zone.id}>
      <header className="zones-panel__header">
        <div className="zones-panel__names">
          <h2 id={titleId} className="panel-title" lang={LANG_TAG[lang]}>
            {zone.name[lang]}
          </h2>
          <p className="panel-other-name" lang={LANG_TAG[other]}>
            {zone.name[other]}
          </p>
        </div>
        {headerActions}
        <button type="button" className="panel-close" aria-label={t('zones.panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {onSelectZone && (
        <ZoneRelations zone={zone} parent={parentZone} childZones={childZones} sources={sources} lang={lang} onSelectZone={onSelectZone} />
      )}
      {detail ? (
        <>
          <ZoneFacts zone={detail} sources={sources} lang={lang} />
          <ZoneCatalogue zone={detail} sources={sources} lang={lang} />
          <ZoneAreas zone={detail} sources={sources} lang={lang} outline={outline} />
          <ZoneOutlineNote
            outline={{ confidence: detail.location.confidence, ...(outline ?? detail.location) }}
            sources={sources}
            lang={lang}
            drawnAs={detail.drawnAs === 'point' ? 'point' : 'outline'}
          />
          <ZoneReach zone={detail} sources={sources} lang={lang} onMap={reachOnMap} />
        </>
      ) : (
        detailNotice
      )}
      {clusters.length === 0 && (
        <p className="zones-panel__no-cluster" data-testid="zone-no-cluster">
          {t('zones.panel.noCluster')}
        </p>
      )}
      {active && (
        <>
          <ZoneClusterTabs clusters={clusters} activeClusterId={active} onSelectCluster={onSelectCluster} lang={lang} idBase={idBase} />
          <div role="tabpanel" id={`${idBase}-panel`} className="zones-panel__tabpanel" aria-labelledby={tabId(idBase, active)} tabIndex={0}>
            {children}
          </div>
        </>
      )}
    </section>
  );
}
