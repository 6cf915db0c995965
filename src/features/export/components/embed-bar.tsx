import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fullViewLink } from '../../../lib/link';
import { postHeight } from '../utils/embed';
import '../embed.css';

/**
 * What an embed shows instead of the app's header: one small link to the same view in the full
 * atlas (a new tab). It also keeps the parent page told of its height, on load and on every resize.
 */
export function EmbedBar({ href }: { href: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    const post = () => postHeight();
    post();
    window.addEventListener('load', post);
    window.addEventListener('resize', post);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(post) : null;
    observer?.observe(document.documentElement);
    return () => {
      window.removeEventListener('load', post);
      window.removeEventListener('resize', post);
      observer?.disconnect();
    };
  }, []);
  return (
    <div className="embed-bar">
      <span className="embed-bar__title">{t('app.title')}</span>
      <a className="embed-bar__open" href={fullViewLink(href)} target="_blank" rel="noopener">
        {t('export.embed.open')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden">{t('export.embed.newTab')}</span>
      </a>
    </div>
  );
}
