import { useTranslation } from 'react-i18next';
import type { Cluster, Figure, Source } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { FigureValue } from '../../../components/figure-value';
import { keyFigures } from '../utils/key-figures';

type Props = { cluster: Cluster; figures: Figure[]; sources: Source[]; lang: Lang };

/** The cluster's baseline and target, then its other figures from document 002, each with its source. */
export function ClusterKeyFigures({ cluster, figures, sources, lang }: Props) {
  const { t } = useTranslation();
  const items = keyFigures(cluster, figures);
  const sourceOf = (id: string) => sources.find((s) => s.id === id);
  if (items.length === 0) return <p>{t('clusters.profile.noFigures')}</p>;
  return (
    <ul className="clusters-figures">
      {items.map(({ figure, role }) => (
        <li key={figure.id} className={`clusters-figures__item clusters-figures__item--${role}`}>
          {role !== 'other' && <p className="clusters-figures__role">{t(`clusters.profile.${role}`)}</p>}
          <FigureValue
            figure={figure}
            source={sourceOf(figure.sourceId)}
            lang={lang}
            printed={figures.find((f) => f.id === figure.correctsFigureId)}
            supportingSources={(figure.supportingSourceIds ?? []).flatMap((id) => sourceOf(id) ?? [])}
          />
        </li>
      ))}
    </ul>
  );
}
