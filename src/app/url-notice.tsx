import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import type { UrlProblem } from './use-url-repair';

type Props = {
  problems: UrlProblem[];
  data: Pick<Dataset, 'zones' | 'enterprises'>;
  /** The link's language. */
  lang: Lang;
  onDismiss: () => void;
  /** Opens an enterprise in its own zone (offered for an enterprise the link put in another zone). */
  onOpenEnterprise: (id: string, problem: UrlProblem) => void;
};

/**
 * Tells the user what was mended in the link and how; the rest of the view is kept. Values are
 * shown as text, whatever they hold. A duplicated parameter is named by its name alone (both of its
 * values are in the sentence); an enterprise of another zone names that zone and offers to open it.
 */
export function UrlNotice({ problems, data, lang, onDismiss, onOpenEnterprise }: Props) {
  const { t } = useTranslation();
  const zonesById = useMemo(() => new Map(data.zones.map((z) => [z.id, z])), [data.zones]);
  const zoneName = (id: string | undefined) => (id ? zonesById.get(id)?.name[lang] : undefined) ?? id ?? '';
  return (
    <div className="url-notice" role="status">
      <p>{t('app.linkProblem')}</p>
      <ul>
        {problems.map((p, i) => {
          const enterprise = p.fix === 'otherZone' ? data.enterprises.find((e) => e.id === p.value) : undefined;
          return (
            <li key={`${p.key}-${p.fix}-${i}`}>
              <code>{p.fix === 'duplicate' ? t('app.linkProblemKey', { key: p.key }) : t('app.linkProblemValue', { key: p.key, value: p.value })}</code>{' '}
              {t(`app.linkFix.${p.fix}`, { kept: p.fix === 'otherZone' ? zoneName(p.kept) : (p.kept ?? ''), value: p.value, name: enterprise?.name[lang] ?? p.value })}
              {enterprise && (
                <>
                  {' '}
                  <button type="button" className="url-notice__action" onClick={() => onOpenEnterprise(enterprise.id, p)}>
                    {t('app.linkOpenZone', { zone: zoneName(enterprise.zoneId) })}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
