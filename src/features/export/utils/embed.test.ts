import { describe, expect, it, vi } from 'vitest';
import { fullViewUrl, HEIGHT_MESSAGE, postHeight } from './embed';

describe('fullViewUrl', () => {
  it('drops embed=1 and keeps every other parameter in order', () => {
    expect(fullViewUrl('https://atlas.example/app/?zone=dagushan&embed=1&lang=zh')).toBe('https://atlas.example/app/?zone=dagushan&lang=zh');
  });
  it('gives the bare address when embed was the only parameter', () => {
    expect(fullViewUrl('https://atlas.example/?embed=1')).toBe('https://atlas.example/');
  });
});

describe('postHeight', () => {
  it('posts the document height to the parent page', () => {
    const postMessage = vi.fn();
    const win = { parent: { postMessage }, document: { documentElement: { scrollHeight: 612.4 } } } as unknown as Window;
    postHeight(win);
    expect(postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, height: 613 }, '*');
  });
  it('posts nothing outside a frame', () => {
    const postMessage = vi.fn();
    const win = { postMessage, document: { documentElement: { scrollHeight: 600 } } } as unknown as Window & { parent: Window };
    (win as { parent: Window }).parent = win;
    postHeight(win);
    expect(postMessage).not.toHaveBeenCalled();
  });
});
