import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useState } from 'react';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClustersSchema, EnterprisesSchema, parseOrThrow, ZoneIndexSchema } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { renderWithI18n } from '../../../test/render';
import { EMPTY_FILTERS, type EnterpriseFilters } from '../utils/filter-enterprises';
import { EnterpriseDirectory } from './enterprise-directory';

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
const zones = parseOrThrow(ZoneIndexSchema, read('zones.json'), 'zones');
const clusters = parseOrThrow(ClustersSchema, read('clusters.json'), 'clusters');
const enterprises = parseOrThrow(EnterprisesSchema, read('enterprises.json'), 'enterprises');
const total = enterprises.length;

afterEach(cleanup);

/** The app keeps the filters (in the URL); here a state does. */
function Harness({ lang, onChoose, initial = EMPTY_FILTERS }: { lang: Lang; onChoose: (id: string) => void; initial?: EnterpriseFilters }) {
  const [filters, setFilters] = useState(initial);
  return (
    <EnterpriseDirectory
      enterprises={enterprises}
      zones={zones}
      clusters={clusters}
      lang={lang}
      filters={filters}
      onFiltersChange={setFilters}
      onChooseEnterprise={onChoose}
    />
  );
}

async function setup(lang: Lang = 'en', initial?: EnterpriseFilters) {
  const onChoose = vi.fn();
  await renderWithI18n(<Harness lang={lang} onChoose={onChoose} initial={initial} />, lang);
  return { onChoose, user: userEvent.setup() };
}

const rows = () => within(screen.getByRole('list')).getAllByRole('button');

describe('EnterpriseDirectory', () => {
  it('lists every enterprise with the count, and chooses one', async () => {
    const { user, onChoose } = await setup();
    expect(screen.getByRole('status')).toHaveTextContent(`${total} of ${total} enterprises`);
    expect(rows()).toHaveLength(total);
    await user.click(screen.getByRole('button', { name: /Intel \(Fab 68, Dalian\)/ }));
    expect(onChoose).toHaveBeenCalledWith('intel');
  });

  it('marks the romanised Chinese name, and only it, in both languages', async () => {
    await setup();
    const huake = rows().find((r) => r.getAttribute('data-enterprise') === 'huake-engineering-plastics')!;
    expect(huake.querySelector('.enterprise-directory__other')!.textContent).toBe('Huake工程塑料基地 (romanised: no source gives its Chinese characters)');
    expect(screen.getAllByText('(romanised: no source gives its Chinese characters)')).toHaveLength(1);
    cleanup();
    await setup('zh');
    const zh = rows().find((r) => r.getAttribute('data-enterprise') === 'huake-engineering-plastics')!;
    expect(zh.querySelector('.enterprise-directory__name')!.textContent).toBe('Huake工程塑料基地（拉丁字母拼写：出处未给出中文写法）');
    expect(screen.getAllByText('（拉丁字母拼写：出处未给出中文写法）')).toHaveLength(1);
  });

  it('finds by pinyin alias and by Chinese name', async () => {
    const { user } = await setup();
    const box = screen.getByRole('searchbox', { name: 'Search enterprises' });
    await user.type(box, 'xi tai');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveAttribute('data-enterprise', 'wepec');
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${total} enterprises`);
    await user.clear(box);
    await user.type(box, '英特尔');
    expect(rows().map((r) => r.getAttribute('data-enterprise'))).toEqual(['intel']);
  });

  it('filters by cluster, zone and origin, each with "All"', async () => {
    const { user } = await setup();
    const usa = enterprises.filter((e) => e.origin?.en === 'United States').length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Origin' }), 'United States');
    expect(rows()).toHaveLength(usa);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cluster' }), 'electronics');
    expect(rows().map((r) => r.getAttribute('data-enterprise'))).toEqual(['intel']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Origin' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cluster' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zone' }), 'bonded-area');
    expect(rows()).toHaveLength(enterprises.filter((e) => e.zoneId === 'bonded-area').length);
  });

  it('has a clear empty state that clears the filters', async () => {
    const { user } = await setup('en', { ...EMPTY_FILTERS, q: 'zzqxv', cluster: 'software' });
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('No enterprise matches “zzqxv” with these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(total);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('speaks Chinese', async () => {
    await setup('zh');
    expect(screen.getByRole('heading', { name: '企业' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`共${total}家企业，显示${total}家`);
    expect(within(screen.getByRole('combobox', { name: '产业集群' })).getByRole('option', { name: '全部' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /英特尔（大连68号工厂）/ })).toBeInTheDocument();
  });
});
