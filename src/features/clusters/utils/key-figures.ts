import type { Cluster, Figure } from '../../../lib/data/schemas';

/** The source whose figures make up a cluster profile: document 002, the city's cluster page. */
export const PROFILE_SOURCE_ID = 'doc-002-clusters';

export type KeyFigure = { figure: Figure; role: 'baseline' | 'target' | 'other' };

/**
 * The figures of a cluster's profile: its baseline, its target, then the other figures document 002
 * gives for the cluster, in dataset order, each once.
 */
export function keyFigures(cluster: Cluster, figures: readonly Figure[]): KeyFigure[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out: KeyFigure[] = [];
  const baseline = byId.get(cluster.baselineFigureId);
  const target = byId.get(cluster.targetFigureId);
  if (baseline) out.push({ figure: baseline, role: 'baseline' });
  if (target && target !== baseline) out.push({ figure: target, role: 'target' });
  for (const f of figures) {
    if (f.clusterId !== cluster.id || f.sourceId !== PROFILE_SOURCE_ID) continue;
    if (f === baseline || f === target) continue;
    out.push({ figure: f, role: 'other' });
  }
  return out;
}
