import { useTranslation } from 'react-i18next';
import { keyLabel, TOUR_KEYS } from '../config/keys';

/** The `?` overlay: the keys, read from the one key table. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="tour-overlay" role="dialog" aria-modal="true" aria-labelledby="tour-keys-title">
      <div className="tour-overlay__card tour-keys">
        <h2 id="tour-keys-title">{t('tour.keys.title')}</h2>
        <table>
          <tbody>
            {TOUR_KEYS.map((b) => (
              <tr key={b.action}>
                <th scope="row">{t(`tour.keys.${b.action}`)}</th>
                <td>
                  {b.action === 'jump' ? (
                    <kbd>{t('tour.keys.jumpKeys')}</kbd>
                  ) : (
                    b.keys.map((k) => <kbd key={k}>{keyLabel(k, t('tour.keys.space'))}</kbd>)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('tour.keys.f5')}</p>
        <button type="button" className="tour-button" onClick={onClose} autoFocus>
          {t('tour.close')}
        </button>
      </div>
    </div>
  );
}
