import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchIndexFromJson } from '../../../lib/search';
import { renderWithI18n } from '../../../test/render';
import { SearchBox } from './search-box';

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
// The index the data build wrote, read as the page reads it.
const index = { state: 'ready', index: searchIndexFromJson(read('search-index.json')) } as const;

afterEach(cleanup);

async function setup(lang: 'en' | 'zh' = 'en') {
  const onChoose = vi.fn();
  await renderWithI18n(<SearchBox index={index} lang={lang} onChoose={onChoose} />, lang);
  return { onChoose, user: userEvent.setup(), input: screen.getByRole('combobox') };
}

describe('SearchBox', () => {
  it('asks for its index when first used, and says it is loading rather than that nothing matches', async () => {
    const onNeedIndex = vi.fn();
    await renderWithI18n(<SearchBox index={{ state: 'loading' }} onNeedIndex={onNeedIndex} lang="en" onChoose={() => {}} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox'));
    expect(onNeedIndex).toHaveBeenCalled();
    await user.keyboard('intel');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the search index…');
    expect(screen.queryByText(/No match/)).toBeNull();
  });

  it('says why its index failed, in Chinese too, and tries again on request', async () => {
    const retry = vi.fn();
    await renderWithI18n(<SearchBox index={{ state: 'error', reason: '返回 HTTP 404', retrying: false, retry }} lang="zh" onChoose={() => {}} />, 'zh');
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), '英特尔');
    expect(screen.getByRole('status')).toHaveTextContent('搜索索引无法加载：search-index.json 返回 HTTP 404');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('is a labelled combobox, collapsed while empty', async () => {
    const { input } = await setup();
    expect(screen.getByRole('combobox', { name: 'Search zones, clusters and companies' })).toBe(input);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(listbox).toHaveAttribute('role', 'listbox');
  });

  it('lists matches with their kind and both names, and chooses one with the arrows and Enter', async () => {
    const { input, user, onChoose } = await setup();
    await user.type(input, 'hua yuan');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(within(options[0] as HTMLElement).getByText('Zone')).toBeInTheDocument();
    expect(within(options[0] as HTMLElement).getByText('Dalian Huayuankou Economic Zone')).toBeInTheDocument();
    expect(within(options[0] as HTMLElement).getByText('大连花园口经济区')).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'zone', id: 'huayuankou' }));
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('shows companies as "Company", in Chinese too, and chooses by click', async () => {
    const { input, user, onChoose } = await setup('zh');
    expect(screen.getByRole('combobox', { name: '搜索园区、集群和企业' })).toBe(input);
    await user.type(input, 'WEPEC');
    const option = screen.getAllByRole('option')[0] as HTMLElement;
    expect(within(option).getByText('企业')).toBeInTheDocument();
    expect(within(option).getByText('大连西太平洋石油化工有限公司')).toBeInTheDocument();
    await user.click(option);
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'enterprise', id: 'wepec', zoneId: 'dagushan' }));
  });

  it('closes on Escape and keeps the text; Enter picks the first match', async () => {
    const { input, user, onChoose } = await setup();
    await user.type(input, 'intel');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('intel');
    expect(screen.queryByRole('option')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    await user.type(input, ' ');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'enterprise', id: 'intel' }));
  });

  it('says when nothing matches', async () => {
    const { input, user } = await setup();
    await user.type(input, 'xqzvwkj');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No match for “xqzvwkj”');
  });

  it('lists the automotive cluster first for "automotive", before SG Automotive', async () => {
    const { input, user } = await setup();
    await user.type(input, 'automotive');
    const options = screen.getAllByRole('option');
    expect(within(options[0] as HTMLElement).getByText('Cluster')).toBeInTheDocument();
    expect(options[0]).toHaveTextContent('Automobile Industry Cluster in the Development Zone and Bonded Area');
    expect(options.some((o) => o.textContent?.includes('SG Automotive'))).toBe(true);
  });

  it('empties when the selection it chose is cleared, and only then', async () => {
    const onChoose = vi.fn();
    function Harness() {
      const [key, setKey] = useState<string | null>(null);
      return (
        <>
          <SearchBox index={index} lang="en" onChoose={(r) => { onChoose(r); setKey(`${r.kind}:${r.id}`); }} selectionKey={key} />
          <button type="button" onClick={() => setKey(null)}>close</button>
          <button type="button" onClick={() => setKey('zone:huayuankou')}>pick on map</button>
        </>
      );
    }
    await renderWithI18n(<Harness />);
    const user = userEvent.setup();
    const input = screen.getByRole('combobox');
    await user.type(input, 'dagushan{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'zone', id: 'dagushan' }));
    expect(input).toHaveValue('Dagushan Petrochemical Industrial Park');
    await user.click(screen.getByRole('button', { name: 'close' }));
    expect(input).toHaveValue('');

    // Text the user typed (not a choice) stays when a selection made elsewhere is cleared.
    await user.click(screen.getByRole('button', { name: 'pick on map' }));
    await user.type(input, 'intel');
    await user.click(screen.getByRole('button', { name: 'close' }));
    expect(input).toHaveValue('intel');
  });
});
