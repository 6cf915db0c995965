import { expect, type BrowserContext, type Page } from '@playwright/test';
import { BUILT_IN_TOUR } from '../../src/features/tour/config/built-in-tour';

/** The built-in tour as a spec expects it on screen: step number, zone, cluster, chart and captions. */
export const TOUR_STEPS = BUILT_IN_TOUR.steps.map((s, i) => ({
  n: i + 1,
  zone: s.zone ?? null,
  cluster: s.cluster ?? null,
  chart: s.chart === true,
  caption: s.caption.en!,
  captionZh: s.caption.zh!,
}));
export type TourStepOnScreen = (typeof TOUR_STEPS)[number];

/** A driver for the presentation, so tour specs talk to the presenter (and the speaker view), not to raw selectors. */
export class TourDriver {
  constructor(readonly page: Page) {}

  caption() {
    return this.page.getByTestId('tour-caption');
  }

  counter() {
    return this.page.getByTestId('tour-counter');
  }

  blank() {
    return this.page.getByTestId('tour-blank');
  }

  keysHelp() {
    return this.page.getByRole('dialog', { name: 'Presentation keys' });
  }

  qr() {
    return this.page.getByRole('dialog', { name: 'Follow on your phone' });
  }

  /** Starts the built-in tour from the header's Present menu, with the keyboard alone. */
  async presentBuiltInByKeyboard() {
    await this.page.getByRole('button', { name: 'Present a tour' }).focus();
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByRole('button', { name: /^Built-in tour/ })).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
  }

  /** Types a step's number and Enter, as a presenter jumps to it. */
  async jumpTo(n: number) {
    await this.page.keyboard.press(String(n));
    await expect(this.page.getByText(`Go to step ${n}: press Enter`)).toBeVisible();
    await this.page.keyboard.press('Enter');
  }

  async expectCounter(n: number, total = TOUR_STEPS.length, message?: string) {
    await expect(this.counter(), message).toHaveText(`${n} / ${total}`);
  }

  /** The step is on screen: its link, counter and caption, the zone panel (or none) and the chart dialog (or none). */
  async expectStep(s: TourStepOnScreen, lang: 'en' | 'zh' = 'en') {
    const { page } = this;
    await expect(page).toHaveURL(new RegExp(`[?&]tour=${s.n}(&|$)`));
    await this.expectCounter(s.n);
    await expect(this.caption()).toBeVisible(); // shown once the map has arrived
    await expect(this.caption()).toHaveText(lang === 'en' ? s.caption : s.captionZh);
    const url = new URL(page.url()).searchParams;
    expect(url.get('zone')).toBe(s.zone);
    if (s.zone) {
      expect(url.get('cluster')).toBe(s.cluster);
      await expect(page.locator(`.zones-panel[data-zone="${s.zone}"]`)).toBeVisible();
    } else {
      await expect(page.locator('.zones-panel')).toHaveCount(0);
    }
    if (s.chart) await expect(page.getByRole('dialog')).toBeVisible();
    else await expect(page.getByRole('dialog')).toHaveCount(0);
  }

  /** Presses S: the speaker view opens in a second window. */
  async openSpeakerView(context: BrowserContext) {
    const [speaker] = await Promise.all([context.waitForEvent('page'), this.page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    return new SpeakerDriver(speaker);
  }

  /** Present → "Add this view to a tour…", with a caption and notes: the editor dialog, once the step is added. */
  async addViewToTour(caption: string) {
    const { page } = this;
    await page.getByRole('button', { name: 'Present a tour' }).click();
    await page.getByRole('button', { name: 'Add this view to a tour…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add this view to a tour…' });
    await dialog.getByLabel('Caption (English)').fill(caption);
    await dialog.getByLabel('Notes (English)').fill(`Notes for ${caption}`);
    await dialog.getByRole('button', { name: 'Add this view' }).click();
    await expect(dialog.getByRole('status')).toContainText('Added as step');
    return dialog;
  }
}

/** The speaker view's window. */
export class SpeakerDriver {
  constructor(readonly page: Page) {}

  counter() {
    return this.page.getByTestId('speaker-counter');
  }

  caption() {
    return this.page.getByTestId('speaker-caption');
  }

  notes() {
    return this.page.getByTestId('speaker-notes');
  }

  nextPlace() {
    return this.page.getByTestId('speaker-next-place');
  }

  async expectCounter(n: number, total = TOUR_STEPS.length) {
    await expect(this.counter()).toHaveText(`${n} / ${total}`);
  }
}
