import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import zh from '../locales/zh.json';
import { basemapLayers } from './basemap-layers';
import { COMPANY_SITE_ENTRY, MAP_KEY } from './map-key';

// Issue 16, item 8: every symbol on the map is in the legend's map key, in both languages.
describe('the map key', () => {
  const layers = basemapLayers('en').map((l) => l.id);

  it('explains every layer the basemap draws', () => {
    const explained = new Set(MAP_KEY.flatMap((e) => e.layers));
    expect(layers.filter((id) => !explained.has(id))).toEqual([]);
    // ...and names no layer that does not exist.
    expect([...explained].filter((id) => !layers.includes(id))).toEqual([]);
  });

  it('has every entry, its title and the note on roads in English and Chinese', () => {
    for (const [lang, strings] of [
      ['en', en.map.key],
      ['zh', zh.map.key],
    ] as const) {
      const key = strings as Record<string, string>;
      for (const id of ['title', 'noRoads', ...[...MAP_KEY, COMPANY_SITE_ENTRY].map((e) => e.id)]) expect(key[id], `${lang} map.key.${id}`).toMatch(/\S/);
    }
    expect(zh.map.key.noRoads).toMatch(/\p{Script=Han}/u);
    expect(en.map.key.noRoads).toMatch(/no roads/);
  });
});
