import { test, expect } from './support/fixtures';

/** Screenshots of the presentation to look at (not run in CI): `SCREENSHOTS=1 E2E_PORT=… npx playwright test e2e/tour-screens.spec.ts`. */
test.skip(!process.env.SCREENSHOTS, 'screenshots only when asked');

for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
  test(`three steps, the QR code and the keys at ${w}×${h}`, async ({ page, atlas }) => {
    await page.setViewportSize({ width: w, height: h });
    await atlas.open('tour=1');
    for (const n of [1, 3, 6]) {
      if (n > 1) {
        await page.keyboard.type(String(n));
        await page.keyboard.press('Enter');
      }
      await expect(page.getByTestId('tour-counter')).toHaveText(`${n} / 7`);
      await expect(page.getByTestId('tour-caption')).toBeVisible();
      await atlas.mapIdle();
      await page.screenshot({ path: `screenshots/tour-${w}-step${n}.png` });
    }
    await page.keyboard.press('q');
    await page.screenshot({ path: `screenshots/tour-${w}-qr.png` });
    await page.keyboard.press('q');
    await page.keyboard.press('?');
    await page.screenshot({ path: `screenshots/tour-${w}-keys.png` });
  });
}

test('a step on a phone', async ({ page, atlas }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open('tour=2&lang=zh');
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  await page.screenshot({ path: 'screenshots/tour-phone-step2-zh.png' });
});
