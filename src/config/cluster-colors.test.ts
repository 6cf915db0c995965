import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS } from './cluster-colors';

/**
 * The cluster colours stay apart under the common colour-vision deficiencies. Simulation: Machado,
 * Oliveira & Fernandes (2009), severity 1.0 (full dichromacy), applied in linear sRGB; distance:
 * CIE76 ΔE in CIELAB (D65). Threshold: ΔE ≥ 15 for every pair, well above the ~2.3 of a just
 * noticeable difference, so two swatches side by side read as two colours at a glance.
 */
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const THRESHOLD = 15;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function linearRgb(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => toLinear(v / 255));
}
function lab([r, g, b]: number[]): number[] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const [R, G, B] = [clamp(r!), clamp(g!), clamp(b!)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const simulate = (m: number[][], rgb: number[]) => m.map((row) => row.reduce((s, k, i) => s + k * rgb[i]!, 0));
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('cluster colours under colour-vision deficiencies', () => {
  const entries = Object.entries(CLUSTER_COLORS);
  for (const vision of ['normal', ...Object.keys(MACHADO)]) {
    it(`every pair is at least ΔE ${THRESHOLD} apart (${vision})`, () => {
      const seen = entries.map(([id, hex]) => [id, lab(vision === 'normal' ? linearRgb(hex) : simulate(MACHADO[vision]!, linearRgb(hex)))] as const);
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
    const red = lab(simulate(MACHADO.deuteranopia!, linearRgb('#CC3333')));
    const green = lab(simulate(MACHADO.deuteranopia!, linearRgb('#669933')));
    expect(deltaE(red, green)).toBeLessThan(deltaE(lab(linearRgb('#CC3333')), lab(linearRgb('#669933'))) / 2);
  });
});
