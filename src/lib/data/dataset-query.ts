import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATASET_FILES as FILES, DatasetSchema, parseOrThrow, type Dataset } from './schemas';

export function dataUrl(file: string): string {
  return new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.origin).href;
}

async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(dataUrl(file), { signal });
  if (!response.ok) throw new Error(`Could not load ${file} (HTTP ${response.status}).`);
  return response.json();
}

export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  const keys = Object.keys(FILES) as (keyof typeof FILES)[];
  const values = await Promise.all(keys.map((k) => fetchJson(FILES[k], signal)));
  const raw = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  return parseOrThrow(DatasetSchema, raw, 'The atlas dataset');
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });

export function useDataset() {
  return useQuery(datasetQueryOptions());
}
