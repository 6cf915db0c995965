import { useEffect, useState } from 'react';
import type { Dataset } from '../lib/data/schemas';
import { urlParsers, useUrlState, type UrlKey } from './url-state';

export type UrlProblem = { key: string; value: string; fix: 'removed' | 'replaced' };

/** Finds the parameters of a search string that do not parse, or do not fit together. */
export function findUrlProblems(search: string, data: Pick<Dataset, 'zones' | 'enterprises'>): UrlProblem[] {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  for (const [key, value] of params) {
    if (!(key in urlParsers)) {
      problems.push({ key, value, fix: 'removed' });
      continue;
    }
    const parser = urlParsers[key as UrlKey] as { parse: (v: string) => unknown };
    if (parser.parse(value) === null) problems.push({ key, value, fix: 'removed' });
  }
  const zone = data.zones.find((z) => z.id === params.get('zone'));
  const cluster = params.get('cluster');
  if (zone && cluster && !problems.some((p) => p.key === 'cluster') && !zone.clusterIds.some((c) => c === cluster))
    problems.push({ key: 'cluster', value: cluster, fix: 'replaced' });
  const ent = params.get('ent');
  const enterprise = data.enterprises.find((e) => e.id === ent);
  // An enterprise that does not exist, or that is not in the selected zone, is dropped.
  if (ent && !problems.some((p) => p.key === 'ent') && (!enterprise || (zone && enterprise.zoneId !== zone.id)))
    problems.push({ key: 'ent', value: ent, fix: 'removed' });
  return problems;
}

/**
 * A malformed or outdated link degrades to what can be shown: the bad parameters are dropped
 * (or replaced by the zone's own cluster) with `replace`, and the user is told what was ignored.
 */
export function useUrlRepair(data: Dataset) {
  const [found] = useState(() => findUrlProblems(window.location.search, data));
  const [problems, setProblems] = useState<UrlProblem[]>(found);
  const [state, setUrl] = useUrlState();
  useEffect(() => {
    if (found.length === 0) return;
    // Parameters the app does not know are dropped directly; known ones through nuqs, so its state follows.
    const url = new URL(window.location.href);
    for (const p of found) if (!(p.key in urlParsers)) url.searchParams.delete(p.key);
    window.history.replaceState(window.history.state, '', url);
    const patch: Record<string, unknown> = {};
    for (const p of found) if (p.key in urlParsers) patch[p.key] = null;
    const zone = data.zones.find((z) => z.id === state.zone);
    if (zone && found.some((p) => p.key === 'cluster' && p.fix === 'replaced')) patch.cluster = zone.clusterIds[0] ?? null;
    void setUrl(patch as Parameters<typeof setUrl>[0], { history: 'replace' });
    // Runs once per load: later changes come from the app itself and are valid by construction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { problems, dismiss: () => setProblems([]) };
}
