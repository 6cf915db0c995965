import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseTour, type Tour } from './tour-schema';

/** Every link the atlas makes stays under this length (what browsers, QR codes and chat apps carry). */
export const MAX_LINK_LENGTH = 8000;

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

export type LinkResult = { ok: true; url: string } | { ok: false; reason: 'too-long'; length: number };

/** The link that opens a tour (own tours carry themselves in `tourdata`) at a step. */
export function tourLink(base: string, opts: { tour: Tour | null; step: number; lang: 'en' | 'zh' }): LinkResult {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('tour', String(opts.step));
  if (opts.lang !== 'en') url.searchParams.set('lang', opts.lang);
  let href = url.href;
  if (opts.tour) href += `&tourdata=${encodeTour(opts.tour)}`;
  return href.length < MAX_LINK_LENGTH ? { ok: true, url: href } : { ok: false, reason: 'too-long', length: href.length };
}
