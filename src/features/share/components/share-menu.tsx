import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, Dataset } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { embedSnippet, EMBED_SIZE } from '../utils/embed-snippet';
import { viewLink } from '../../../lib/link';
import type { Selection } from '../utils/figure-rows';
import { addMenuStrings } from '../utils/menu-strings';
import { QrCode } from './qr-code';
import { ShareDownloads } from './share-downloads';
import { ShareMapActions } from './share-map-actions';
import '../share-menu.css';

type Props = {
  id: string;
  anchor: RefObject<HTMLButtonElement | null>;
  viewName: string;
  data: Dataset | undefined;
  selection: Selection;
  /** The link's language and the clusters it hides (the downloads and the map picture follow them). */
  lang: Lang;
  hiddenClusters: readonly ClusterId[];
  onClose: () => void;
};

const GAP = 8;

/**
 * Places the dialog under its button, right-aligned to it; where it does not fit under it, beside
 * the button on its left, so the button stays in sight. Kept inside the window; phones: CSS makes it a sheet.
 */
function place(dialog: HTMLDialogElement, anchor: HTMLElement | null) {
  if (!anchor || !window.matchMedia('(min-width: 701px)').matches) {
    dialog.style.left = dialog.style.top = '';
    return;
  }
  const r = anchor.getBoundingClientRect();
  const { offsetWidth: w, offsetHeight: h } = dialog;
  const clamp = (v: number, max: number) => Math.max(GAP, Math.min(v, max));
  const fitsBelow = r.bottom + GAP + h <= window.innerHeight - GAP;
  const fitsLeft = r.left - GAP - w >= GAP;
  let left = r.right - w;
  let top = r.bottom + GAP;
  if (!fitsBelow && fitsLeft) {
    left = r.left - GAP - w;
    top = r.top;
  }
  dialog.style.left = `${clamp(left, window.innerWidth - w - GAP)}px`;
  dialog.style.top = `${clamp(top, window.innerHeight - h - GAP)}px`;
}

/**
 * The share menu: a modal dialog (focus stays inside; Escape, the close button or a click outside
 * closes it and returns the focus to its button) with the link, its QR code, the embed code and
 * the downloads. Everything in it is text: the link is never inserted as HTML.
 */
export function ShareMenu({ id, anchor, viewName, data, selection, lang, hiddenClusters, onClose }: Props) {
  const { t, i18n } = useTranslation();
  addMenuStrings(i18n);
  const dialog = useRef<HTMLDialogElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [href] = useState(() => viewLink(window.location.href));
  const [status, setStatus] = useState('');
  const title = t('app.title');
  const snippet = embedSnippet(href, viewName === title ? title : t('share.embedTitle', { view: viewName, atlas: title }));

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    place(d, anchor.current);
    copyButton.current?.focus();
    const onResize = () => place(d, anchor.current);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [anchor]);

  const copy = async (text: string, done: string, refused: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(refused);
      field?.focus();
      field?.select();
    }
  };

  // Closing the dialog first lifts the page's inertness, so the button can take the focus back.
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    // Handled here, so the atlas's own Escape (clear the selection) leaves the view alone.
    e.preventDefault();
    close();
  };
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) close(); // the backdrop: the dialog box itself has no padding
  };

  return (
    <dialog ref={dialog} id={id} className="share-menu" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} onCancel={(e) => e.preventDefault()} onClose={onClose} onClick={onClick}>
      <div className="share-menu__body">
        <header className="share-menu__header">
          <h2 id={`${id}-title`}>{t('share.title')}</h2>
          <button type="button" className="share-menu__close" aria-label={t('share.close')} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="share-menu__grid">
          <QrCode text={href} name={viewName} />
          <div className="share-menu__main">
            <section className="share-section">
              <label className="share-label" htmlFor={`${id}-link`}>
                {t('share.linkLabel')}
              </label>
              <div className="share-row">
                <input id={`${id}-link`} ref={linkField} className="share-text" type="text" readOnly value={href} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
                <button
                  ref={copyButton}
                  type="button"
                  className="share-action share-action--primary"
                  onClick={() => void copy(viewLink(window.location.href), t('share.copied'), t('share.copyRefused'), linkField.current)}
                >
                  {t('share.copyLink')}
                </button>
              </div>
              <p className="share-status" role="status">
                {status}
              </p>
            </section>
            <section className="share-section">
              <label className="share-label" htmlFor={`${id}-embed`}>
                {t('share.embedLabel')}
              </label>
              <textarea id={`${id}-embed`} ref={embedField} className="share-text" readOnly rows={3} value={snippet} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
              <div className="share-row">
                <p className="share-hint">{t('share.embedHint', EMBED_SIZE)}</p>
                <button type="button" className="share-action" onClick={() => void copy(snippet, t('share.embedCopied'), t('share.embedCopyRefused'), embedField.current)}>
                  {t('share.copyEmbed')}
                </button>
              </div>
            </section>
            {data && <ShareDownloads data={data} selection={selection} viewName={viewName} lang={lang} onStatus={setStatus} />}
            <ShareMapActions data={data} viewName={viewName} selection={selection} lang={lang} hiddenClusters={hiddenClusters} onStatus={setStatus} printable={selection.zoneId !== null || selection.clusterId !== null} />
          </div>
        </div>
      </div>
    </dialog>
  );
}
