import { describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, postHeight } from './embed';

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
