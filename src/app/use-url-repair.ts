import { useEffect, useState } from 'react';
import type { Dataset } from '../lib/data/schemas';
import { mendWithData, useOpeningLink, type LinkProblem } from '../lib/link';
import { useUrlState, type UrlKey } from './url-state';

export type UrlProblem = LinkProblem;

const DATA_KEYS: UrlKey[] = ['zone', 'cluster', 'ent', 'dorigin', 'dzone', 'dcluster', 'hide'];

/**
 * A damaged or outdated link degrades to what can be shown, visibly. The link alone was mended
 * before the first render (mendOpeningLink, src/lib/link); what only the dataset can tell (an
 * enterprise of another zone, a cluster tab the zone lacks, an unknown origin) is mended here, by
 * the link module's mendWithData, and written with `replace`. The user is
 * told both, in one dismissable notice. A zone's link without its cluster tab is completed here too,
 * silently (src/lib/link/format.ts: one view, one link).
 */
export function useUrlRepair(data: Pick<Dataset, 'zones' | 'enterprises' | 'clusters'>) {
  const [opening] = useState(() => window.location.search);
  const [found] = useState(() => mendWithData(opening, data));
  const openingLink = useOpeningLink();
  const [problems, setProblems] = useState<LinkProblem[]>(() => [...openingLink.problems, ...found.problems]);
  const [, setUrl] = useUrlState();
  useEffect(() => {
    // Only what was mended is written: the rest of the link may have moved on meanwhile.
    const before = new URLSearchParams(opening);
    const next = new URLSearchParams(found.search);
    const patch: Record<string, string | string[] | null> = {};
    for (const key of DATA_KEYS)
      if (next.get(key) !== before.get(key)) patch[key] = key === 'hide' ? (next.get(key)?.split(',') ?? null) : next.get(key);
    if (Object.keys(patch).length === 0) return;
    void setUrl(patch as Parameters<typeof setUrl>[0], { history: 'replace' });
    // Runs once per load: later changes come from the app itself and are valid by construction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return {
    problems,
    dismiss: () => setProblems([]),
    /** Drops one line of the notice (the notice closes with its last line). */
    settle: (problem: LinkProblem) => setProblems((ps) => ps.filter((p) => p !== problem)),
  };
}
