import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, Source } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { FigureValue } from '../../../components/figure-value';
import { figureText } from '../../../components/figure-text';
import { LocalizedText } from '../../../components/localized-text';
import { CITY_INDICATORS, groupFigures, HIGH_TECH, type IndicatorGroupKey } from '../config/city-indicators';
import '../overview.css';

type Props = { figures: Figure[]; sources: Source[]; lang: Lang; children?: ReactNode };
type Cited = { figures: Figure[]; sources: Source[]; lang: Lang };

/**
 * With nothing selected: the city-wide indicators of the China Daily article of 31 December 2012,
 * each with its kind and source. `children` is where the app places the cluster comparison chart.
 */
export function CityOverview({ figures, sources, lang, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const groups = CITY_INDICATORS.map((g) => ({ key: g.key, items: groupFigures(g, figures) })).filter((g) => g.items.length > 0);
  return (
    <section className="city-overview" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{t('overview.city.title')}</h2>
        <p className="city-overview__intro">{t('overview.city.intro')}</p>
      </header>
      {groups.map(({ key, items }) => (
        <IndicatorGroup key={key} groupKey={key} items={items} figures={figures} sources={sources} lang={lang} />
      ))}
      {children && <div className="city-overview__children">{children}</div>}
    </section>
  );
}

function Cite({ figure, figures, sources, lang }: Cited & { figure: Figure }) {
  const sourceOf = (id: string) => sources.find((s) => s.id === id);
  return (
    <FigureValue
      figure={figure}
      source={sourceOf(figure.sourceId)}
      lang={lang}
      printed={figures.find((f) => f.id === figure.correctsFigureId)}
      supportingSources={(figure.supportingSourceIds ?? []).flatMap((id) => sourceOf(id) ?? [])}
    />
  );
}

function IndicatorGroup({ groupKey, items, ...cited }: Cited & { groupKey: IndicatorGroupKey; items: Figure[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const bars = groupKey === 'reductions';
  return (
    <section className="city-overview__group" aria-labelledby={headingId} data-group={groupKey}>
      <h3 id={headingId}>{t(`overview.city.${groupKey}`)}</h3>
      {groupKey === 'highTech' && <p className="city-overview__note">{t('overview.city.highTechCorrection')}</p>}
      {bars && <p className="city-overview__note">{t('overview.city.reductionsHint')}</p>}
      <ul className={bars ? 'city-overview__bars' : 'city-overview__figures'}>
        {items.map((figure) => (
          <li key={figure.id}>
            {bars && figure.unit === 'percent' && (
              <div className="city-overview__bar-track" aria-hidden="true">
                <span className="city-overview__bar" style={{ width: `${Math.min(100, Math.max(0, figure.value))}%` }} />
              </div>
            )}
            <Cite figure={figure} {...cited} />
            {figure.id === HIGH_TECH.corrected && <WhyCorrected corrected={figure} {...cited} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reasoning behind the corrected high-tech output, in plain view, with the figure's full note. */
function WhyCorrected({ corrected, figures, lang }: Cited & { corrected: Figure }) {
  const { t } = useTranslation();
  const printed = figures.find((f) => f.id === corrected.correctsFigureId);
  const usd = figures.find((f) => f.id === HIGH_TECH.usd);
  return (
    <div className="city-overview__why">
      <strong>{t('overview.city.why')}</strong>
      {printed && usd && (
        <p>{t('overview.city.whyLead', { usd: figureText(usd, lang), corrected: figureText(corrected, lang), printed: figureText(printed, lang) })}</p>
      )}
      {corrected.note && <LocalizedText text={corrected.note} lang={lang} />}
    </div>
  );
}
