import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';

// The map canvas itself is exempt (its DOM twins are the zone list and the directory).
const scan = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page }).exclude('.maplibregl-canvas').withTags(['wcag2a', 'wcag2aa']).analyze();

for (const [name, query] of [
  ['overview', ''],
  ['zone panel', 'zone=development-zone&cluster=electronics'],
  ['directory in Chinese', 'view=directory&lang=zh'],
] as const) {
  test(`the ${name} has no serious accessibility violations`, async ({ atlas, page }) => {
    await atlas.open(query);
    await expect(atlas.panel().getByRole('combobox').first()).toBeVisible();
    const results = await scan(page);
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    expect(serious).toEqual([]);
  });
}
