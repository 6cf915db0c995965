import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataLoadError, fetchData, retryNetworkOnce } from './dataset-query';
import { SEARCH_INDEX_FILE, searchIndexFromJson, type SearchIndex } from '../search';

/** The search index the data build wrote (public/data/search-index.json): fetched when the search is first used. */
export const searchIndexQueryOptions = queryOptions({
  queryKey: ['data', 'search-index'],
  queryFn: ({ signal }) => fetchData(SEARCH_INDEX_FILE, searchIndexFromJson, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: retryNetworkOnce,
});

export type SearchIndexState =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; index: SearchIndex }
  | { state: 'error'; error: DataLoadError; retrying: boolean; retry: () => void };

/** The search index, and `want()` to start fetching it (on the search box's first focus, hover or key). */
export function useSearchIndex(): SearchIndexState & { want: () => void } {
  const [wanted, setWanted] = useState(false);
  const q = useQuery({ ...searchIndexQueryOptions, enabled: wanted });
  const want = () => {
    if (!wanted) setWanted(true);
  };
  if (q.data) return { state: 'ready', index: q.data, want };
  if (q.error) {
    const error = q.error instanceof DataLoadError ? q.error : new DataLoadError(SEARCH_INDEX_FILE, 'network', String(q.error));
    return { state: 'error', error, retrying: q.isFetching, retry: () => void q.refetch(), want };
  }
  return { state: wanted ? 'loading' : 'idle', want };
}
