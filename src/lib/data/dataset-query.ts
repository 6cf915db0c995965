import { queryOptions, useQueries } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import * as v from 'valibot';
import { DATASET_FILE_SCHEMAS as FILE_SCHEMAS, DATASET_FILES as FILES, referenceProblems, type Dataset, type DatasetFileKey } from './schemas';

export type { DatasetFileKey };
export const DATASET_FILE_KEYS = Object.keys(FILES) as DatasetFileKey[];

/** What stands in for a file that has not loaded: nothing, never a guess. */
const EMPTY: Dataset = { sources: [], clusters: [], zones: [], enterprises: [], figures: [], outlines: { type: 'FeatureCollection', features: [] } };

/** Why a data file is not used: the server's answer, the network, broken JSON, the schema, or dangling references. */
export type DataFailure = 'http' | 'network' | 'json' | 'schema' | 'references';

export class DataFileError extends Error {
  constructor(
    readonly file: DatasetFileKey,
    readonly reason: DataFailure,
    /** Technical detail in English (the schema's issues, the HTTP status), for the notice's details. */
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${FILES[file]}: ${detail}`);
    this.name = 'DataFileError';
  }
}

export function dataUrl(file: string): string {
  return new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.origin).href;
}

function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 6)
    .map((i) => {
      const path = v.getDotPath(i);
      return `- ${path ? `${path}: ` : ''}${i.message}`;
    })
    .join('\n');
}

/** Why a file under data/ is not used, in English (for the notice's details); the reason is shown translated. */
export class DataLoadError extends Error {
  constructor(
    /** The file, relative to data/ (e.g. "zones/dagushan.json"). */
    readonly path: string,
    readonly reason: DataFailure,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

/**
 * Fetches a file under data/ and reads it with `read` (a schema check that returns the value or
 * throws with the reason in English). Every failure is a DataLoadError, never a console error.
 */
export async function fetchData<T>(path: string, read: (json: unknown) => T, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataLoadError(path, 'network', String(e));
  }
  if (!response.ok) throw new DataLoadError(path, 'http', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataLoadError(path, 'network', String(e));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataLoadError(path, 'json', e instanceof Error ? e.message : String(e));
  }
  try {
    return read(json);
  } catch (e) {
    throw new DataLoadError(path, 'schema', e instanceof Error ? e.message : String(e));
  }
}

/** A schema as a reader for `fetchData`. */
export function withSchema<S extends v.GenericSchema>(schema: S): (json: unknown) => v.InferOutput<S> {
  return (json) => {
    const result = v.safeParse(schema, json);
    if (!result.success) throw new Error(issuesText(result.issues));
    return result.output;
  };
}

/** A file that answered (404, broken JSON, wrong shape) will answer the same again: only a network failure is retried. */
export const retryNetworkOnce = (count: number, error: unknown) => count < 1 && (error as { reason?: unknown }).reason === 'network';

/** Fetches one data file and validates it with its own schema. Every failure is a DataFileError, never a console error. */
export async function fetchDataFile<K extends DatasetFileKey>(key: K, signal?: AbortSignal): Promise<Dataset[K]> {
  try {
    return (await fetchData(FILES[key], withSchema(FILE_SCHEMAS[key]), signal)) as Dataset[K];
  } catch (e) {
    if (e instanceof DataLoadError) throw new DataFileError(key, e.reason, e.detail, e.status);
    throw e;
  }
}

export const dataFileQueryOptions = <K extends DatasetFileKey>(key: K) =>
  queryOptions({
    queryKey: ['data', key],
    queryFn: ({ signal }) => fetchDataFile(key, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: retryNetworkOnce,
  });

export type FileStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; error: DataFileError; retrying: boolean };

export type DatasetState = {
  /** Everything that loaded and checks out; a file that did not stands as empty (see `files`). */
  dataset: Dataset;
  /** The whole dataset, only when every file loaded and every cross-reference holds. */
  data: Dataset | undefined;
  files: Record<DatasetFileKey, FileStatus>;
  /** Whether every file has an answer (loaded or failed). */
  settled: boolean;
  retry: (keys: readonly DatasetFileKey[]) => void;
};

type FileResult = { data: unknown; error: Error | null; isFetching: boolean; refetch: () => Promise<unknown> };

/** Puts the files' queries together: what loaded, each file's state, and the cross-reference checks on what loaded. */
function combineFiles(results: FileResult[]): DatasetState {
  const loaded: Partial<Dataset> = {};
  const files = {} as Record<DatasetFileKey, FileStatus>;
  DATASET_FILE_KEYS.forEach((key, i) => {
    const r = results[i]!;
    if (r.data !== undefined) {
      (loaded as Record<string, unknown>)[key] = r.data;
      files[key] = { state: 'ready' };
    } else if (r.error) {
      const e = r.error instanceof DataFileError ? r.error : new DataFileError(key, 'network', String(r.error));
      files[key] = { state: 'error', error: e, retrying: r.isFetching };
    } else files[key] = { state: 'loading' };
  });
  // The schema's cross-reference checks, on what loaded: a file with dangling references is not used.
  // Dropping a file only skips checks, so one pass finds every file to drop.
  const problems = referenceProblems(loaded);
  for (const key of new Set(problems.map((p) => p.file))) {
    delete loaded[key];
    const detail = problems
      .filter((p) => p.file === key)
      .slice(0, 6)
      .map((p) => `- ${p.message}`)
      .join('\n');
    files[key] = { state: 'error', error: new DataFileError(key, 'references', detail), retrying: results[DATASET_FILE_KEYS.indexOf(key)]!.isFetching };
  }
  const dataset = { ...EMPTY, ...loaded };
  const complete = DATASET_FILE_KEYS.every((k) => files[k].state === 'ready');
  return {
    dataset,
    data: complete ? dataset : undefined,
    files,
    settled: DATASET_FILE_KEYS.every((k) => files[k].state !== 'loading'),
    retry: (keys: readonly DatasetFileKey[]) => {
      for (const k of keys) void results[DATASET_FILE_KEYS.indexOf(k)]?.refetch();
    },
  };
}

/** One query per data file: a file that fails takes down only what depends on it. */
export function useDataset(): DatasetState {
  return useQueries({ queries: DATASET_FILE_KEYS.map((k) => dataFileQueryOptions(k)), combine: combineFiles });
}

const DataFilesContext = createContext<DatasetState | null>(null);
export const DataFilesProvider = DataFilesContext.Provider;

/** The state of each data file, for the notices of what depends on them. */
export function useDataFiles(): DatasetState {
  const state = useContext(DataFilesContext);
  if (!state) throw new Error('useDataFiles needs a DataFilesProvider (see src/app/atlas-screen.tsx)');
  return state;
}

/** Whether every one of these files loaded. */
export function useFilesReady(keys: readonly DatasetFileKey[]): boolean {
  const { files } = useDataFiles();
  return keys.every((k) => files[k].state === 'ready');
}
