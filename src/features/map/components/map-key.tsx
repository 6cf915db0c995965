import { useTranslation } from 'react-i18next';
import { COMPANY_SITE_ENTRY, MAP_KEY, type KeySymbol } from '../config/map-key';
import { MAP_COLORS as C } from '../config/map-colors';
import './map-key.css';

/**
 * The map key: what each basemap symbol is (places, stations, the airport, boundaries, land and sea),
 * and what the basemap does not show (roads). Folded into a button beside the legend's title, so the
 * legend over the map keeps its size (the framing keeps zones clear of it); opened, it shows beside
 * the legend on a desktop, and within it on a phone.
 */
export function MapKey({ companySites = false }: { companySites?: boolean }) {
  const { t } = useTranslation();
  const entries = companySites ? [...MAP_KEY, COMPANY_SITE_ENTRY] : MAP_KEY;
  return (
    <details className="map-key">
      <summary>{t('map.key.title')}</summary>
      <div className="map-key__body">
        <ul>
          {entries.map((e) => (
            <li key={e.id} data-key-entry={e.id}>
              <Symbol symbol={e.symbol} />
              <span>{t(`map.key.${e.id}`)}</span>
            </li>
          ))}
        </ul>
        <p className="map-key__note">{t('map.key.noRoads')}</p>
      </div>
    </details>
  );
}

function Symbol({ symbol: s }: { symbol: KeySymbol }) {
  return (
    <svg className="map-key__symbol" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true">
      {s.kind === 'area' && <rect x="2" y="2" width="20" height="12" rx="2" fill={s.fill} stroke={s.stroke ?? 'rgba(0,0,0,0.25)'} />}
      {s.kind === 'line' && (
        <>
          <rect x="0" y="0" width="24" height="16" fill={C.dalianLand} />
          <line x1="1" y1="8" x2="23" y2="8" stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} />
        </>
      )}
      {s.kind === 'dot' && <circle cx="12" cy="8" r={s.r} fill={s.fill} stroke={s.stroke} strokeWidth={s.strokeWidth} />}
      {s.kind === 'airport' && (
        <>
          <line x1="2" y1="12" x2="22" y2="4" stroke={C.runway} strokeWidth="2.5" />
          <circle cx="12" cy="8" r="4.5" fill={C.airport} stroke="#fff" strokeWidth="1.5" />
        </>
      )}
      {s.kind === 'pin' && <path d="M12 15 C8 10 6 8.5 6 6 a6 6 0 0 1 12 0 c0 2.5 -2 4 -6 9z" fill={C.labelTown} stroke="#fff" strokeWidth="1.5" />}
    </svg>
  );
}
