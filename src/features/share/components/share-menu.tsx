import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../lib/data/schemas';
import { embedSnippet, EMBED_SIZE } from '../utils/embed-snippet';
import type { Selection } from '../utils/figure-rows';
import { addMenuStrings } from '../utils/menu-strings';
import { QrCode } from './qr-code';
import { ShareDownloads } from './share-downloads';
import '../share-menu.css';

type Props = {
  id: string;
  anchor: RefObject<HTMLButtonElement | null>;
  viewName: string;
  data: Dataset | undefined;
  selection: Selection;
  onClose: () => void;
};

const GAP = 8;

/** Places the dialog under its button, right-aligned to it and kept inside the window (phones: CSS makes it a sheet). */
function placeUnder(dialog: HTMLDialogElement, anchor: HTMLElement | null) {
  if (!anchor || !window.matchMedia('(min-width: 701px)').matches) {
    dialog.style.left = dialog.style.top = '';
    return;
  }
  const r = anchor.getBoundingClientRect();
  const left = Math.min(Math.max(GAP, r.right - dialog.offsetWidth), window.innerWidth - dialog.offsetWidth - GAP);
  const top = Math.min(r.bottom + GAP, Math.max(GAP, window.innerHeight - dialog.offsetHeight - GAP));
  dialog.style.left = `${Math.max(GAP, left)}px`;
  dialog.style.top = `${top}px`;
}

/**
 * The share menu: a modal dialog (focus stays inside; Escape, the close button or a click outside
 * closes it and returns the focus to its button) with the link, its QR code, the embed code and
 * the downloads. Everything in it is text: the link is never inserted as HTML.
 */
export function ShareMenu({ id, anchor, viewName, data, selection, onClose }: Props) {
  const { t, i18n } = useTranslation();
  addMenuStrings(i18n);
  const dialog = useRef<HTMLDialogElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [href] = useState(() => window.location.href);
  const [status, setStatus] = useState('');
  const title = t('app.title');
  const snippet = embedSnippet(href, viewName === title ? title : t('share.embedTitle', { view: viewName, atlas: title }));

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    placeUnder(d, anchor.current);
    copyButton.current?.focus();
    const onResize = () => placeUnder(d, anchor.current);
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

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    // Handled here, so the atlas's own Escape (clear the selection) leaves the view alone.
    e.preventDefault();
    onClose();
  };
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onClose(); // the backdrop: the dialog box itself has no padding
  };

  return (
    <dialog ref={dialog} id={id} className="share-menu" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} onCancel={(e) => e.preventDefault()} onClick={onClick}>
      <div className="share-menu__body">
        <header className="share-menu__header">
          <h2 id={`${id}-title`}>{t('share.title')}</h2>
          <button type="button" className="share-menu__close" aria-label={t('share.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="share-menu__grid">
          <QrCode text={href} name={viewName} />
          <div className="share-menu__main">
            <section className="share-section">
              <button
                ref={copyButton}
                type="button"
                className="share-action share-action--primary"
                onClick={() => void copy(window.location.href, t('share.copied'), t('share.copyRefused'), linkField.current)}
              >
                {t('share.copyLink')}
              </button>
              <p className="share-status" role="status">
                {status}
              </p>
              <label className="share-field">
                <span>{t('share.linkLabel')}</span>
                <input ref={linkField} type="text" readOnly value={href} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
              </label>
            </section>
            <section className="share-section">
              <label className="share-field">
                <span>{t('share.embedLabel')}</span>
                <textarea ref={embedField} readOnly rows={3} value={snippet} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
              </label>
              <p className="share-hint">{t('share.embedHint', EMBED_SIZE)}</p>
              <button type="button" className="share-action" onClick={() => void copy(snippet, t('share.embedCopied'), t('share.embedCopyRefused'), embedField.current)}>
                {t('share.copyEmbed')}
              </button>
            </section>
            {data && <ShareDownloads data={data} selection={selection} viewName={viewName} onStatus={setStatus} />}
          </div>
        </div>
      </div>
    </dialog>
  );
}
