import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';

/** The share menu, seen from a test: open it with the keyboard, read its QR code, download its files. */
export class ShareDriver {
  constructor(readonly page: Page) {}

  headerButton() {
    return this.page.getByRole('banner').getByRole('button', { name: /^(Share this view|分享此视图)/ });
  }

  panelButton(panel: Locator) {
    return panel.getByRole('button', { name: /^(Share|分享)/ });
  }

  dialog() {
    return this.page.getByRole('dialog', { name: /Share this view|分享此视图/ });
  }

  /** Focuses the button and presses Enter, as a keyboard user would; returns the open dialog. */
  async openWithKeyboard(button: Locator) {
    await button.focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.dialog();
    await expect(dialog).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    return dialog;
  }

  /** Reads the QR code's pixels from its canvas and decodes them with jsQR. */
  async decodeQr() {
    const canvas = this.dialog().getByRole('img', { name: /QR code|二维码/ });
    await expect(canvas).toBeVisible();
    const image = await canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      return { width: c.width, height: c.height, data: Array.from(data.data) };
    });
    const code = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
    return code?.data ?? null;
  }

  /** Clicks a download button and returns the file's name and bytes. */
  async download(name: string | RegExp) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.dialog().getByRole('button', { name }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}
