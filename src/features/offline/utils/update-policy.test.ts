import { describe, expect, it } from 'vitest';
import { noticeMayShow, updateStateFor } from './update-policy';

describe('the update story across visits', () => {
  it('says nothing on a first visit or a visit with no news', () => {
    expect(updateStateFor({ waiting: false, pending: false })).toBe('none');
  });
  it('says a new version is ready while it waits for the atlas tabs to close', () => {
    expect(updateStateFor({ waiting: true, pending: false })).toBe('ready');
    expect(updateStateFor({ waiting: true, pending: true })).toBe('ready');
  });
  it('says "updated" on the visit after the download, once the new version runs', () => {
    expect(updateStateFor({ waiting: false, pending: true })).toBe('updated');
  });
  it('keeps the notice off embeds, the speaker view and presented steps', () => {
    expect(noticeMayShow({ embed: false, speaker: false, presenting: false })).toBe(true);
    expect(noticeMayShow({ embed: true, speaker: false, presenting: false })).toBe(false);
    expect(noticeMayShow({ embed: false, speaker: true, presenting: false })).toBe(false);
    expect(noticeMayShow({ embed: false, speaker: false, presenting: true })).toBe(false);
  });
});
