import { describe, expect, it } from 'vitest';
import { basemapLayers, FONT } from './basemap-layers';
import { EDGE_CHECKED_LABEL_LAYERS, CUT_BY_EDGE } from './label-edges';
import { zoneCount, zoneLabel } from './zone-layers';
import { reachLabel } from './reach-layers';

type AnyLayer = { id?: string; type?: string; paint?: Record<string, unknown> };

const symbolLayers = (lang: 'en' | 'zh'): AnyLayer[] =>
  [...basemapLayers(lang), zoneLabel(FONT.bold), zoneLabel(FONT.bold, true), zoneCount(FONT.regular), reachLabel].filter((l) => (l as AnyLayer).type === 'symbol') as AnyLayer[];

describe('labels cut by the map edge', () => {
  it.each(['en', 'zh'] as const)('every label layer of the map (%s) is checked at the edges and hides a cut label', (lang) => {
    const layers = symbolLayers(lang);
    expect(layers.length).toBeGreaterThan(5);
    for (const layer of layers) {
      expect(EDGE_CHECKED_LABEL_LAYERS, `${layer.id} is checked`).toContain(layer.id);
      // Its opacity reads the feature-state the check sets, and is 0 where it is set.
      const opacity = layer.paint?.['text-opacity'] as unknown[];
      expect(JSON.stringify(opacity), `${layer.id}'s text-opacity`).toContain(JSON.stringify(['feature-state', CUT_BY_EDGE]));
      expect(opacity[0]).toBe('case');
      expect(opacity[2], `${layer.id} draws a cut label at opacity 0`).toBe(0);
    }
  });

  it('checks no layer the map does not have', () => {
    const ids = new Set([...symbolLayers('en'), ...symbolLayers('zh')].map((l) => l.id));
    for (const id of EDGE_CHECKED_LABEL_LAYERS) expect(ids, id).toContain(id);
  });
});
