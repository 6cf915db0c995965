import { useTranslation } from 'react-i18next';
import { useUrlState } from './url-state';

export function AppHeader() {
  const { t } = useTranslation();
  const [{ lang }, setUrl] = useUrlState();
  const other = lang === 'en' ? 'zh' : 'en';
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <button
        type="button"
        className="lang-switch"
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        aria-label={t('app.switchToLabel')}
        onClick={() => void setUrl({ lang: other }, { history: 'replace' })}
      >
        {t('app.switchTo')}
      </button>
    </header>
  );
}
