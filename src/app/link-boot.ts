/**
 * Runs once, before the first render: mends the link the page was opened with (so every part of
 * the app reads a valid, canonical link from the start), and keeps every link written later in
 * canonical order.
 */
import { canonicalSearch, mendLink, type LinkProblem } from './link-format';

function mendOpeningLink(): LinkProblem[] {
  const { search, problems } = mendLink(window.location.search);
  if (search !== window.location.search) {
    const url = new URL(window.location.href);
    url.search = search;
    window.history.replaceState(window.history.state, '', url);
  }
  return problems;
}

/**
 * nuqs writes the parameters it changes where they were, or at the end; this puts every link the
 * app writes (selections, filters, the camera, tours) into the one canonical order.
 */
function keepLinksCanonical() {
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (state: unknown, unused: string, url?: string | URL | null) => {
      if (url == null) return original(state, unused, url);
      const next = new URL(url, window.location.href);
      if (next.origin === window.location.origin && next.pathname === window.location.pathname) next.search = canonicalSearch(next.searchParams);
      return original(state, unused, next);
    };
  }
}

export const openingLinkProblems: LinkProblem[] = mendOpeningLink();
keepLinksCanonical();
