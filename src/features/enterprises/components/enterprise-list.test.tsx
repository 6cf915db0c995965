import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realDataset } from '../../../test/real-dataset';
import { renderWithI18n } from '../../../test/render';
import { EnterpriseList } from './enterprise-list';

afterEach(cleanup);

const data = realDataset();
const petro = data.enterprises.filter((e) => e.clusterId === 'petrochemicals' && e.zoneId === 'dagushan');
const dagushan = data.zones.find((z) => z.id === 'dagushan')!;
const wepec = data.enterprises.find((e) => e.id === 'wepec')!;

function item(name: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).closest('article')!;
}

describe('EnterpriseList with the real dataset', () => {
  it('names each anchor enterprise in both languages, with role, origin and where it is', async () => {
    await renderWithI18n(
      <EnterpriseList enterprises={petro} zones={data.zones} sources={data.sources} lang="en" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
    );
    expect(screen.getByRole('heading', { name: 'Anchor enterprises' })).toBeInTheDocument();
    const card = within(item(wepec.name.en));
    expect(card.getByText(wepec.name.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(card.getByText(wepec.role.en)).toBeInTheDocument();
    expect(card.getByText(wepec.origin!.en)).toBeInTheDocument();
    expect(wepec.site).toBeNull();
    expect(card.getByText(`Site not published; located in ${dagushan.name.en}`)).toBeInTheDocument();
  });

  it('says "not published" once when no origin is sourced, in both languages', async () => {
    const noOrigin = petro.find((e) => e.origin === null)!;
    const facts = (name: string) => within(item(name)).getByText(/^(Origin|来源国家\/地区)$/).closest('div')!;
    await renderWithI18n(
      <EnterpriseList enterprises={petro} zones={data.zones} sources={data.sources} lang="en" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
    );
    expect(facts(noOrigin.name.en).textContent).toBe('Originnot published');
    cleanup();
    await renderWithI18n(
      <EnterpriseList enterprises={petro} zones={data.zones} sources={data.sources} lang="zh" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
      'zh',
    );
    expect(facts(noOrigin.name.zh).textContent).toBe('来源国家/地区未公布');
  });

  it("names the document a company is named in by its title and year, never by a file number", async () => {
    const doc = data.sources.find((s) => s.id === 'doc-002-clusters')!;
    const year = doc.date!.slice(0, 4);
    const investors = data.enterprises.filter((e) => e.sourceIds.includes(doc.id) && /investor/i.test(e.role.en));
    expect(investors.length).toBeGreaterThan(5);
    for (const lang of ['en', 'zh'] as const) {
      await renderWithI18n(
        <EnterpriseList enterprises={investors} zones={data.zones} sources={data.sources} lang={lang} selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
        lang,
      );
      for (const e of investors) {
        const role = within(item(e.name[lang])).getByText(/^(Role|角色)$/).closest('div')!.querySelector('dd')!.textContent!;
        expect(role).toContain(doc.title);
        expect(role).toContain(year);
        expect(role).not.toMatch(/document \d|\d{3}号文件/i);
      }
      cleanup();
    }
  });

  it('marks a Chinese name in Latin letters as romanised, in both languages, and only that one', async () => {
    const romanised = data.enterprises.filter((e) => e.nameRomanised);
    expect(romanised.map((e) => e.id)).toEqual(['huake-engineering-plastics']);
    const huake = romanised[0]!;
    expect(huake.name.zh).toMatch(/[A-Za-z]/);
    const newMaterials = data.enterprises.filter((e) => e.zoneId === huake.zoneId);
    await renderWithI18n(
      <EnterpriseList enterprises={newMaterials} zones={data.zones} sources={data.sources} lang="en" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
    );
    const other = item(huake.name.en).querySelector('.enterprise-list__other-name')!;
    expect(other.textContent).toBe(`${huake.name.zh} (romanised: no source gives its Chinese characters)`);
    expect(screen.getAllByText('(romanised: no source gives its Chinese characters)')).toHaveLength(1);
    cleanup();
    await renderWithI18n(
      <EnterpriseList enterprises={newMaterials} zones={data.zones} sources={data.sources} lang="zh" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
      'zh',
    );
    const card = document.querySelector(`[data-enterprise="${huake.id}"]`)!;
    expect(card.querySelector('.enterprise-list__name')!.textContent).toBe(`${huake.name.zh}（拉丁字母拼写：出处未给出中文写法）`);
    expect(screen.getAllByText('（拉丁字母拼写：出处未给出中文写法）')).toHaveLength(1);
  });

  it('toggles the map highlight with a pressed button', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { rerender } = await renderWithI18n(
      <EnterpriseList enterprises={petro} zones={data.zones} sources={data.sources} lang="en" selectedEnterpriseId={null} onSelectEnterprise={onSelect} />,
    );
    const toggle = screen.getByRole('button', { name: new RegExp(`^Dalian West Pacific`) });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(onSelect).toHaveBeenLastCalledWith('wepec');

    rerender(<EnterpriseList enterprises={petro} zones={data.zones} sources={data.sources} lang="en" selectedEnterpriseId="wepec" onSelectEnterprise={onSelect} />);
    expect(screen.getByRole('button', { name: new RegExp(`^Dalian West Pacific`) })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: new RegExp(`^Dalian West Pacific`) }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('keeps its note and sources compact, opened on request', async () => {
    const user = userEvent.setup();
    await renderWithI18n(
      <EnterpriseList enterprises={[wepec]} zones={data.zones} sources={data.sources} lang="en" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
    );
    const count = new Set(wepec.sourceIds).size;
    const toggle = screen.getByRole('button', { name: new RegExp(`^Note and sources \\(${count}\\)`) });
    expect(screen.queryByText(wepec.note!.en)).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByText(wepec.note!.en)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem')).toHaveLength(count);
  });

  it('shows Chinese names first in Chinese, with the site line in Chinese', async () => {
    await renderWithI18n(
      <EnterpriseList enterprises={petro} zones={data.zones} sources={data.sources} lang="zh" selectedEnterpriseId={null} onSelectEnterprise={() => {}} />,
      'zh',
    );
    expect(screen.getByRole('heading', { name: '龙头企业' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: new RegExp(`^${wepec.name.zh}`) });
    expect(within(toggle).getByText(wepec.name.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(within(toggle).getByText(wepec.name.en)).toHaveAttribute('lang', 'en');
    expect(screen.getAllByText(`厂址未公布；位于${dagushan.name.zh}`).length).toBe(petro.length);
  });
});
