import { useTranslation } from 'react-i18next';
import type { UrlProblem } from './use-url-repair';

/**
 * Tells the user what was mended in the link and how; the rest of the view is kept. Values are
 * shown as text, whatever they hold.
 */
export function UrlNotice({ problems, onDismiss }: { problems: UrlProblem[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="url-notice" role="status">
      <p>{t('app.linkProblem')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.key}-${p.fix}-${i}`}>
            <code>{t('app.linkProblemValue', { key: p.key, value: p.value })}</code> {t(`app.linkFix.${p.fix}`, { kept: p.kept ?? '' })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
