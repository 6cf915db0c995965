import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import LZString from 'lz-string';
import { BUILT_IN_TOUR } from '../src/features/tour/config/built-in-tour';

/** The built-in tour as the spec expects it on screen: URL, caption, panel and selected zone. */
const STEPS = BUILT_IN_TOUR.steps.map((s, i) => ({ n: i + 1, zone: s.zone ?? null, cluster: s.cluster ?? null, chart: s.chart === true, caption: s.caption.en!, captionZh: s.caption.zh! }));

const caption = (page: Page) => page.getByTestId('tour-caption');
const counter = (page: Page) => page.getByTestId('tour-counter');

async function expectStep(page: Page, s: (typeof STEPS)[number], lang: 'en' | 'zh' = 'en') {
  await expect(page).toHaveURL(new RegExp(`[?&]tour=${s.n}(&|$)`));
  await expect(counter(page)).toHaveText(`${s.n} / ${STEPS.length}`);
  await expect(caption(page)).toBeVisible(); // shown once the map has arrived
  await expect(caption(page)).toHaveText(lang === 'en' ? s.caption : s.captionZh);
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

test.describe('presentation: the built-in tour', () => {
  test('a keyboard-only run through every step: URL, caption, panel and selected zone; Back steps back', async ({ page, atlas }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Present a tour' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /^Built-in tour/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectStep(page, STEPS[0]!);
    const nextKeys = ['ArrowRight', 'PageDown', 'ArrowDown', 'n', 'Space', 'ArrowRight'];
    for (const [i, s] of STEPS.slice(1).entries()) {
      await page.keyboard.press(nextKeys[i % nextKeys.length]!);
      await expectStep(page, s);
      const states = await atlas.zoneStates();
      if (s.zone) expect(states[s.zone]?.selected, `${s.zone} is drawn selected`).toBe(true);
      if (s.n === 3) await page.screenshot({ path: 'screenshots/tour-step3-1366.png' });
    }
    // Beyond the last step nothing happens; Back and Forward move through the steps.
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${STEPS.length} / ${STEPS.length}`);
    await page.goBack();
    await expectStep(page, STEPS.at(-2)!);
    await page.goForward();
    await expectStep(page, STEPS.at(-1)!);
  });

  test('each step’s URL opened cold shows that step, with the same camera as stepping to it', async ({ page, atlas, browser }) => {
    test.setTimeout(180_000); // a stepped run, then seven cold loads
    await atlas.open('tour=1');
    const cameras: { center: [number, number]; zoom: number }[] = [];
    for (const s of STEPS) {
      if (s.n > 1) await page.keyboard.press('PageDown');
      await expectStep(page, s);
      await atlas.mapIdle();
      cameras.push({ center: await page.evaluate(() => window.__atlas!.center()), zoom: await page.evaluate(() => window.__atlas!.zoom()) });
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const cold = await context.newPage();
    for (const s of STEPS) {
      await cold.goto(`/?tour=${s.n}`);
      await cold.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function');
      await expectStep(cold, s);
      await cold.evaluate(() => window.__atlas!.waitForIdle());
      const c = await cold.evaluate(() => window.__atlas!.center());
      const z = await cold.evaluate(() => window.__atlas!.zoom());
      const want = cameras[s.n - 1]!;
      expect(Math.abs(c[0] - want.center[0]), `step ${s.n} longitude`).toBeLessThan(0.02);
      expect(Math.abs(c[1] - want.center[1]), `step ${s.n} latitude`).toBeLessThan(0.02);
      expect(Math.abs(z - want.zoom), `step ${s.n} zoom`).toBeLessThan(0.1);
    }
    await context.close();
  });
});

test.describe('presentation: keys', () => {
  test('every key of the table, blank and restore, F5 never reloads, the map does not pan, R returns, lang keeps the step, Escape leaves', async ({ page, atlas }) => {
    test.setTimeout(150_000); // one page load, many steps
    await atlas.open('tour=1');
    await expectStep(page, STEPS[0]!);
    await page.keyboard.press('End');
    await expectStep(page, STEPS.at(-1)!);
    await page.keyboard.press('Home');
    await expectStep(page, STEPS[0]!);
    await page.keyboard.press('4');
    await expect(page.getByText('Go to step 4: press Enter')).toBeVisible();
    await page.keyboard.press('Enter');
    await expectStep(page, STEPS[3]!);
    for (const [key, n] of [['Enter', 5], ['ArrowLeft', 4], ['ArrowUp', 3], ['PageUp', 2], ['p', 1], ['n', 2], ['Backspace', 1], ['ArrowDown', 2]] as const) {
      await page.keyboard.press(key);
      await expect(counter(page), `after ${key}`).toHaveText(`${n} / ${STEPS.length}`);
    }
    await expectStep(page, STEPS[1]!);

    // Blank to black and white; the same key restores, and other keys do nothing meanwhile.
    for (const [key, colour] of [['b', 'rgb(0, 0, 0)'], ['.', 'rgb(0, 0, 0)'], ['w', 'rgb(255, 255, 255)']] as const) {
      await page.keyboard.press(key);
      const blank = page.getByTestId('tour-blank');
      await expect(blank).toBeVisible();
      await expect(blank).toHaveCSS('background-color', colour);
      await page.keyboard.press('ArrowRight');
      await expect(counter(page)).toHaveText(`2 / ${STEPS.length}`);
      await page.keyboard.press(key);
      await expect(blank).toHaveCount(0);
    }
    await page.keyboard.press('b');
    await page.screenshot({ path: 'screenshots/tour-blank.png' });
    await page.keyboard.press('b');

    // F5 does not reload while presenting.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.keyboard.press('F5');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, STEPS[2]!);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The keys list, read from the same table.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Presentation keys' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Next step/ })).toContainText('Page Down');
    await expect(help.getByRole('row', { name: /Blank to black/ })).toContainText('B.');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(counter(page)).toHaveText(`3 / ${STEPS.length}`);

    // The QR code of the step's link.
    await page.keyboard.press('q');
    const qr = page.getByRole('dialog', { name: 'Follow on your phone' });
    await expect(qr.getByRole('img', { name: 'QR code of the link to step 3' })).toBeVisible();
    await page.keyboard.press('q');
    await expect(qr).toHaveCount(0);

    // MapLibre's arrow-key panning is off: with the map focused, → is the next step and the map stays.
    await atlas.focusMap();
    const before = await page.evaluate(() => window.__atlas!.center());
    await page.keyboard.press('ArrowRight');
    await expectStep(page, STEPS[3]!);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, STEPS[2]!);
    await atlas.mapIdle();
    const after = await page.evaluate(() => window.__atlas!.center());
    expect(Math.abs(after[0] - before[0]) + Math.abs(after[1] - before[1])).toBeLessThan(1e-6);

    // Explore (zoom the map with the wheel), then R glides back to the step's view.
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    const zoomBefore = await page.evaluate(() => window.__atlas!.zoom());
    await page.mouse.wheel(0, -600);
    await expect.poll(() => page.evaluate(() => window.__atlas!.zoom())).toBeGreaterThan(zoomBefore + 0.3);
    // The explored camera is in the link (as any user move is); R takes the step's view back, link and all.
    await atlas.mapIdle();
    await expect.poll(() => atlas.param('at')).not.toBeNull();
    await page.keyboard.press('r');
    await expect
      .poll(async () => {
        const [c, z] = await page.evaluate(() => [window.__atlas!.center(), window.__atlas!.zoom()] as const);
        return Math.abs(c[0] - before[0]) + Math.abs(c[1] - before[1]) + Math.abs(z - zoomBefore) / 100;
      })
      .toBeLessThan(0.01);
    await expect.poll(() => atlas.param('at')).toBeNull();

    // Switching language mid-tour keeps the step.
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expectStep(page, STEPS[2]!, 'zh');
    await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();

    // Fullscreen toggles.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

    await page.keyboard.press('Escape');
    await expect(counter(page)).toHaveCount(0);
    expect(atlas.param('tour')).toBeNull();
  });
});

test.describe('presentation: speaker view', () => {
  test('S opens it; both windows step each other; a window opened mid-tour catches up; closing one leaves the other working', async ({ page, atlas, context }) => {
    test.setTimeout(120_000);
    await atlas.open('tour=2');
    await expectStep(page, STEPS[1]!);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    const speakerCounter = speaker.getByTestId('speaker-counter');
    await expect(speakerCounter).toHaveText(`2 / ${STEPS.length}`);
    await expect(speaker.getByTestId('speaker-notes')).toContainText('West Pacific Petrochemical');
    await expect(speaker.getByTestId('speaker-next-place')).toHaveText('Dalian Hi-tech Industrial Zone');
    await expect(speaker.getByLabel('Elapsed')).toBeVisible();

    await speaker.keyboard.press('ArrowRight');
    await expectStep(page, STEPS[2]!);
    await page.keyboard.press('PageDown');
    await expect(speakerCounter).toHaveText(`4 / ${STEPS.length}`);
    await expect(speaker.getByTestId('speaker-caption')).toHaveText(STEPS[3]!.caption);
    await speaker.getByRole('button', { name: 'Larger notes' }).click();
    await expect(speaker.getByTestId('speaker-notes')).toHaveCSS('font-size', '32px');
    await speaker.screenshot({ path: 'screenshots/tour-speaker.png' });
    // A language switch in the presenting window switches the speaker view too, at the same step.
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(speaker.getByTestId('speaker-caption')).toHaveText(STEPS[3]!.captionZh);
    await expect(speakerCounter).toHaveText(`4 / ${STEPS.length}`);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(speaker.getByTestId('speaker-caption')).toHaveText(STEPS[3]!.caption);

    // A second speaker view opened mid-tour (asking with no step of its own) shows the current step.
    const late = await context.newPage();
    await late.goto('/?speaker=1');
    await expect(late.getByTestId('speaker-counter')).toHaveText(`4 / ${STEPS.length}`);

    // Close the first speaker view: the presenter and the other one still work.
    await speaker.close();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, STEPS[4]!);
    await expect(late.getByTestId('speaker-counter')).toHaveText(`5 / ${STEPS.length}`);
    // Close the presenting window: the speaker view still steps on its own.
    await page.close();
    await late.keyboard.press('ArrowLeft');
    await expect(late.getByTestId('speaker-counter')).toHaveText(`4 / ${STEPS.length}`);
  });
});

test.describe('presentation: own tours and kiosk', () => {
  test('make a tour from two views, reorder, export, refuse a broken file, and reopen it from its share link', async ({ page, atlas, browser }) => {
    await atlas.open();
    await atlas.selectZoneFromList('Dagushan');
    const present = page.getByRole('button', { name: 'Present a tour' });
    const addView = async (caption: string) => {
      await present.click();
      await page.getByRole('button', { name: 'Add this view to a tour…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add this view to a tour…' });
      await dialog.getByLabel('Caption (English)').fill(caption);
      await dialog.getByLabel('Notes (English)').fill(`Notes for ${caption}`);
      await dialog.getByRole('button', { name: 'Add this view' }).click();
      await expect(dialog.getByRole('status')).toContainText('Added as step');
      return dialog;
    };
    let dialog = await addView('Petrochemicals first');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Escape'); // back to the overview's tabs
    await atlas.selectZoneFromList('Huayuankou');
    dialog = await addView('Then Huayuankou');
    const steps = dialog.locator('.tour-editor__steps > li');
    await expect(steps).toHaveText([/Petrochemicals first/, /Then Huayuankou/]);
    await dialog.getByRole('button', { name: 'Move step 2 up' }).click();
    await expect(steps).toHaveText([/Then Huayuankou/, /Petrochemicals first/]);
    await dialog.getByLabel('Tour name').fill('Investors, May');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export as a file' }).click()]);
    const file = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(file).toMatchObject({ version: 1, title: { en: 'Investors, May' }, steps: [{ zone: 'huayuankou', caption: { en: 'Then Huayuankou' } }, { zone: 'dagushan' }] });

    await dialog.getByLabel('Import a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"title":{"en":"x"},"steps":[]}') });
    await expect(dialog.getByRole('alert')).toHaveText(/This file was not imported, nothing changed: steps: a tour needs at least one step/);
    await expect(dialog.getByRole('combobox', { name: 'Add to' }).locator('option')).toHaveText(['Investors, May', 'New tour']);
    await expect(steps).toHaveCount(2);

    await dialog.getByRole('button', { name: 'Copy a link to this tour' }).click();
    const link = await dialog.getByLabel('Link to this tour').inputValue();
    expect(link.length).toBeLessThan(8000);
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('tour-caption')).toHaveText('Then Huayuankou');
    await expect(other.getByTestId('tour-counter')).toHaveText('1 / 2');
    await expect(other.locator('.zones-panel[data-zone="huayuankou"]')).toBeVisible();
    await other.keyboard.press('ArrowRight');
    await expect(other.getByTestId('tour-caption')).toHaveText('Petrochemicals first');
    await fresh.close();
  });

  test('kiosk=1 advances by each step’s duration and loops, pauses on pointer movement, and restarts after 5 idle minutes', async ({ page }) => {
    const step = (en: string, extra: object = {}) => ({ caption: { en }, durationS: 20, ...extra });
    const tour = { version: 1, title: { en: 'Lobby' }, steps: [step('One'), step('Two', { zone: 'dagushan' }), step('Three', { zone: 'gone-zone' })] };
    await page.clock.install();
    await page.goto(`/?tour=1&kiosk=1&tourdata=${LZString.compressToEncodedURIComponent(JSON.stringify(tour))}`);
    await expect(caption(page)).toHaveText('One');
    await expect(page.getByText('Kiosk: the tour advances on its own')).toBeVisible();
    await page.clock.fastForward(20_000);
    await expect(caption(page)).toHaveText('Two');
    await page.clock.fastForward(20_000);
    await expect(caption(page)).toHaveText('Three');
    // A step whose zone no longer exists says so and shows the rest.
    await expect(page.getByRole('note')).toContainText('The zone “gone-zone” of this step no longer exists');
    await page.clock.fastForward(20_000);
    await expect(caption(page)).toHaveText('One');
    await page.clock.fastForward(20_000);
    await expect(caption(page)).toHaveText('Two');
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 320);
    await expect(page.getByText(/Kiosk paused/)).toBeVisible();
    await page.clock.fastForward(60_000);
    await expect(caption(page)).toHaveText('Two');
    await page.clock.fastForward(5 * 60_000);
    await expect(caption(page)).toHaveText('One');
    await expect(page.getByText('Kiosk: the tour advances on its own')).toBeVisible();
  });
});
