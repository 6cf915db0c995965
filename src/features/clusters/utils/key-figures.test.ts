import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../test/real-dataset';
import { keyFigures, PROFILE_SOURCE_ID } from './key-figures';

const data = realDataset();

describe('keyFigures', () => {
  it('puts the baseline and the target first, then the other figures of document 002, each once', () => {
    for (const cluster of data.clusters) {
      const items = keyFigures(cluster, data.figures);
      expect(items[0]).toMatchObject({ role: 'baseline', figure: { id: cluster.baselineFigureId } });
      expect(items[1]).toMatchObject({ role: 'target', figure: { id: cluster.targetFigureId } });
      const ids = items.map((i) => i.figure.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { figure } of items.slice(2)) {
        expect(figure.clusterId).toBe(cluster.id);
        expect(figure.sourceId).toBe(PROFILE_SOURCE_ID);
      }
    }
  });

  it('gives the petrochemicals cluster its 38 enterprises besides the baseline and target', () => {
    const cluster = data.clusters.find((c) => c.id === 'petrochemicals')!;
    const others = keyFigures(cluster, data.figures).filter((i) => i.role === 'other');
    expect(others.map((i) => i.figure.value)).toContain(38);
  });
});
