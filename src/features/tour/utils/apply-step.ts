import type { ClusterId, Dataset, ZoneId } from '../../../lib/data/schemas';
import type { TourCamera, TourStep } from './tour-schema';

/** Everything a step decides about the atlas: every key is set, so a step never inherits the previous one. */
export type StepState = {
  zone: ZoneId | null;
  cluster: ClusterId | null;
  ent: null;
  view: 'overview' | 'zones' | 'directory';
  hide: ClusterId[];
  at: TourCamera | null;
  chart: true | null;
  dq: null;
  dcluster: null;
  dzone: null;
  dorigin: null;
};

export type StepProblem = { kind: 'zone' | 'cluster'; id: string };

type Known = Pick<Dataset, 'zones' | 'clusters'>;

/**
 * A step as the atlas's state (what goes into the link). A pure function of the step and the
 * dataset: jumping straight to a step gives exactly what stepping to it gives. A zone or cluster
 * that no longer exists is left out and reported; the rest of the step still applies.
 */
export function applyStep(step: TourStep, data: Known): { state: StepState; problems: StepProblem[] } {
  const problems: StepProblem[] = [];
  const zone = step.zone ? data.zones.find((z) => z.id === step.zone) : undefined;
  if (step.zone && !zone) problems.push({ kind: 'zone', id: step.zone });
  const cluster = step.cluster ? data.clusters.find((c) => c.id === step.cluster) : undefined;
  if (step.cluster && !cluster) problems.push({ kind: 'cluster', id: step.cluster });
  // A zone's tab must be one of its clusters: otherwise the zone's first one.
  let clusterId: ClusterId | null = cluster?.id ?? null;
  if (zone && (!clusterId || !zone.clusterIds.includes(clusterId))) clusterId = zone.clusterIds[0] ?? null;
  const known = new Set(data.clusters.map((c) => c.id as string));
  const hide = [...new Set(step.hide.filter((h) => known.has(h)))] as ClusterId[];
  return {
    state: {
      zone: zone?.id ?? null,
      cluster: clusterId,
      ent: null,
      view: step.view,
      hide,
      at: step.camera ? { ...step.camera } : null,
      chart: step.chart && clusterId ? true : null,
      dq: null,
      dcluster: null,
      dzone: null,
      dorigin: null,
    },
    problems,
  };
}

/** Clamps a 1-based step number from the link to the tour (0-based index). */
export function stepIndex(step: number | null, count: number): number {
  if (!step || count === 0) return 0;
  return Math.min(Math.max(step, 1), count) - 1;
}
