/// <reference types="node" />
/** The real dataset from public/data, read from disk and validated as the app validates it (for tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, DatasetSchema, parseOrThrow, type Dataset } from '../lib/data/schemas';

let cached: Dataset | undefined;

export function realDataset(): Dataset {
  if (cached) return cached;
  const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
  const raw = Object.fromEntries(Object.entries(DATASET_FILES).map(([key, file]) => [key, read(file)]));
  cached = parseOrThrow(DatasetSchema, raw, 'public/data');
  return cached;
}
