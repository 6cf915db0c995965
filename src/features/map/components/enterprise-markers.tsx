import { Marker } from '@vis.gl/react-maplibre';

export type EnterpriseGroup = {
  zoneId: string;
  lon: number;
  lat: number;
  /** e.g. "9 companies: sites not published; located in Dalian High-tech Zone" */
  label: string;
  names: { id: string; name: string }[];
};

export type SitedEnterprise = { id: string; lon: number; lat: number; name: string; label: string };

type Props = {
  groups: EnterpriseGroup[];
  sited: SitedEnterprise[];
  selectedEnterpriseId: string | null;
  onChooseGroup: (zoneId: string) => void;
  onChooseEnterprise: (id: string) => void;
};

/**
 * Anchor enterprises on the map. An enterprise with a sourced site is a pin at that site; the
 * others are grouped in one badge hung below their zone's marker, drawn as a count (never a pin),
 * so that nobody reads the badge's position as an address.
 */
export function EnterpriseMarkers({ groups, sited, selectedEnterpriseId, onChooseGroup, onChooseEnterprise }: Props) {
  return (
    <>
      {groups.map((g) => {
        const selected = g.names.find((n) => n.id === selectedEnterpriseId);
        return (
          <Marker key={g.zoneId} longitude={g.lon} latitude={g.lat} anchor="top" offset={[0, 16]}>
            <button
              type="button"
              className="ent-group"
              data-selected={selected ? true : undefined}
              aria-label={g.label}
              title={g.label}
              onClick={(e) => {
                e.stopPropagation();
                onChooseGroup(g.zoneId);
              }}
            >
              <span className="ent-group__count" aria-hidden="true">
                {g.names.length}
              </span>
              <span className="ent-group__icon" aria-hidden="true">▦</span>
              {selected && <span className="ent-group__name">{selected.name}</span>}
            </button>
          </Marker>
        );
      })}
      {sited.map((s) => (
        <Marker key={s.id} longitude={s.lon} latitude={s.lat} anchor="bottom">
          <button
            type="button"
            className="ent-pin"
            data-selected={s.id === selectedEnterpriseId || undefined}
            aria-label={s.label}
            title={s.label}
            onClick={(e) => {
              e.stopPropagation();
              onChooseEnterprise(s.id);
            }}
          />
        </Marker>
      ))}
    </>
  );
}
