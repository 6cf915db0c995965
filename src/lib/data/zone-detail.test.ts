import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/real-dataset';
import { DatasetSchema, parseOrThrow, zoneDetailFile, ZoneIndexSchema, zoneSummary } from './schemas';
import { readZoneDetail } from './zone-detail';

const text = (file: string) => readFileSync(join(process.cwd(), 'public/data', file), 'utf8');
const data = realDataset();

describe('the first screen’s index of zones and each zone’s detail', () => {
  it('zones.json holds each zone’s summary, in order, and nothing else', () => {
    const index = parseOrThrow(ZoneIndexSchema, JSON.parse(text('zones.json')), 'zones.json');
    expect(index).toEqual(data.zones.map(zoneSummary));
    for (const z of index) expect(Object.keys(z)).not.toContain('description');
  });

  it('every zone of the index has its whole record in zones/<id>.json', () => {
    for (const z of data.zones) expect(readZoneDetail(z.id)(JSON.parse(text(zoneDetailFile(z.id))))).toEqual(z);
    expect(() => parseOrThrow(DatasetSchema, data, 'the dataset')).not.toThrow();
  });

  it('keeps the first screen small: the index is under a quarter of the whole records', () => {
    const whole = data.zones.reduce((n, z) => n + text(zoneDetailFile(z.id)).length, 0);
    expect(text('zones.json').length).toBeLessThan(whole / 4);
  });

  it('refuses a file that holds another zone, or a zone off the schema, saying what is wrong', () => {
    const [a, b] = data.zones;
    expect(() => readZoneDetail(a!.id)(b)).toThrow(`the file holds zone "${b!.id}", not "${a!.id}"`);
    expect(() => readZoneDetail(a!.id)({ ...a, location: { ...a!.location, lat: 'north' } })).toThrow(/location\.lat/);
  });
});
