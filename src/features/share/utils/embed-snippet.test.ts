import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './embed-snippet';

describe('embed snippet', () => {
  it('adds embed=1 once and leaves the rest of the link as it was', () => {
    expect(embedUrl('http://127.0.0.1:4173/?zone=dagushan&hide=software,automotive')).toBe(
      'http://127.0.0.1:4173/?zone=dagushan&hide=software,automotive&embed=1',
    );
    expect(embedUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/?embed=1');
    expect(embedUrl('http://127.0.0.1:4173/?embed=1&lang=zh')).toBe('http://127.0.0.1:4173/?lang=zh&embed=1');
  });

  it('is an iframe with a size and a title, with the link and the title escaped as attribute text', () => {
    const html = embedSnippet('http://x.test/?q=%3Cb%3E&lang=zh', 'A "quoted" <b>name</b> & more');
    expect(html).toBe(
      '<iframe src="http://x.test/?q=%3Cb%3E&amp;lang=zh&amp;embed=1" width="800" height="600" title="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more" style="border:0" loading="lazy"></iframe>',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('http://x.test/?q=%3Cb%3E&lang=zh&embed=1');
    expect(frame.title).toBe('A "quoted" <b>name</b> & more');
    expect(doc.querySelector('b')).toBeNull();
  });
});
