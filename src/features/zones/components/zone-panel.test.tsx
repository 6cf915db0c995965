import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { zoneSummary, type ClusterId, type ZoneId } from '../../../lib/data/schemas';
import { realDataset } from '../../../test/real-dataset';
import { renderWithI18n } from '../../../test/render';
import { ZonePanel } from './zone-panel';

afterEach(cleanup);

const data = realDataset();
const summaries = data.zones.map(zoneSummary);

type HarnessProps = { zoneId: ZoneId; detailLoaded?: boolean; onSelectCluster?: (id: ClusterId) => void; onClose?: () => void; onSelectZone?: (id: ZoneId) => void; lang?: 'en' | 'zh' };

function Harness({ zoneId, detailLoaded = true, onSelectCluster = () => {}, onClose = () => {}, onSelectZone = () => {}, lang = 'en' }: HarnessProps) {
  const zone = data.zones.find((z) => z.id === zoneId)!;
  const clusters = zone.clusterIds.map((id) => data.clusters.find((c) => c.id === id)!);
  const [active, setActive] = useState<ClusterId | null>(clusters[0]?.id ?? null);
  const outline = data.outlines.features.find((f) => f.properties.zoneId === zoneId)?.properties;
  return (
    <ZonePanel
      zone={zoneSummary(zone)}
      detail={detailLoaded ? zone : undefined}
      detailNotice={<p role="status">Loading this zone’s facts…</p>}
      clusters={clusters}
      sources={data.sources}
      lang={lang}
      outline={outline}
      parentZone={summaries.find((z) => z.id === zone.parentZoneId)}
      childZones={summaries.filter((z) => z.parentZoneId === zone.id)}
      onSelectZone={onSelectZone}
      activeClusterId={active}
      onSelectCluster={(id) => {
        onSelectCluster(id);
        setActive(id);
      }}
      onClose={onClose}
    >
      <p>Content of {active}</p>
    </ZonePanel>
  );
}

describe('ZonePanel with the real dataset', () => {
  it('is a region named by the zone, with the Chinese name beneath', async () => {
    const zone = data.zones.find((z) => z.id === 'development-zone')!;
    await renderWithI18n(<Harness zoneId="development-zone" />);
    expect(screen.getByRole('region', { name: zone.name.en })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: zone.name.en })).toBeInTheDocument();
    expect(screen.getByText(zone.name.zh)).toHaveAttribute('lang', 'zh-CN');
  });

  it('before its detail file has loaded, shows its names, relations and cluster tabs, with the notice in place of its facts', async () => {
    const zone = data.zones.find((z) => z.id === 'dagushan')!;
    await renderWithI18n(<Harness zoneId="dagushan" detailLoaded={false} />);
    expect(screen.getByRole('heading', { level: 2, name: zone.name.en })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading this zone’s facts…');
    expect(screen.getAllByRole('tab').length).toBe(zone.clusterIds.length);
    expect(screen.getByRole('button', { name: /Development Zone/ })).toBeInTheDocument();
    expect(screen.queryByText(/catalogue|Location|Established/i)).toBeNull();
  });

  it('gives the Development Zone two cluster tabs, electronics and automotive, switched with the arrow keys', async () => {
    const user = userEvent.setup();
    const onSelectCluster = vi.fn();
    await renderWithI18n(<Harness zoneId="development-zone" onSelectCluster={onSelectCluster} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(expect.arrayContaining(['Electronic information', 'Automotive']));
    expect(tabs).toHaveLength(2);
    const [first, second] = tabs as [HTMLElement, HTMLElement];
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: first.textContent! })).toHaveTextContent(/Content of/);

    await user.click(first);
    await user.keyboard('{ArrowRight}');
    expect(onSelectCluster).toHaveBeenLastCalledWith(data.zones.find((z) => z.id === 'development-zone')!.clusterIds[1]);
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel', { name: second.textContent! })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(second).toHaveAttribute('aria-selected', 'true');
  });

  it('says what is not published and that the outline is indicative, with its method on request', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'dagushan')!;
    const outline = data.outlines.features.find((f) => f.properties.zoneId === 'dagushan')!.properties;
    await renderWithI18n(<Harness zoneId="dagushan" />);
    if (!zone.established) expect(screen.getByText('Established').nextElementSibling).toHaveTextContent('not published');
    if (!zone.areaKm2) expect(screen.getByTestId('area-source')).toHaveTextContent(/^Administered\s*not published/);
    // Dagushan is not a zone of the catalogue, and the panel says so.
    expect(screen.getByTestId('zone-catalogue')).toHaveTextContent("Not in China's 2018 catalogue of development zones");
    expect(screen.getByTestId('area-approved')).toHaveTextContent('none: not in the catalogue');
    expect(screen.getByText(new RegExp(`indicative.*±${outline.uncertaintyKm} km`))).toBeInTheDocument();
    expect(screen.queryByText(outline.method.en)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /How the outline was drawn/ }));
    expect(screen.getByText(outline.method.en)).toBeInTheDocument();
  });

  it('states how the outline was made, with the outline and sourced areas and the sources', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness zoneId="high-tech-zone" />);
    expect(screen.getByText(/^Approximate: built from the boundaries of the 3 streets it administers \(Lingshui 凌水, Qixianling 七贤岭, Longwangtang 龙王塘\)\.$/)).toBeInTheDocument();
    expect(screen.getByTestId('outline-areas')).toHaveTextContent(/^Outline 146 km² · sourced 153 km² \(the zone today \(three streets\)\)$/);
    await user.click(screen.getByRole('button', { name: /^Sources of the outline \(\d+\)/ }));
    expect(screen.getByText(/Vonng\/adcode: China administrative division codes/)).toBeInTheDocument();
    expect(screen.getByText(/大连高新区 园区概况/)).toBeInTheDocument();
  });

  it('states the method in Chinese, marked as a translation', async () => {
    const outline = data.outlines.features.find((f) => f.properties.zoneId === 'development-zone')!.properties;
    await renderWithI18n(<Harness zoneId="development-zone" lang="zh" />, 'zh');
    expect(screen.getByText(outline.summary.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByTestId('outline-areas')).toHaveTextContent('轮廓面积454平方公里 · 来源面积405平方公里');
    expect(screen.getAllByText('译文').length).toBeGreaterThan(0);
  });

  it('says which zone a zone is part of, and opens it with one click', async () => {
    const user = userEvent.setup();
    const onSelectZone = vi.fn();
    await renderWithI18n(<Harness zoneId="dagushan" onSelectZone={onSelectZone} />);
    const relations = screen.getByTestId('zone-relations');
    expect(relations).toHaveTextContent(/^Part of Dalian Economic and Technological Development Zone/);
    await user.click(within(relations).getByRole('button', { name: 'Dalian Economic and Technological Development Zone' }));
    expect(onSelectZone).toHaveBeenCalledWith('development-zone');
  });

  it('lists the zones a zone contains, each a button', async () => {
    const user = userEvent.setup();
    const onSelectZone = vi.fn();
    await renderWithI18n(<Harness zoneId="development-zone" onSelectZone={onSelectZone} />);
    const list = screen.getByRole('list', { name: 'Contains:' });
    const children = data.zones.filter((z) => z.parentZoneId === 'development-zone').map((z) => z.name.en);
    expect(children).toEqual(expect.arrayContaining(['Dagushan Petrochemical Industrial Park', 'Dalian Bonded Zone (Dalian Free Trade Zone)', 'Liaoning Dalian Export Processing Zone']));
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(children);
    await user.click(within(list).getByRole('button', { name: 'Dalian Bonded Zone (Dalian Free Trade Zone)' }));
    expect(onSelectZone).toHaveBeenCalledWith('bonded-area');
  });

  it('shows no relation for a zone that is neither part of nor contains another', async () => {
    await renderWithI18n(<Harness zoneId="huayuankou" />);
    expect(screen.queryByTestId('zone-relations')).not.toBeInTheDocument();
  });

  it('shows a published establishment date and area, with their note and sources on request', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'development-zone')!;
    await renderWithI18n(<Harness zoneId="development-zone" />);
    const established = screen.getByText('Established').nextElementSibling as HTMLElement;
    expect(established).toHaveTextContent('25 September 1984');
    const area = screen.getByTestId('area-source');
    expect(area).toHaveTextContent(/^Administered\s*338 km²/);
    expect(screen.queryByText(zone.areaKm2!.note!.en)).not.toBeInTheDocument();
    await user.click(within(area).getByRole('button', { name: /^Note and sources \(\d+\): Administered/ }));
    expect(within(area).getByText(zone.areaKm2!.note!.en)).toBeInTheDocument();
    expect(within(area).getAllByRole('listitem')).toHaveLength(new Set(zone.areaKm2!.sourceIds).size);
  });

  it('closes with the "Close zone panel" button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    await renderWithI18n(<Harness zoneId="dagushan" onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Close zone panel' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('speaks Chinese: the Chinese name as the heading, the English beneath, 关闭园区面板', async () => {
    const zone = data.zones.find((z) => z.id === 'development-zone')!;
    const clusters = zone.clusterIds.map((id) => data.clusters.find((c) => c.id === id)!);
    await renderWithI18n(
      <ZonePanel zone={zone} detail={zone} clusters={clusters} sources={data.sources} lang="zh" activeClusterId={clusters[0]!.id} onSelectCluster={() => {}} onClose={() => {}}>
        <p>内容</p>
      </ZonePanel>,
      'zh',
    );
    expect(screen.getByRole('heading', { level: 2, name: zone.name.zh })).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText(zone.name.en)).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: '关闭园区面板' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(expect.arrayContaining(['电子信息', '汽车']));
  });

  it('gives the established and area notes in Chinese in Chinese, each marked as our translation', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'development-zone')!;
    await renderWithI18n(<Harness zoneId="development-zone" lang="zh" />, 'zh');
    for (const [label, note] of [['设立时间', zone.established!.note!], ['管辖面积', zone.areaKm2!.note!]] as const) {
      const row = screen.getByText(label).nextElementSibling as HTMLElement;
      await user.click(within(row).getByRole('button', { name: /^说明与出处/ }));
      expect(within(row).getByText(note.zh)).toHaveAttribute('lang', 'zh-CN');
      expect(within(row).queryByText(note.en)).not.toBeInTheDocument();
      expect(within(row).getByText('译文')).toBeInTheDocument();
    }
  });

  it("tells the Development Zone's approved area (catalogue) from its administered area and from the outline drawn", async () => {
    await renderWithI18n(<Harness zoneId="development-zone" />);
    const areas = screen.getByRole('region', { name: 'Area: which figure is which' });
    expect(within(areas).getByTestId('area-approved')).toHaveTextContent(/^Approved \(2018 catalogue\)\s*20 km² \(2,000 ha\)/);
    expect(within(areas).getByTestId('area-source')).toHaveTextContent(/^Administered\s*338 km²/);
    expect(within(areas).getByTestId('area-outline')).toHaveTextContent(/^On the map\s*Outline 454 km² · sourced 405 km²/);
    cleanup();
    await renderWithI18n(<Harness zoneId="development-zone" lang="zh" />, 'zh');
    expect(screen.getByRole('region', { name: '面积：各数字的含义' })).toHaveTextContent(/核准面积（2018年版目录）\s*20平方公里（2,000公顷）/);
  });

  it('shows the catalogue record with its source: code, level, type, approval date, approved area and leading industries, in both languages', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness zoneId="changxing-island" />);
    const record = screen.getByRole('region', { name: "In China's 2018 catalogue of development zones" });
    expect(within(record).getByTestId('catalogue-code')).toHaveTextContent('G211067');
    expect(within(record).getByTestId('catalogue-level')).toHaveTextContent('State level (approved by the State Council)');
    expect(within(record).getByTestId('catalogue-type')).toHaveTextContent('经济技术开发区 economic and technological development zone');
    expect(within(record).getByTestId('catalogue-approved')).toHaveTextContent('April 2010');
    expect(within(record).getByTestId('catalogue-area')).toHaveTextContent('719.98 ha (7.2 km²)');
    // The catalogue's words, each with our English rendering, marked as ours for a screen reader.
    expect(within(within(record).getByTestId('catalogue-industries')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '石化 petrochemicals (our rendering)',
      '船舶海工 shipbuilding and offshore engineering (our rendering)',
      '装备制造 equipment manufacturing (our rendering)',
    ]);
    await user.click(within(record).getByRole('button', { name: /^Source of the record/ }));
    expect(within(record).getAllByRole('listitem').some((li) => /China Development Zone Audit Announcement Catalogue/.test(li.textContent ?? ''))).toBe(true);
    cleanup();
    await renderWithI18n(<Harness zoneId="changxing-island" lang="zh" />, 'zh');
    const zh = screen.getByRole('region', { name: '2018年版《中国开发区审核公告目录》所载' });
    expect(within(zh).getByTestId('catalogue-level')).toHaveTextContent('国家级（国务院批准）');
    expect(within(zh).getByTestId('catalogue-industries')).toHaveTextContent('石化船舶海工装备制造');
    expect(within(zh).getByTestId('catalogue-approved')).toHaveTextContent('2010年4月');
  });

  it('a zone shown as a point says so, with its uncertainty and how it was placed, and that no source links it to a cluster', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'wafangdian-bearing-park')!;
    await renderWithI18n(<Harness zoneId={zone.id} />);
    expect(screen.getByTestId('area-outline')).toHaveTextContent(`A point, uncertain by about ±${zone.location.uncertaintyKm} km`);
    expect(screen.getByText(/^The map shows this zone as a point, not an outline: uncertain by about ±34 km\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /How the point was placed/ }));
    expect(screen.getByText(zone.location.method.en)).toBeInTheDocument();
    expect(screen.getByTestId('zone-no-cluster')).toHaveTextContent(/^Not linked to any of the five industrial clusters/);
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });

  it('without an outline, describes how the point was placed in the current language', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'bonded-area')!;
    await renderWithI18n(
      <ZonePanel zone={zone} detail={zone} clusters={[data.clusters.find((c) => c.id === 'automotive')!]} sources={data.sources} lang="zh" activeClusterId="automotive" onSelectCluster={() => {}} onClose={() => {}}>
        <p>内容</p>
      </ZonePanel>,
      'zh',
    );
    await user.click(screen.getByRole('button', { name: /方法/ }));
    expect(screen.getByText(zone.location.method.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.queryByText(zone.location.method.en)).not.toBeInTheDocument();
  });
});
