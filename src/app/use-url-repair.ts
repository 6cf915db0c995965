import { useEffect, useState } from 'react';
import type { Dataset } from '../lib/data/schemas';
import { openingLinkProblems } from './link-boot';
import { mendWithData, type LinkProblem } from './link-format';
import { useUrlState, type UrlKey } from './url-state';

export type UrlProblem = LinkProblem;

const DATA_KEYS: UrlKey[] = ['zone', 'cluster', 'ent', 'dorigin', 'dzone', 'dcluster', 'hide'];

/**
 * A damaged or outdated link degrades to what can be shown, visibly. The link alone was mended
 * before the first render (link-boot.ts); what only the dataset can tell (an enterprise of another
 * zone, a cluster tab the zone lacks, an unknown origin) is mended here, with `replace`. The user is
 * told both, in one dismissable notice.
 */
export function useUrlRepair(data: Pick<Dataset, 'zones' | 'enterprises' | 'clusters'>) {
  const [found] = useState(() => mendWithData(window.location.search, data));
  const [problems, setProblems] = useState<LinkProblem[]>(() => [...openingLinkProblems, ...found.problems]);
  const [, setUrl] = useUrlState();
  useEffect(() => {
    if (found.problems.length === 0) return;
    const next = new URLSearchParams(found.search);
    const patch: Record<string, string | string[] | null> = {};
    for (const key of DATA_KEYS) patch[key] = key === 'hide' ? (next.get(key)?.split(',') ?? null) : next.get(key);
    void setUrl(patch as Parameters<typeof setUrl>[0], { history: 'replace' });
    // Runs once per load: later changes come from the app itself and are valid by construction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { problems, dismiss: () => setProblems([]) };
}
