/**
 * The link module: the one owner of the atlas's link. Its parameters and how each reads (params.ts);
 * the one order they are written in, the format's versions and migrations, and mending with and
 * without the data (format.ts); a tour carried in a link (tour-codec.ts); every kind of link the app
 * writes (links.ts); and the one place the page's address is written (adapter.tsx). Everything
 * outside imports it from here.
 */
export { VIEWS, parseAsCamera, readCamera, urlParsers, type Camera, type UrlKey, type View } from './params';
export {
  CANONICAL_ORDER,
  LINK_VERSION,
  MAX_LINK_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TOURDATA_LENGTH,
  MIGRATIONS,
  NEEDS,
  canonicalSearch,
  mendLink,
  mendWithData,
  shown,
  type LinkFix,
  type LinkProblem,
} from './format';
export { decodeTour, encodeTour, type DecodeResult } from './tour-codec';
export {
  embedLink,
  fullViewLink,
  linkTo,
  searchOf,
  speakerLink,
  stateOf,
  tourStepLink,
  viewLink,
  type LinkResult,
  type LinkState,
  type LinkValues,
} from './links';
export { LinkProvider, mendOpeningLink, useOpeningLink, writeAddress, type OpeningLink } from './adapter';
