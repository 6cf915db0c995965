import { describe, expect, it } from 'vitest';
import { actionForKey, keyLabel, TOUR_KEYS } from './keys';

describe('the presentation key table', () => {
  it.each([
    ['next', ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N', 'Enter']],
    ['prev', ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace']],
    ['first', ['Home']],
    ['last', ['End']],
    ['black', ['b', 'B', '.']],
    ['white', ['w', 'W']],
    ['fullscreen', ['f', 'F']],
    ['help', ['?']],
    ['leave', ['Escape']],
    ['speaker', ['s']],
    ['qr', ['q']],
    ['return', ['r']],
    ['jump', ['0', '5', '9']],
  ] as const)('maps every key of %s', (action, keys) => {
    for (const key of keys) expect(actionForKey({ key }), key).toBe(action);
  });

  it('leaves browser chords and unknown keys alone', () => {
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(actionForKey({ key: 'x' })).toBeNull();
    expect(actionForKey({ key: 'F5' })).toBeNull();
  });

  it('binds each key to one action only', () => {
    const all = TOUR_KEYS.flatMap((b) => b.keys);
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes keys for the help overlay', () => {
    expect([keyLabel('ArrowRight', 'Space'), keyLabel(' ', '空格'), keyLabel('b', 'Space'), keyLabel('PageDown', 'Space')]).toEqual(['→', '空格', 'B', 'Page Down']);
  });
});
