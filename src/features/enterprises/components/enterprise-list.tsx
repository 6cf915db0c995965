import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise, Source, ZoneSummary } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { EnterpriseItem } from './enterprise-item';
import '../enterprise-list.css';

type Props = {
  enterprises: Enterprise[];
  zones: ZoneSummary[];
  sources: Source[];
  lang: Lang;
  selectedEnterpriseId: string | null;
  /** Called with the enterprise's id, or null when the selected one is pressed again. */
  onSelectEnterprise: (id: string | null) => void;
};

/** The anchor enterprises of a cluster (in a zone or overall); pressing one highlights it on the map. */
export function EnterpriseList({ enterprises, zones, sources, lang, selectedEnterpriseId, onSelectEnterprise }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="enterprise-list" aria-labelledby={titleId}>
      <h3 id={titleId} className="enterprise-list__title">
        {t('enterprises.list.title')}
      </h3>
      {enterprises.length === 0 ? (
        <p className="enterprise-list__empty">{t('enterprises.list.empty')}</p>
      ) : (
        <ul className="enterprise-list__items">
          {enterprises.map((e) => {
            const selected = e.id === selectedEnterpriseId;
            return (
              <li key={e.id}>
                <EnterpriseItem
                  enterprise={e}
                  zone={zones.find((z) => z.id === e.zoneId)}
                  sources={sources}
                  lang={lang}
                  selected={selected}
                  onToggle={() => onSelectEnterprise(selected ? null : e.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
