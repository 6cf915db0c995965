import { QrCanvas } from '../../../components/qr-canvas';

/** A large QR code of the step's link (at most `side` px, whole pixels per module: sharp on a projector). */
export function TourQr({ text, label, side }: { text: string; label: string; side: number }) {
  return <QrCanvas text={text} label={label} className="tour-qr__code" side={side} fit="at-most" />;
}
