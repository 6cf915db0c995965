import { useTranslation } from 'react-i18next';
import type { Source, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG } from '../../../components/lang-tag';
import { SourceList } from '../../../components/source-list';

type Props = {
  zone: ZoneSummary;
  /** The zone this one is part of, if any. */
  parent?: ZoneSummary;
  /** The zones inside this one. */
  childZones: ZoneSummary[];
  sources: Source[];
  lang: Lang;
  onSelectZone: (id: ZoneId) => void;
};

/** "Part of …" and "Contains: …", each zone a button that opens its panel. */
export function ZoneRelations({ zone, parent, childZones, sources, lang, onSelectZone }: Props) {
  const { t } = useTranslation();
  if (!parent && childZones.length === 0) return null;
  const relationSources = [...(zone.parentSourceIds ?? []), ...childZones.flatMap((c) => c.parentSourceIds ?? [])];
  const link = (z: ZoneSummary) => (
    <button type="button" className="zones-relations__link" lang={LANG_TAG[lang]} onClick={() => onSelectZone(z.id)}>
      {z.name[lang]}
    </button>
  );
  return (
    <div className="zones-relations" data-testid="zone-relations">
      {parent && (
        <p className="zones-relations__line">
          <span>{t('zones.relations.partOf')}</span> {link(parent)}
        </p>
      )}
      {childZones.length > 0 && (
        <div className="zones-relations__line">
          <span id={`zones-contains-${zone.id}`}>{t('zones.relations.contains')}</span>
          <ul className="zones-relations__list" aria-labelledby={`zones-contains-${zone.id}`}>
            {childZones.map((c) => (
              <li key={c.id}>{link(c)}</li>
            ))}
          </ul>
        </div>
      )}
      <SourceList sourceIds={relationSources} sources={sources} lang={lang} subject={t('zones.relations.subject')} />
    </div>
  );
}
