import { create } from 'qrcode';

/** The white margin a scanner needs around a QR code, in modules. */
export const QR_QUIET = 4;

/** The module matrix of a QR code for `text` (error correction M), or null when the text is too long for one. */
export function qrModules(text: string) {
  try {
    return create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null;
  }
}
