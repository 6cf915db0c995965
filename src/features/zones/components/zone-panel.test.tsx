import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ClusterId, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { realDataset } from '../../../test/real-dataset';
import { renderWithI18n } from '../../../test/render';
import { ZonePanel } from './zone-panel';

afterEach(cleanup);

const data = realDataset();

function Harness({ zoneId, onSelectCluster = () => {}, onClose = () => {}, lang = 'en' }: { zoneId: ZoneId; onSelectCluster?: (id: ClusterId) => void; onClose?: () => void; lang?: Lang }) {
  const zone = data.zones.find((z) => z.id === zoneId)!;
  const clusters = zone.clusterIds.map((id) => data.clusters.find((c) => c.id === id)!);
  const [active, setActive] = useState<ClusterId>(clusters[0]!.id);
  const outline = data.outlines.features.find((f) => f.properties.zoneId === zoneId)?.properties;
  return (
    <ZonePanel
      zone={zone}
      clusters={clusters}
      sources={data.sources}
      lang={lang}
      outline={outline}
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
    if (!zone.areaKm2) expect(screen.getByText('Area').nextElementSibling).toHaveTextContent('not published');
    expect(screen.getByText(new RegExp(`indicative.*±${outline.uncertaintyKm} km`))).toBeInTheDocument();
    expect(screen.queryByText(outline.method)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /How the outline was drawn/ }));
    expect(screen.getByText(outline.method)).toBeInTheDocument();
  });

  it('shows a published establishment date and area, with their note and sources on request', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'development-zone')!;
    await renderWithI18n(<Harness zoneId="development-zone" />);
    const established = screen.getByText('Established').nextElementSibling as HTMLElement;
    expect(established).toHaveTextContent('25 September 1984');
    const area = screen.getByText('Area').nextElementSibling as HTMLElement;
    expect(area).toHaveTextContent('338 km²');
    expect(screen.queryByText(zone.areaKm2!.note!.en)).not.toBeInTheDocument();
    await user.click(within(area).getByRole('button', { name: /^Note and sources \(\d+\): Area/ }));
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
      <ZonePanel zone={zone} clusters={clusters} sources={data.sources} lang="zh" activeClusterId={clusters[0]!.id} onSelectCluster={() => {}} onClose={() => {}}>
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
    for (const [label, note] of [['设立时间', zone.established!.note!], ['面积', zone.areaKm2!.note!]] as const) {
      const row = screen.getByText(label).nextElementSibling as HTMLElement;
      await user.click(within(row).getByRole('button', { name: /^说明与出处/ }));
      expect(within(row).getByText(note.zh)).toHaveAttribute('lang', 'zh-CN');
      expect(within(row).queryByText(note.en)).not.toBeInTheDocument();
      expect(within(row).getByText('译文')).toBeInTheDocument();
    }
  });

  it('without an outline, describes how the point was placed in the current language', async () => {
    const user = userEvent.setup();
    const zone = data.zones.find((z) => z.id === 'bonded-area')!;
    await renderWithI18n(
      <ZonePanel zone={zone} clusters={[data.clusters.find((c) => c.id === 'automotive')!]} sources={data.sources} lang="zh" activeClusterId="automotive" onSelectCluster={() => {}} onClose={() => {}}>
        <p>内容</p>
      </ZonePanel>,
      'zh',
    );
    await user.click(screen.getByRole('button', { name: /方法/ }));
    expect(screen.getByText(zone.location.method.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.queryByText(zone.location.method.en)).not.toBeInTheDocument();
  });
});
