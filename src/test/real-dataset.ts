/// <reference types="node" />
/**
 * The real dataset from public/data, read from disk (for tests): `realDataset()` with every zone's
 * whole record (zones/<id>.json, in the index's order), validated with DatasetSchema; `appDataset()`
 * as the app loads it (zones.json, the index of summaries), each file validated with its own schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILE_SCHEMAS, DATASET_FILES, DatasetSchema, parseOrThrow, zoneDetailFile, type BuiltDataset, type Dataset } from '../lib/data/schemas';

let cached: BuiltDataset | undefined;
let cachedApp: Dataset | undefined;

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));

export function realDataset(): BuiltDataset {
  if (cached) return cached;
  const raw = Object.fromEntries(Object.entries(DATASET_FILES).map(([key, file]) => [key, read(file)])) as Record<string, unknown>;
  raw.zones = (raw.zones as { id: string }[]).map((z) => read(zoneDetailFile(z.id)));
  cached = parseOrThrow(DatasetSchema, raw, 'public/data');
  return cached;
}

export function appDataset(): Dataset {
  if (cachedApp) return cachedApp;
  const entries = Object.entries(DATASET_FILES).map(([key, file]) => [key, parseOrThrow(DATASET_FILE_SCHEMAS[key as keyof typeof DATASET_FILES], read(file), file)]);
  cachedApp = Object.fromEntries(entries) as Dataset;
  return cachedApp;
}
