import { useTranslation } from 'react-i18next';
import type { UrlProblem } from './use-url-repair';

/** Tells the user which part of a link was ignored; the rest of the view is kept. */
export function UrlNotice({ problems, onDismiss }: { problems: UrlProblem[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="url-notice" role="status">
      <p>{t('app.linkProblem')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>
            <code>{t('app.linkProblemValue', { key: p.key, value: p.value })}</code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
