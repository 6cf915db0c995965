import Papa from 'papaparse';
import { test, expect } from './support/fixtures';
import { ZONES } from './support/data';
import { ShareDriver } from './support/share-driver';

const DAGUSHAN = 'Dagushan Petrochemical Industrial Park';
const BOM = [0xef, 0xbb, 0xbf];

function parseCsv(bytes: Buffer) {
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe('share menu', () => {
  test('opens from the header with the keyboard; Escape closes it, returns the focus and keeps the view', async ({ atlas, page }) => {
    const share = new ShareDriver(page);
    await atlas.open('zone=dagushan');
    const button = share.headerButton();
    await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    const dialog = await share.openWithKeyboard(button);
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await expect(dialog.getByText(DAGUSHAN, { exact: true })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // The atlas clears the selection on Escape; the menu's own Escape must not reach it.
    expect(atlas.param('zone')).toBe('dagushan');
    await expect(atlas.zonePanel(DAGUSHAN)).toBeVisible();
  });

  test('copies the current link, says so, and its QR code decodes to that same link', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const share = new ShareDriver(page);
    await atlas.open('zone=dagushan&cluster=petrochemicals');
    const dialog = await share.openWithKeyboard(share.panelButton(atlas.zonePanel(DAGUSHAN)));

    await page.keyboard.press('Enter'); // the focus starts on "Copy link"
    await expect(dialog.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    const qr = dialog.getByRole('img', { name: `QR code of the link to ${DAGUSHAN}` });
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(256);
    expect(await share.decodeQr()).toBe(page.url());
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(page.url());
  });

  test('tells the user when the browser refuses the clipboard, and selects the link instead', async ({ atlas, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    const share = new ShareDriver(page);
    await atlas.open();
    const dialog = await share.openWithKeyboard(share.headerButton());
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toContainText('The browser did not allow copying');
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toBeFocused();
  });

  test('gives an embed snippet with embed=1, a size and a title', async ({ atlas, page }) => {
    const share = new ShareDriver(page);
    await atlas.open('zone=dagushan');
    const dialog = await share.openWithKeyboard(share.headerButton());
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const frame = /^<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="([^"]+)"[^>]*><\/iframe>$/.exec(snippet);
    expect(frame, snippet).not.toBeNull();
    const [, src, width, height, title] = frame!;
    expect(src!.replace(/&amp;/g, '&')).toBe(`${page.url()}&embed=1`);
    expect(Number(width)).toBeGreaterThan(0);
    expect(Number(height)).toBeGreaterThan(0);
    expect(title).toBe(`${DAGUSHAN}, Dalian Cluster Atlas`);
  });

  test('downloads the zone’s figures as a CSV with a BOM, the header, 44.3 and its source', async ({ atlas, page }) => {
    const share = new ShareDriver(page);
    await atlas.open('zone=dagushan');
    await share.openWithKeyboard(share.panelButton(atlas.zonePanel(DAGUSHAN)));
    const { fileName, bytes } = await share.download('Download figures (CSV)');
    expect(fileName).toBe('dalian-atlas-dagushan-figures-en.csv');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);

    const [header, ...rows] = parseCsv(bytes);
    expect(header!.slice(0, 11)).toEqual([
      'cluster', 'zone', 'measure', 'value', 'unit', 'year', 'kind', 'scope', 'source title', 'source link or document', 'quote',
    ]);
    const row = rows.find((r) => r[header!.indexOf('value')] === '44.3');
    expect(row).toBeDefined();
    expect(row![header!.indexOf('zone')]).toBe(DAGUSHAN);
    expect(row![header!.indexOf('source title')]).toBe('Modern industrial clusters');
    expect(row![header!.indexOf('quote')]).toBe('achieved an output value of 44.3 billion RMB');
    await expect(share.dialog().getByRole('status')).toHaveText('Downloaded dalian-atlas-dagushan-figures-en.csv');
  });

  test('a cluster panel has its own share button, whose CSV holds that cluster’s figures only', async ({ atlas, page }) => {
    const share = new ShareDriver(page);
    await atlas.open('cluster=software');
    const panel = atlas.panel().getByRole('region', { name: /Software and Service Outsourcing/ });
    await share.openWithKeyboard(share.panelButton(panel));
    const { fileName, bytes } = await share.download('Download figures (CSV)');
    expect(fileName).toBe('dalian-atlas-software-figures-en.csv');
    const [header, ...rows] = parseCsv(bytes);
    const clusters = new Set(rows.map((r) => r[header!.indexOf('cluster')]));
    expect([...clusters]).toEqual(['Software and Service Outsourcing Industrial Cluster, High Tech Zone']);
  });

  test('works in Chinese: labels, confirmation and a Chinese CSV', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const share = new ShareDriver(page);
    await atlas.open('zone=dagushan&lang=zh');
    const panel = atlas.zonePanel('大孤山石化产业园区');
    const dialog = await share.openWithKeyboard(share.panelButton(panel));
    await expect(dialog.getByRole('heading', { name: '分享此视图' })).toBeVisible();
    await dialog.getByRole('button', { name: '复制链接' }).click();
    await expect(dialog.getByRole('status')).toHaveText('链接已复制');
    await expect(dialog.getByRole('img', { name: '大孤山石化产业园区链接的二维码' })).toBeVisible();
    expect(await share.decodeQr()).toBe(page.url());

    const { bytes } = await share.download('下载数据（CSV）');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const [header, ...rows] = parseCsv(bytes);
    expect(header!.slice(0, 4)).toEqual(['产业集群', '园区', '指标', '数值']);
    const row = rows.find((r) => r[header!.indexOf('数值')] === '44.3')!;
    expect(row[header!.indexOf('园区')]).toBe('大孤山石化产业园区');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(share.panelButton(panel)).toBeFocused();
  });

  test('offers the whole dataset as CSV and JSON from the header when nothing is selected', async ({ atlas, page }) => {
    const share = new ShareDriver(page);
    await atlas.open();
    await share.openWithKeyboard(share.headerButton());
    await expect(share.dialog().getByRole('button', { name: 'Download figures (CSV)' })).toHaveCount(0);

    const json = await share.download('Download the whole dataset (JSON)');
    expect(json.fileName).toBe('dalian-atlas-dataset.json');
    const dataset = JSON.parse(json.bytes.toString('utf8')) as { figures: unknown[]; sources: unknown[]; zones: unknown[] };
    expect(dataset.zones).toHaveLength(ZONES.length);
    expect(dataset.figures.length).toBeGreaterThan(100);

    const csv = await share.download('Download all figures (CSV)');
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    const [header, ...rows] = parseCsv(csv.bytes);
    expect(rows).toHaveLength(dataset.figures.length);
    expect(rows.some((r) => r[header!.indexOf('value')] === '44.3')).toBe(true);
  });

  test('shows markup from the URL as text in the link field', async ({ atlas, page }) => {
    const share = new ShareDriver(page);
    await atlas.open('view=directory&q=<b>x</b>');
    const dialog = await share.openWithKeyboard(share.headerButton());
    const field = dialog.getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toHaveValue(page.url());
    expect(decodeURIComponent(await field.inputValue())).toContain('q=<b>x</b>');
    await expect(dialog.locator('b')).toHaveCount(0);
    expect(await share.decodeQr()).toBe(page.url());
  });
});
