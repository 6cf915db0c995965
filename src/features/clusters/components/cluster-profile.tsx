import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, Figure, Source } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG } from '../../../components/lang-tag';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';
import { ClusterKeyFigures } from './cluster-key-figures';
import { ValueChain } from './value-chain';
import '../../../components/visually-hidden.css';
import '../cluster-profile.css';

type Props = {
  cluster: Cluster;
  /** All figures of the dataset. */
  figures: Figure[];
  sources: Source[];
  lang: Lang;
  /** False where a panel's heading already names the cluster: the name is then kept for screen readers only. */
  showName?: boolean;
};

/** A cluster as document 002 describes it: general information, objective, value chain and key figures. */
export function ClusterProfile({ cluster, figures, sources, lang, showName = true }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <article className="clusters-profile" aria-labelledby={`${id}-name`} data-cluster={cluster.id}>
      <h3 id={`${id}-name`} className={showName ? 'clusters-profile__name' : 'visually-hidden'} lang={LANG_TAG[lang]}>
        {cluster.name[lang]}
      </h3>
      <p className="clusters-profile__printed">
        {t('clusters.profile.printedName')} <q lang={LANG_TAG.en}>{cluster.sourceName}</q>
      </p>
      <section className="clusters-profile__section">
        <h4>{t('clusters.profile.general')}</h4>
        <LocalizedText text={cluster.general} lang={lang} />
      </section>
      <section className="clusters-profile__section">
        <h4>{t('clusters.profile.objective')}</h4>
        <LocalizedText text={cluster.objective} lang={lang} />
      </section>
      {cluster.valueChain.length > 0 && (
        <section className="clusters-profile__section">
          <h4 id={`${id}-chain`}>{t('clusters.profile.valueChain')}</h4>
          <ValueChain steps={cluster.valueChain} sourceIds={cluster.valueChainSourceIds} sources={sources} lang={lang} headingId={`${id}-chain`} />
        </section>
      )}
      <section className="clusters-profile__section">
        <h4>{t('clusters.profile.keyFigures')}</h4>
        <ClusterKeyFigures cluster={cluster} figures={figures} sources={sources} lang={lang} />
      </section>
      <SourceList sourceIds={cluster.sourceIds} sources={sources} lang={lang} label={t('clusters.profile.sources')} />
    </article>
  );
}
