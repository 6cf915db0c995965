import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeMayShow } from '../utils/update-policy';
import { applyUpdate, useUpdateState } from '../utils/update-store';
import '../offline.css';

type Props = { embed: boolean; speaker: boolean; presenting: boolean };

/**
 * The quiet word about the app's version: a status line with the map's notices, never a dialog,
 * never focus taken, never shown over an embed, the speaker view or a presented step (it waits).
 * "Reload now" is the only way the atlas ever reloads itself.
 */
export function UpdateNotice(screen: Props) {
  const { t } = useTranslation();
  const state = useUpdateState();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const visible = state !== 'none' && dismissed !== state && noticeMayShow(screen);
  return (
    <div className="update-notice-region" role="status">
      {visible && (
        <p className="update-notice" data-update={state}>
          <span>{t(`offline.${state}`)}</span>
          {state === 'ready' && (
            <button type="button" className="update-notice__action" onClick={applyUpdate}>
              {t('offline.reloadNow')}
            </button>
          )}
          <button type="button" className="update-notice__close" aria-label={t('offline.dismiss')} title={t('offline.dismiss')} onClick={() => setDismissed(state)}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
