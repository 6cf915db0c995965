import { describe, expect, it } from 'vitest';
import { mapFileName } from './share-map-actions';

describe('mapFileName', () => {
  it('names the view, so a second download does not overwrite the first', () => {
    expect(mapFileName({ zoneId: 'dagushan', clusterId: null }, 'en')).toBe('dalian-atlas-dagushan-en.png');
    expect(mapFileName({ zoneId: null, clusterId: 'automotive' }, 'zh')).toBe('dalian-atlas-automotive-zh.png');
    expect(mapFileName({ zoneId: null, clusterId: null }, 'en')).toBe('dalian-atlas-overview-en.png');
    const names = new Set([
      mapFileName({ zoneId: 'dagushan', clusterId: null }, 'en'),
      mapFileName({ zoneId: 'dagushan', clusterId: null }, 'zh'),
      mapFileName({ zoneId: 'huayuankou', clusterId: null }, 'en'),
    ]);
    expect(names.size).toBe(3);
  });
});
