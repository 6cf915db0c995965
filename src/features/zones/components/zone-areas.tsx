import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized, Source, Zone } from '../../../lib/data/schemas';
import { formatFigureValue, formatNumber } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';
import type { OutlineInfo } from './zone-outline-note';

type Props = { zone: Zone; sources: Source[]; lang: Lang; outline?: OutlineInfo };

const km2 = (x: number, lang: Lang) => formatNumber(x >= 100 ? Math.round(x) : Math.round(x * 10) / 10, lang);

/**
 * One section for a zone's areas, each labelled with what it is: the approved area of the 2018
 * catalogue (核准面积), the area a source gives (administered, planned, or reported without saying,
 * with its year), and what the map draws (an outline and the sourced area it was sized to, or a point).
 */
export function ZoneAreas({ zone, sources, lang, outline }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const record = zone.catalogue;
  const area = zone.areaKm2;
  const kind = area?.kind ?? 'administered';
  const row = (key: string, label: string, value: ReactNode, sourceIds: readonly string[] = [], note?: Localized | string) => (
    <div className="zones-facts__row" data-testid={`area-${key}`}>
      <dt>{label}</dt>
      <dd>
        {value}
        <SourceList
          sourceIds={sourceIds}
          sources={sources}
          lang={lang}
          subject={label}
          note={note && (typeof note === 'string' ? <p>{note}</p> : <LocalizedText text={note} lang={lang} />)}
        />
      </dd>
    </div>
  );
  const missing = (text: string) => <span className="zones-facts__missing">{text}</span>;
  const value = (text: string) => <span className="zones-facts__value">{text}</span>;
  return (
    <section className="zones-areas" aria-labelledby={titleId} data-testid="zone-areas">
      <h3 id={titleId} className="zones-section-title">
        {t('zones.areas.title')}
      </h3>
      <dl className="zones-facts">
        {row(
          'approved',
          t('zones.areas.approved'),
          record ? value(t('zones.areas.approvedValue', { km2: formatNumber(Math.round(record.approvedAreaHa) / 100, lang), ha: formatNumber(record.approvedAreaHa, lang) })) : missing(t('zones.areas.notInCatalogue')),
          record?.sourceIds,
          record ? t('zones.areas.approvedNote') : undefined,
        )}
        {row(
          'source',
          area?.year ? t('zones.areas.kindInYear', { kind: t(`zones.areas.kind.${kind}`), year: area.year }) : t(`zones.areas.kind.${kind}`),
          area ? value(formatFigureValue({ value: area.value, unit: 'km2' }, lang)) : missing(t('zones.panel.notPublished')),
          area?.sourceIds,
          area?.note,
        )}
        <div className="zones-facts__row" data-testid="area-outline">
          <dt>{t('zones.areas.onMap')}</dt>
          <dd>
            {zone.drawnAs === 'point' ? (
              <span>{t('zones.areas.point', { km: formatNumber(zone.location.uncertaintyKm, lang) })}</span>
            ) : outline?.areaKm2 !== undefined && outline.sourcedArea ? (
              <span className="zones-outline__areas" data-testid="outline-areas">
                {t('zones.outline.areas', { outline: km2(outline.areaKm2, lang), sourced: km2(outline.sourcedArea.km2, lang), what: outline.sourcedArea.what[lang] })}
              </span>
            ) : (
              missing(t('zones.areas.noOutline'))
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
