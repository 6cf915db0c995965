import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source, Zone } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG, otherLang } from '../../../components/lang-tag';
import { SourceList } from '../../../components/source-list';

type Props = {
  zone: Zone;
  sources: Source[];
  lang: Lang;
  /** Whether the lines are drawn on the map, and the switch (absent where the map cannot draw them). */
  onMap?: { shown: boolean; onChange: (shown: boolean) => void };
};

/**
 * How far the zone is from the airport and the nearest railway and metro stations, in a straight line
 * from its point and from its outline's nearest edge (computed by the data build), with the method;
 * the port and high-speed stations are said to be not measured, and why.
 */
export function ZoneReach({ zone, sources, lang, onMap }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const reach = zone.reach;
  const other = otherLang(lang);
  // One decimal, always shown (as on the map's lines): the zone's point and outline are themselves approximate.
  const km = (value: number) => t('zones.reach.km', { value: value.toFixed(1) });
  const outlined = reach?.targets.some((r) => r.fromEdgeKm !== undefined) ?? false;
  return (
    <section className="zones-reach" aria-labelledby={titleId} data-testid="zone-reach">
      <h3 id={titleId} className="zones-section-title">
        {t('zones.reach.title')}
      </h3>
      {!reach || reach.targets.length === 0 ? (
        <p>{t('zones.reach.unknown')}</p>
      ) : (
        <table className="zones-reach__table">
          <thead>
            <tr>
              <th scope="col">{t('zones.reach.to')}</th>
              <th scope="col">{t('zones.reach.fromPoint')}</th>
              {outlined && <th scope="col">{t('zones.reach.fromEdge')}</th>}
            </tr>
          </thead>
          <tbody>
            {reach.targets.map((r) => (
              <tr key={r.kind} data-reach={r.kind}>
                <th scope="row">
                  <span className="zones-reach__kind">{t(`zones.reach.kind.${r.kind}`)}</span>{' '}
                  <span lang={LANG_TAG[lang]} className={r.unnamed ? 'zones-reach__unnamed' : undefined}>
                    {r.name[lang]}
                  </span>
                  {!r.unnamed && r.name[other] !== r.name[lang] && (
                    <span className="zones-reach__other" lang={LANG_TAG[other]}>
                      {' '}
                      {r.name[other]}
                    </span>
                  )}
                </th>
                <td data-testid="reach-from-point">{km(r.fromPointKm)}</td>
                {outlined && <td data-testid="reach-from-edge">{r.fromEdgeKm === undefined ? '—' : r.fromEdgeKm === 0 ? t('zones.reach.inside') : km(r.fromEdgeKm)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onMap && reach && reach.targets.length > 0 && (
        <button type="button" className="zones-reach__show" aria-pressed={onMap.shown} onClick={() => onMap.onChange(!onMap.shown)}>
          {onMap.shown ? t('zones.reach.hide') : t('zones.reach.show')}
        </button>
      )}
      <p className="zones-reach__method">{t('zones.reach.method')}</p>
      <ul className="zones-reach__missing">
        <li>{t('zones.reach.notMeasured.highSpeed')}</li>
        <li>{t('zones.reach.notMeasured.port')}</li>
      </ul>
      {reach && reach.targets.length > 0 && (
        <SourceList sourceIds={[...new Set(reach.targets.flatMap((r) => r.sourceIds))]} sources={sources} lang={lang} label={t('zones.reach.source')} />
      )}
    </section>
  );
}
