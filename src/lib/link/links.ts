/**
 * Every kind of link the atlas writes, each built here from a state or from the page's own address
 * and always through `canonicalSearch`: so a view has one link whichever way it was made (the
 * address bar, the share menu, a QR code, an embed snippet, a tour step, a speaker view).
 */
import { createLoader, type inferParserType } from 'nuqs';
import { urlParsers, type UrlKey } from './params';
import { CANONICAL_ORDER, MAX_LINK_LENGTH, canonicalSearch } from './format';
import { encodeTour } from './tour-codec';
import type { Tour } from '../tour-schema';

/** Everything a link can say, read: each parameter's value, or its default (`null` for absent). */
export type LinkValues = inferParserType<typeof urlParsers>;
/** A state to write: parameters left out (or at their default) are not in the link. */
export type LinkState = Partial<LinkValues>;

type AnyParser = { serialize: (value: unknown) => string; eq: (a: unknown, b: unknown) => boolean; defaultValue?: unknown };

/** A state as a search string: canonical order, defaults left out (as the app's own writes leave them out). */
export function searchOf(state: LinkState): string {
  const params = new URLSearchParams();
  for (const key of CANONICAL_ORDER) {
    const value = state[key];
    if (value === undefined || value === null) continue;
    const parser = urlParsers[key] as unknown as AnyParser;
    if (parser.defaultValue !== undefined && parser.eq(value, parser.defaultValue)) continue;
    params.set(key, parser.serialize(value));
  }
  return canonicalSearch(params);
}

const load = createLoader(urlParsers);
/** What a search string says (each parameter parsed as the app parses it; an invalid one reads as absent). */
export function stateOf(search: string): LinkValues {
  return load(search);
}

/** The atlas's own address (origin and path) of the page `href`, with a search and a hash. */
function atlasAddress(href: string, search: string, hash = ''): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}${search}${hash}`;
}

/** A link to a state, in the atlas that `href` is a page of. */
export function linkTo(href: string, state: LinkState): string {
  return atlasAddress(href, searchOf(state));
}

/** The link of the view `href` shows, as the share menu, its QR code and the print brief give it. */
export function viewLink(href: string): string {
  const url = new URL(href);
  return atlasAddress(href, canonicalSearch(url.searchParams), url.hash);
}

/** The view with one parameter set or removed (the rest of the link and its hash kept). */
function withParam(href: string, key: UrlKey, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  return atlasAddress(href, canonicalSearch(url.searchParams), url.hash);
}

/** The same view in embed mode (`embed=1`, once), for an embed snippet's frame. */
export const embedLink = (href: string) => withParam(href, 'embed', '1');

/** The full view of an embed: the same link without `embed=1` (the embed's "Open in the atlas"). */
export const fullViewLink = (href: string) => withParam(href, 'embed', null);

export type LinkResult = { ok: true; url: string } | { ok: false; reason: 'too-long'; length: number };

/** A link the app offers to share, or why it cannot: over `MAX_LINK_LENGTH`. */
function checked(url: string): LinkResult {
  return url.length < MAX_LINK_LENGTH ? { ok: true, url } : { ok: false, reason: 'too-long', length: url.length };
}

/** The link that opens a tour at a step (1-based); an own tour carries itself in `tourdata`, the built-in one (`tour: null`) does not. */
export function tourStepLink(href: string, opts: { tour: Tour | null; step: number; lang: LinkValues['lang'] }): LinkResult {
  return checked(linkTo(href, { lang: opts.lang, tour: opts.step, tourdata: opts.tour ? encodeTour(opts.tour) : null }));
}

/** The speaker view of a tour at a step (opened from the presenting window), in its language. */
export function speakerLink(href: string, opts: { step: number; tourdata: string | null; lang: LinkValues['lang'] }): string {
  return linkTo(href, { lang: opts.lang, tour: opts.step, tourdata: opts.tourdata, speaker: true });
}
