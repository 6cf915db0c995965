import { useQueryStates } from 'nuqs';
import { urlParsers } from '../lib/link';

export { VIEWS, type Camera, type UrlKey, type View } from '../lib/link';

/**
 * The link as React state (nuqs): reads through the link module's parsers, and writes through its
 * adapter (src/lib/link/adapter.tsx), which puts every link in the one canonical order.
 */
export function useUrlState() {
  return useQueryStates(urlParsers, { history: 'push' });
}
