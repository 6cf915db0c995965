import { differenceCie76, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS } from './cluster-colors';

/**
 * The cluster colours stay apart under the common colour-vision deficiencies. Simulation: culori's
 * filters (Machado, Oliveira & Fernandes 2009, applied to sRGB values as the R colorspace package
 * does), severity 1 (full dichromacy); distance: culori's CIE76 ΔE in CIELAB (D65). Threshold, the
 * same as before the move to culori: ΔE ≥ 15 for every pair, well above the ~2.3 of a just
 * noticeable difference, so two swatches side by side read as two colours at a glance (closest pair
 * today: new materials / automotive under deuteranopia, ΔE 15.1).
 */
const VISIONS: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const THRESHOLD = 15;
const deltaE = differenceCie76();
const color = (hex: string) => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};

describe('cluster colours under colour-vision deficiencies', () => {
  const entries = Object.entries(CLUSTER_COLORS);
  for (const [vision, simulate] of Object.entries(VISIONS)) {
    it(`every pair is at least ΔE ${THRESHOLD} apart (${vision})`, () => {
      const seen = entries.map(([id, hex]) => [id, simulate(color(hex))] as const);
      const close: string[] = [];
      for (let i = 0; i < seen.length; i++)
        for (let j = i + 1; j < seen.length; j++) {
          const d = deltaE(seen[i]![1], seen[j]![1]);
          if (d < THRESHOLD) close.push(`${seen[i]![0]} / ${seen[j]![0]}: ΔE ${d.toFixed(1)}`);
        }
      expect(close).toEqual([]);
    });
  }

  it('the simulation is not the identity (a red and a green collapse under deuteranopia)', () => {
    const [red, green] = [color('#CC3333'), color('#669933')];
    expect(deltaE(VISIONS.deuteranopia!(red), VISIONS.deuteranopia!(green))).toBeLessThan(deltaE(red, green) / 2);
  });
});
