import { useTranslation } from 'react-i18next';
import { QrCanvas } from '../../../components/qr-canvas';
import { qrModules } from '../../../lib/qr';

/** Smallest side of the drawn code in CSS pixels. */
const MIN_SIDE = 264;

/** The QR code of the current view's link, with the view's name under it. */
export function QrCode({ text, name }: { text: string; name: string }) {
  const { t } = useTranslation();
  const fits = qrModules(text) !== null;
  return (
    <figure className="share-qr">
      {fits ? (
        <QrCanvas text={text} label={t('share.qrLabel', { name })} className="share-qr__code" side={MIN_SIDE} fit="at-least" />
      ) : (
        <p className="share-qr__error">{t('share.qrTooLong')}</p>
      )}
      <figcaption>
        <span className="share-qr__name">{name}</span>
        <span className="share-qr__hint">{t('share.qrHint')}</span>
      </figcaption>
    </figure>
  );
}
