import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import './zone-list.css';

type Props = {
  zones: ZoneSummary[];
  clusters: Cluster[];
  colors: Record<ClusterId, string>;
  lang: Lang;
  selectedZoneId: ZoneId | null;
  onSelectZone: (id: ZoneId) => void;
};

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The DOM twin of the map: one button per visible zone, with its clusters' names and colours.
 * Tab reaches every zone; Enter or Space selects it; the arrow keys, Home and End move between zones.
 */
export function ZoneList({ zones, clusters, colors, lang, selectedZoneId, onSelectZone }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const titleId = useId();
  const clusterName = (id: ClusterId) =>
    t(`cluster.${id}`, { defaultValue: clusters.find((c) => c.id === id)?.name[lang] ?? id });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const move = MOVES[e.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (!move || at < 0) return;
    e.preventDefault();
    buttons[move(at, buttons.length)]?.focus();
  };

  return (
    <nav className="zone-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="zone-list__title">
        {t('overview.zoneList.title')}
      </h2>
      {zones.length === 0 ? (
        <p className="zone-list__empty">{t('overview.zoneList.empty')}</p>
      ) : (
        <ul ref={list} onKeyDown={onKeyDown}>
          {zones.map((z) => (
            <li key={z.id}>
              <button
                type="button"
                className="zone-list__item"
                aria-pressed={z.id === selectedZoneId}
                data-zone={z.id}
                onClick={() => onSelectZone(z.id)}
              >
                <span className="zone-list__name">{z.name[lang]}</span>
                <span className="zone-list__clusters">
                  {z.clusterIds.length === 0 && <span className="zone-list__cluster zone-list__cluster--none">{t('zones.list.noCluster')}</span>}
                  {z.clusterIds.map((c) => (
                    <span key={c} className="zone-list__cluster">
                      <span className="zone-list__swatch" style={{ background: colors[c] }} aria-hidden="true" />
                      {clusterName(c)}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
