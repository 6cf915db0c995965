/** A tour carried in a link (`tourdata`): JSON compressed with lz-string, validated like any other tour. */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseTour, type Tour } from '../tour-schema';

/** A tour as the `tourdata` parameter: JSON compressed with lz-string, safe in a URL as is. */
export function encodeTour(tour: Tour): string {
  return compressToEncodedURIComponent(JSON.stringify(tour));
}

export type DecodeResult = { ok: true; tour: Tour } | { ok: false; error: 'corrupt' | 'invalid'; detail: string };

/** The tour carried by a link, validated like any other tour. */
export function decodeTour(param: string): DecodeResult {
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(param);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, error: 'corrupt', detail: 'the tour in the link cannot be decompressed' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'corrupt', detail: 'the tour in the link is not JSON' };
  }
  const parsed = parseTour(raw);
  return parsed.ok ? parsed : { ok: false, error: 'invalid', detail: parsed.error };
}
