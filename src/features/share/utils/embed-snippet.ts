/** The link of a view in embed mode: the same query with `embed=1` added (once), the hash kept. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  const params = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && p !== 'embed' && !p.startsWith('embed='));
  params.push('embed=1');
  return `${url.origin}${url.pathname}?${params.join('&')}${url.hash}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const EMBED_SIZE = { width: 800, height: 600 } as const;

/** `<iframe src="…&amp;embed=1" width="800" height="600" title="…"></iframe>`, ready to paste into a page. */
export function embedSnippet(href: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  const src = escapeAttribute(embedUrl(href));
  return `<iframe src="${src}" width="${size.width}" height="${size.height}" title="${escapeAttribute(title)}" style="border:0" loading="lazy"></iframe>`;
}
