import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realDataset } from '../../../test/real-dataset';
import { renderWithI18n } from '../../../test/render';
import { ClusterPanel } from './cluster-panel';

afterEach(cleanup);

const data = realDataset();
const automotive = data.clusters.find((c) => c.id === 'automotive')!;
const zones = automotive.zoneIds.map((id) => data.zones.find((z) => z.id === id)!);

describe('ClusterPanel with the real dataset', () => {
  it('lists the automotive cluster zones as buttons that open the zone panel', async () => {
    const user = userEvent.setup();
    const onSelectZone = vi.fn();
    await renderWithI18n(
      <ClusterPanel cluster={automotive} zones={zones} lang="en" onSelectZone={onSelectZone} onClose={() => {}}>
        <p>profile here</p>
      </ClusterPanel>,
    );
    expect(screen.getByRole('region', { name: automotive.name.en })).toHaveTextContent('profile here');
    const buttons = screen.getAllByRole('button', { name: /Open zone panel/ });
    expect(buttons).toHaveLength(2);
    expect(buttons[1]).toHaveTextContent(zones[1]!.name.en);
    await user.click(buttons[1]!);
    expect(onSelectZone).toHaveBeenCalledWith(zones[1]!.id);
  });

  it('closes with "Close cluster panel" and speaks Chinese', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    await renderWithI18n(
      <ClusterPanel cluster={automotive} zones={zones} lang="zh" onSelectZone={() => {}} onClose={onClose}>
        <p />
      </ClusterPanel>,
      'zh',
    );
    expect(screen.getByRole('heading', { level: 2, name: automotive.name.zh })).toBeInTheDocument();
    expect(screen.getByText(zones[0]!.name.zh)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '关闭集群面板' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
