import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../test/real-dataset';
import { BUILT_IN_TOUR } from '../config/built-in-tour';
import { applyStep, stepIndex, type StepState } from './apply-step';
import { parseTour, type TourStep } from './tour-schema';

const data = realDataset();
const parsed = parseTour(BUILT_IN_TOUR);
if (!parsed.ok) throw new Error(parsed.error);
const steps = parsed.tour.steps;
const step = (s: Partial<TourStep>): TourStep => ({ zone: null, cluster: null, view: 'overview', hide: [], camera: null, chart: false, caption: { en: 'x', zh: '' }, notes: { en: '', zh: '' }, durationS: 30, ...s });

describe('applying a step', () => {
  it('gives the step’s whole state, whatever was on screen before: jumping to step 5 equals stepping 1 → 5', () => {
    // An explored, filtered screen before the tour.
    let screen: Record<string, unknown> = { zone: 'huayuankou', cluster: 'new-materials', ent: 'chery', view: 'directory', hide: ['software'], at: { lon: 121, lat: 39, zoom: 12 }, chart: true, dq: 'intel', lang: 'zh' };
    for (const s of steps.slice(0, 5)) screen = { ...screen, ...applyStep(s, data).state };
    const jumped = { ...{ lang: 'zh' }, ...applyStep(steps[4]!, data).state };
    expect(screen).toEqual(jumped);
  });

  it('selects the zone and its cluster tab, and shows the chart large only when asked', () => {
    const s = applyStep(steps[5]!, data).state;
    expect(s).toMatchObject<Partial<StepState>>({ zone: 'development-zone', cluster: 'electronics', chart: true, at: null });
    expect(applyStep(steps[1]!, data).state.chart).toBeNull();
    // The closing step frames every zone (clear of the caption card) rather than holding a fixed camera.
    expect(applyStep(steps.at(-1)!, data).state).toMatchObject({ zone: null, cluster: null, view: 'zones', at: null });
  });

  it('reports a zone or cluster that no longer exists and keeps the rest of the step', () => {
    const r = applyStep(step({ zone: 'old-port', cluster: 'shipbuilding', hide: ['software', 'gone'], view: 'zones', camera: { lon: 121.6, lat: 38.9, zoom: 10 } }), data);
    expect(r.problems).toEqual([{ kind: 'zone', id: 'old-port' }, { kind: 'cluster', id: 'shipbuilding' }]);
    expect(r.state).toMatchObject({ zone: null, cluster: null, hide: ['software'], view: 'zones', at: { lon: 121.6, lat: 38.9, zoom: 10 } });
  });

  it('gives a zone its own cluster when the step names one the zone does not have', () => {
    expect(applyStep(step({ zone: 'dagushan', cluster: 'software' }), data).state.cluster).toBe('petrochemicals');
  });

  it('clamps a step number from the link to the tour', () => {
    expect([stepIndex(null, 7), stepIndex(1, 7), stepIndex(7, 7), stepIndex(40, 7)]).toEqual([0, 0, 6, 6]);
  });
});
