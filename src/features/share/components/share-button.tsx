import { lazy, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, Dataset } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import type { Selection } from '../utils/figure-rows';
import '../share.css';
import { LoadBoundary } from '../../../components/load-boundary';

const loadMenu = () => import('./share-menu');
const ShareMenu = lazy(() => loadMenu().then((m) => ({ default: m.ShareMenu })));
/** Fetched ahead when the pointer or focus reaches the button; a failure is said when the menu opens. */
const preloadMenu = () => void loadMenu().catch(() => undefined);

type Props = {
  /** The name of what is on screen, written under the QR code and into the embed's title. */
  viewName: string;
  /** The dataset, for the downloads; without it (still loading) the menu offers the link only. */
  data: Dataset | undefined;
  selection: Selection;
  /** The link's language and the clusters it hides (the downloads and the map picture follow them). */
  lang: Lang;
  hiddenClusters: readonly ClusterId[];
  /** Where the button sits: the app's header (light on the accent colour) or a panel's header. */
  placement: 'header' | 'panel';
};

/**
 * The share button. Its menu (copy link, QR code, embed code, downloads) and the libraries behind it
 * are fetched on first hover, focus or click, so they never weigh on the first paint.
 */
export function ShareButton({ viewName, data, selection, placement, lang, hiddenClusters }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = `share-menu-${useId()}`;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const label = placement === 'header' ? t('share.buttonLabel') : t('share.panelButtonLabel', { name: viewName });
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`share-button share-button--${placement}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        title={placement === 'panel' ? t('share.button') : undefined}
        onPointerEnter={preloadMenu}
        onFocus={preloadMenu}
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="share-button__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="18" cy="5" r="3" />
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="19" r="3" />
          <path d="M8.6 13.5l6.8 4M15.4 6.5l-6.8 4" />
        </svg>
        <span className="share-button__text">{t('share.button')}</span>
      </button>
      {open && (
        <LoadBoundary part="menu" className="share-menu-failed">
          <ShareMenu id={menuId} anchor={button} viewName={viewName} data={data} selection={selection} lang={lang} hiddenClusters={hiddenClusters} onClose={close} />
        </LoadBoundary>
      )}
    </>
  );
}
