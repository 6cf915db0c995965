import type { UpdateState } from './update-store';

/**
 * The service worker's version story, kept across visits in localStorage: `pending` is set when a new
 * version finished downloading while an older one ran. On a later visit with no worker still waiting,
 * that version is the one running now: say "updated" once and forget it.
 */
export const PENDING_KEY = 'dalian-atlas.update-pending';

export type VersionFacts = {
  /** A new version is installed and waiting for every atlas tab to close. */
  waiting: boolean;
  /** An earlier visit saw a new version download. */
  pending: boolean;
};

export function updateStateFor({ waiting, pending }: VersionFacts): UpdateState {
  if (waiting) return 'ready';
  return pending ? 'updated' : 'none';
}

/** Whether the notice may show: never in an embed or the speaker view, never over a presented step. */
export function noticeMayShow(screen: { embed: boolean; speaker: boolean; presenting: boolean }): boolean {
  return !screen.embed && !screen.speaker && !screen.presenting;
}
