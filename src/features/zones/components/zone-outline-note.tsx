import { useTranslation } from 'react-i18next';
import type { Localized, Source } from '../../../lib/data/schemas';
import { formatNumber } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { Disclosure } from '../../../components/disclosure';
import { LANG_TAG } from '../../../components/lang-tag';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';

type SourcedArea = { km2: number; what: Localized; sourceIds: string[] };

export type OutlineInfo = {
  /** How the outline was made, in one sentence (the outline feature's `summary`). */
  summary?: Localized;
  /** In full: in both languages for an outline, English only for a zone's location method. */
  method: Localized | string;
  uncertaintyKm: number;
  sourceIds: string[];
  confidence?: 'sourced' | 'estimate';
  /** Area of the outline (with any zones cut out of it) and the sourced area it is checked against. */
  areaKm2?: number;
  sourcedArea?: SourcedArea;
};

type Props = {
  outline: OutlineInfo;
  sources: Source[];
  lang: Lang;
  /** What the map draws: an outline, or (where no method supports one) the zone's point alone. */
  drawnAs?: 'outline' | 'point';
};

/**
 * The honest caption of what the map draws for a zone: an approximate outline (how it was made, its
 * sources, and on request the full method) or a point with its uncertainty and how it was placed. The
 * areas are in ZoneAreas.
 */
export function ZoneOutlineNote({ outline, sources, lang, drawnAs = 'outline' }: Props) {
  const { t } = useTranslation();
  const { summary, method, sourcedArea } = outline;
  const point = drawnAs === 'point';
  const sourceIds = [...outline.sourceIds, ...(sourcedArea?.sourceIds ?? [])];
  return (
    <div className="zones-outline" role="note" data-testid="zone-location-method">
      <p className="zones-outline__text">
        <span aria-hidden="true" className="zones-outline__icon">
          ◌
        </span>
        {t(point ? 'zones.outline.point' : 'zones.outline.indicative', { km: formatNumber(outline.uncertaintyKm, lang) })}
        {outline.confidence && `${lang === 'zh' ? '' : ' '}${t(`zones.outline.${outline.confidence}`)}`}
      </p>
      {summary && <LocalizedText text={summary} lang={lang} className="zones-outline__summary" />}
      <SourceList sourceIds={sourceIds} sources={sources} lang={lang} label={t(point ? 'zones.outline.pointSources' : 'zones.outline.sources')} />
      <Disclosure label={t(point ? 'zones.outline.pointMethod' : 'zones.outline.method')}>
        {typeof method === 'string' ? (
          // A zone's location method is written in English in the dataset.
          <p className="zones-outline__method" lang={LANG_TAG.en}>
            {method}
          </p>
        ) : (
          <LocalizedText text={method} lang={lang} className="zones-outline__method" />
        )}
      </Disclosure>
    </div>
  );
}
