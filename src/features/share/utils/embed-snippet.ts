import { embedLink } from '../../../lib/link';

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const EMBED_SIZE = { width: 800, height: 600 } as const;

/** The view's embed link (the link module's `embedLink`) in a frame: `<iframe src="…&amp;embed=1" width="800" height="600" title="…"></iframe>`, ready to paste into a page. */
export function embedSnippet(href: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  const src = escapeAttribute(embedLink(href));
  return `<iframe src="${src}" width="${size.width}" height="${size.height}" title="${escapeAttribute(title)}" style="border:0" loading="lazy"></iframe>`;
}
