/** The message an embedded atlas posts to its parent page whenever its height may have changed. */
export const HEIGHT_MESSAGE = 'dalian-atlas:height';

export type HeightMessage = { type: typeof HEIGHT_MESSAGE; height: number };

/** Tells the parent page how tall the embed's content is (nothing when the atlas is not in a frame). */
export function postHeight(win: Window = window): void {
  if (win.parent === win) return;
  const height = Math.ceil(win.document.documentElement.scrollHeight);
  const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
  win.parent.postMessage(message, '*');
}
