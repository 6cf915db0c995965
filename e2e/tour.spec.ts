import { test, expect } from './support/fixtures';
import LZString from 'lz-string';
import { SpeakerDriver, TOUR_STEPS as STEPS, TourDriver } from './support/tour-driver';

test.describe('presentation: the built-in tour', () => {
  test('a keyboard-only run through every step: URL, caption, panel and selected zone; Back steps back', async ({ page, atlas }) => {
    const tour = new TourDriver(page);
    await atlas.open();
    await tour.presentBuiltInByKeyboard();
    await tour.expectStep(STEPS[0]!);
    const nextKeys = ['ArrowRight', 'PageDown', 'ArrowDown', 'n', 'Space', 'ArrowRight'];
    for (const [i, s] of STEPS.slice(1).entries()) {
      await tour.press(nextKeys[i % nextKeys.length]!);
      await tour.expectStep(s);
      const states = await atlas.zoneStates();
      if (s.zone) expect(states[s.zone]?.selected, `${s.zone} is drawn selected`).toBe(true);
      if (s.n === 3) await page.screenshot({ path: 'screenshots/tour-step3-1366.png' });
    }
    // Beyond the last step nothing happens; Back and Forward move through the steps.
    await tour.press('ArrowRight');
    await tour.expectCounter(STEPS.length);
    await page.goBack();
    await tour.expectStep(STEPS.at(-2)!);
    await page.goForward();
    await tour.expectStep(STEPS.at(-1)!);
  });

  test('each step’s URL opened cold shows that step, with the same camera as stepping to it', async ({ page, atlas, browser }) => {
    test.setTimeout(180_000); // a stepped run, then seven cold loads
    const tour = new TourDriver(page);
    await atlas.open('tour=1');
    const cameras: { center: [number, number]; zoom: number }[] = [];
    for (const s of STEPS) {
      if (s.n > 1) await tour.press('PageDown');
      await tour.expectStep(s);
      await atlas.mapIdle();
      cameras.push({ center: await page.evaluate(() => window.__atlas!.center()), zoom: await page.evaluate(() => window.__atlas!.zoom()) });
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const cold = await context.newPage();
    for (const s of STEPS) {
      await cold.goto(`/?tour=${s.n}`);
      await cold.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function');
      await new TourDriver(cold).expectStep(s);
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
    const tour = new TourDriver(page);
    await atlas.open('tour=1');
    await tour.expectStep(STEPS[0]!);
    await tour.press('End');
    await tour.expectStep(STEPS.at(-1)!);
    await tour.press('Home');
    await tour.expectStep(STEPS[0]!);
    await tour.jumpTo(4);
    await tour.expectStep(STEPS[3]!);
    for (const [key, n] of [['Enter', 5], ['ArrowLeft', 4], ['ArrowUp', 3], ['PageUp', 2], ['p', 1], ['n', 2], ['Backspace', 1], ['ArrowDown', 2]] as const) {
      await tour.press(key);
      await tour.expectCounter(n, STEPS.length, `after ${key}`);
    }
    await tour.expectStep(STEPS[1]!);

    // Blank to black and white; the same key restores, and other keys do nothing meanwhile.
    for (const [key, colour] of [['b', 'rgb(0, 0, 0)'], ['.', 'rgb(0, 0, 0)'], ['w', 'rgb(255, 255, 255)']] as const) {
      await tour.press(key);
      await expect(tour.blank()).toBeVisible();
      await expect(tour.blank()).toHaveCSS('background-color', colour);
      await tour.press('ArrowRight');
      await tour.expectCounter(2);
      await tour.press(key);
      await expect(tour.blank()).toHaveCount(0);
    }
    await tour.press('b');
    await page.screenshot({ path: 'screenshots/tour-blank.png' });
    await tour.press('b');

    // F5 does not reload while presenting.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await tour.press('F5');
    await tour.press('ArrowRight');
    await tour.expectStep(STEPS[2]!);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The keys list, read from the same table.
    await tour.press('?');
    await expect(tour.keysHelp()).toBeVisible();
    await expect(tour.keysHelp().getByRole('row', { name: /Next step/ })).toContainText('Page Down');
    await expect(tour.keysHelp().getByRole('row', { name: /Blank to black/ })).toContainText('B.');
    await tour.press('Escape');
    await expect(tour.keysHelp()).toHaveCount(0);
    await tour.expectCounter(3);

    // The QR code of the step's link.
    await tour.press('q');
    await expect(tour.qr().getByRole('img', { name: 'QR code of the link to step 3' })).toBeVisible();
    await tour.press('q');
    await expect(tour.qr()).toHaveCount(0);

    // MapLibre's arrow-key panning is off: with the map focused, → is the next step and the map stays.
    await atlas.focusMap();
    const before = await page.evaluate(() => window.__atlas!.center());
    await tour.press('ArrowRight');
    await tour.expectStep(STEPS[3]!);
    await tour.press('ArrowLeft');
    await tour.expectStep(STEPS[2]!);
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
    await tour.press('r');
    await expect
      .poll(async () => {
        const [c, z] = await page.evaluate(() => [window.__atlas!.center(), window.__atlas!.zoom()] as const);
        return Math.abs(c[0] - before[0]) + Math.abs(c[1] - before[1]) + Math.abs(z - zoomBefore) / 100;
      })
      .toBeLessThan(0.01);
    await expect.poll(() => atlas.param('at')).toBeNull();

    // Switching language mid-tour keeps the step.
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await tour.expectStep(STEPS[2]!, 'zh');
    await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();

    // Fullscreen toggles.
    await tour.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await tour.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

    await tour.press('Escape');
    await expect(tour.counter()).toHaveCount(0);
    expect(atlas.param('tour')).toBeNull();
  });
});

test.describe('presentation: speaker view', () => {
  test('S opens it; both windows step each other; a window opened mid-tour catches up; closing one leaves the other working', async ({ page, atlas, context }) => {
    test.setTimeout(120_000);
    const tour = new TourDriver(page);
    await atlas.open('tour=2');
    await tour.expectStep(STEPS[1]!);
    const speaker = await tour.openSpeakerView(context);
    await speaker.expectCounter(2);
    await expect(speaker.notes()).toContainText('West Pacific Petrochemical');
    await expect(speaker.nextPlace()).toHaveText('Dalian Hi-tech Industrial Zone');
    await expect(speaker.page.getByLabel('Elapsed')).toBeVisible();

    await speaker.page.keyboard.press('ArrowRight');
    await tour.expectStep(STEPS[2]!);
    await tour.press('PageDown');
    await speaker.expectCounter(4);
    await expect(speaker.caption()).toHaveText(STEPS[3]!.caption);
    await speaker.page.getByRole('button', { name: 'Larger notes' }).click();
    await expect(speaker.notes()).toHaveCSS('font-size', '32px');
    await speaker.page.screenshot({ path: 'screenshots/tour-speaker.png' });
    // A language switch in the presenting window switches the speaker view too, at the same step.
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(speaker.caption()).toHaveText(STEPS[3]!.captionZh);
    await speaker.expectCounter(4);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(speaker.caption()).toHaveText(STEPS[3]!.caption);

    // A second speaker view opened mid-tour (asking with no step of its own) shows the current step.
    const late = new SpeakerDriver(await context.newPage());
    await late.page.goto('/?speaker=1');
    await late.expectCounter(4);

    // Close the first speaker view: the presenter and the other one still work.
    await speaker.page.close();
    await tour.press('ArrowRight');
    await tour.expectStep(STEPS[4]!);
    await late.expectCounter(5);
    // Close the presenting window: the speaker view still steps on its own.
    await page.close();
    await late.page.keyboard.press('ArrowLeft');
    await late.expectCounter(4);
  });
});

test.describe('presentation: own tours and kiosk', () => {
  test('make a tour from two views, reorder, export, refuse a broken file, and reopen it from its share link', async ({ page, atlas, browser }) => {
    const tour = new TourDriver(page);
    await atlas.open();
    await atlas.selectZoneFromList('Dagushan');
    let dialog = await tour.addViewToTour('Petrochemicals first');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Escape'); // back to the overview's tabs
    await atlas.selectZoneFromList('Huayuankou');
    dialog = await tour.addViewToTour('Then Huayuankou');
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
    const other = new TourDriver(await fresh.newPage());
    await other.page.goto(link);
    await expect(other.caption()).toHaveText('Then Huayuankou');
    await other.expectCounter(1, 2);
    await expect(other.page.locator('.zones-panel[data-zone="huayuankou"]')).toBeVisible();
    await other.press('ArrowRight');
    await expect(other.caption()).toHaveText('Petrochemicals first');
    await fresh.close();
  });

  test('kiosk=1 advances by each step’s duration and loops, pauses on pointer movement, and restarts after 5 idle minutes', async ({ page }) => {
    const step = (en: string, extra: object = {}) => ({ caption: { en }, durationS: 20, ...extra });
    const lobby = { version: 1, title: { en: 'Lobby' }, steps: [step('One'), step('Two', { zone: 'dagushan' }), step('Three', { zone: 'gone-zone' })] };
    const kiosk = new TourDriver(page);
    const caption = () => kiosk.caption();
    await page.clock.install();
    await page.goto(`/?tour=1&kiosk=1&tourdata=${LZString.compressToEncodedURIComponent(JSON.stringify(lobby))}`);
    await expect(caption()).toHaveText('One');
    await expect(page.getByText('Kiosk: the tour advances on its own')).toBeVisible();
    await page.clock.fastForward(20_000);
    await expect(caption()).toHaveText('Two');
    await page.clock.fastForward(20_000);
    await expect(caption()).toHaveText('Three');
    // A step whose zone no longer exists says so and shows the rest.
    await expect(page.getByRole('note')).toContainText('The zone “gone-zone” of this step no longer exists');
    await page.clock.fastForward(20_000);
    await expect(caption()).toHaveText('One');
    await page.clock.fastForward(20_000);
    await expect(caption()).toHaveText('Two');
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 320);
    await expect(page.getByText(/Kiosk paused/)).toBeVisible();
    await page.clock.fastForward(60_000);
    await expect(caption()).toHaveText('Two');
    await page.clock.fastForward(5 * 60_000);
    await expect(caption()).toHaveText('One');
    await expect(page.getByText('Kiosk: the tour advances on its own')).toBeVisible();
  });
});
