import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet';

describe('embed snippet', () => {
  it('is an iframe with a size and a title, with the link and the title escaped as attribute text', () => {
    const html = embedSnippet('http://x.test/?dq=%3Cb%3E&lang=zh', 'A "quoted" <b>name</b> & more');
    expect(html).toBe(
      '<iframe src="http://x.test/?lang=zh&amp;dq=%3Cb%3E&amp;embed=1" width="800" height="600" title="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more" style="border:0" loading="lazy"></iframe>',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('http://x.test/?lang=zh&dq=%3Cb%3E&embed=1');
    expect(frame.title).toBe('A "quoted" <b>name</b> & more');
    expect(doc.querySelector('b')).toBeNull();
  });
});
