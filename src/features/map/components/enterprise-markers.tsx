import { Marker } from '@vis.gl/react-maplibre';

export type SitedEnterprise = { id: string; lon: number; lat: number; name: string; label: string };

type Props = {
  sited: SitedEnterprise[];
  selectedEnterpriseId: string | null;
  onChooseEnterprise: (id: string) => void;
};

/**
 * Anchor enterprises with a sourced site, as pins at that site. The others have no pin at all: their
 * count is written under their zone's label (see zone-layers.ts), so nobody reads a position as an
 * address.
 */
export function EnterpriseMarkers({ sited, selectedEnterpriseId, onChooseEnterprise }: Props) {
  return (
    <>
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
