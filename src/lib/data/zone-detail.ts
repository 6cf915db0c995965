import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { DataLoadError, fetchData, retryNetworkOnce } from './dataset-query';
import { zoneDetailFile, ZoneSchema, type Zone, type ZoneId } from './schemas';

/** One zone's whole record, public/data/zones/<id>.json, checked against the zone schema and its own id. */
export function readZoneDetail(id: ZoneId) {
  return (json: unknown): Zone => {
    const result = v.safeParse(ZoneSchema, json);
    if (!result.success)
      throw new Error(
        result.issues
          .slice(0, 6)
          .map((i) => `- ${v.getDotPath(i) ? `${v.getDotPath(i)}: ` : ''}${i.message}`)
          .join('\n'),
      );
    if (result.output.id !== id) throw new Error(`- id: the file holds zone "${result.output.id}", not "${id}"`);
    return result.output;
  };
}

export const zoneDetailQueryOptions = (id: ZoneId) =>
  queryOptions({
    queryKey: ['data', 'zone', id],
    queryFn: ({ signal }) => fetchData(zoneDetailFile(id), readZoneDetail(id), signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: retryNetworkOnce,
  });

export type ZoneDetailState =
  | { state: 'loading' }
  | { state: 'ready'; zone: Zone }
  | { state: 'error'; error: DataLoadError; retrying: boolean; retry: () => void };

/** A zone's whole record, fetched when its panel opens; a file that fails takes down that panel's detail only. */
export function useZoneDetail(id: ZoneId, enabled = true): ZoneDetailState {
  const q = useQuery({ ...zoneDetailQueryOptions(id), enabled });
  if (q.data) return { state: 'ready', zone: q.data };
  if (q.error) {
    const error = q.error instanceof DataLoadError ? q.error : new DataLoadError(zoneDetailFile(id), 'network', String(q.error));
    return { state: 'error', error, retrying: q.isFetching, retry: () => void q.refetch() };
  }
  return { state: 'loading' };
}

/** Starts fetching a zone's detail before its panel opens (e.g. when the pointer is over it). */
export function prefetchZoneDetail(client: QueryClient, id: ZoneId): void {
  void client.prefetchQuery(zoneDetailQueryOptions(id));
}
