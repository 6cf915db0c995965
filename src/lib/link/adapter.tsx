/**
 * Where the atlas writes its address: the only calls to `history.pushState`/`replaceState` in the
 * app, and nothing of the browser's is replaced. nuqs stays the React binding (state, batching,
 * defaults), through an adapter of our own whose `updateUrl` writes the link in the one canonical
 * order (`canonicalSearch`); nuqs's own React adapter would write parameters where they were, or at
 * the end.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { unstable_createAdapterProvider as createAdapterProvider, type unstable_UpdateUrlFunction as UpdateUrlFunction } from 'nuqs/adapters/custom';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { canonicalSearch, mendLink, type LinkProblem } from './format';

type History = 'push' | 'replace';

const listeners = new Set<() => void>();

/** Writes the page's address: this view's search in canonical order (the path and hash kept). */
export function writeAddress(search: URLSearchParams | string, history: History, win: Window = window): void {
  const url = new URL(win.location.href);
  url.search = canonicalSearch(new URLSearchParams(search));
  if (history === 'push') win.history.pushState(win.history.state, '', url);
  else win.history.replaceState(win.history.state, '', url);
  for (const listener of listeners) listener();
}

/** The link the page was opened with, mended (what the link alone can tell), and what was mended. */
export type OpeningLink = { search: string; problems: LinkProblem[] };

/**
 * Mends the link the page was opened with, before the first render (main.tsx calls it), so every
 * part of the app reads a valid, canonical link from the start. Replaces the address only when it changed.
 */
export function mendOpeningLink(win: Window = window): OpeningLink {
  const { search, problems } = mendLink(win.location.search);
  if (search !== win.location.search) writeAddress(search, 'replace', win);
  return { search, problems };
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

let cached: { search: string; params: URLSearchParams } | null = null;
/** The address's parameters, one object per address (React compares snapshots by identity). */
function snapshot(): URLSearchParams {
  const search = window.location.search;
  if (cached?.search !== search) cached = { search, params: new URLSearchParams(search) };
  return cached.params;
}
const serverSnapshot = () => new URLSearchParams();

const updateUrl: UpdateUrlFunction = (search, options) => {
  writeAddress(search, options.history);
  if (options.scroll) window.scrollTo({ top: 0 });
};

function useLinkAdapter() {
  return { searchParams: useSyncExternalStore(subscribe, snapshot, serverSnapshot), updateUrl };
}

const LinkAdapterProvider = createAdapterProvider(useLinkAdapter);

const OpeningLinkContext = createContext<OpeningLink>({ search: '', problems: [] });

/** What was mended in the opening link (for the link notice). */
export const useOpeningLink = () => useContext(OpeningLinkContext);

/**
 * The link as React state for everything inside. nuqs's React adapter stays outside only for what
 * it does on Back and Forward (it drops URL updates still queued); every read and write of the
 * link goes through the adapter inside.
 */
export function LinkProvider({ opening, children }: { opening: OpeningLink; children: ReactNode }) {
  return (
    <NuqsAdapter>
      <LinkAdapterProvider>
        <OpeningLinkContext.Provider value={opening}>{children}</OpeningLinkContext.Provider>
      </LinkAdapterProvider>
    </NuqsAdapter>
  );
}
