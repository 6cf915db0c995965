import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realDataset } from '../../../test/real-dataset';
import { renderWithI18n } from '../../../test/render';
import { ZoneReach } from './zone-reach';

afterEach(cleanup);
const data = realDataset();
const outlined = data.zones.find((z) => z.drawnAs !== 'point' && z.reach?.targets.length)!;
const pointOnly = data.zones.find((z) => z.drawnAs === 'point' && z.reach?.targets.length)!;

describe('ZoneReach', () => {
  it('lists the airport and the nearest stations with their distances, one decimal, and says the method', async () => {
    await renderWithI18n(<ZoneReach zone={outlined} sources={data.sources} lang="en" />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-reach'))).toEqual(outlined.reach!.targets.map((t) => t.kind));
    const airport = outlined.reach!.targets.find((t) => t.kind === 'airport')!;
    const row = rows.find((r) => r.getAttribute('data-reach') === 'airport')!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent(`Airport ${airport.name.en}`);
    expect(within(row).getByTestId('reach-from-point')).toHaveTextContent(`${airport.fromPointKm.toFixed(1)} km`);
    expect(screen.getByText(/not road distances or travel times/)).toBeInTheDocument();
    expect(screen.getByText(/^Port: not measured/)).toBeInTheDocument();
    expect(screen.getByText(/^High-speed railway station: not measured/)).toBeInTheDocument();
  });

  it('gives the distance from the outline’s edge only for a zone drawn with one, "inside" when the place is within it', async () => {
    await renderWithI18n(<ZoneReach zone={outlined} sources={data.sources} lang="en" />);
    expect(screen.getByRole('columnheader', { name: 'From its edge' })).toBeInTheDocument();
    const inside = outlined.reach!.targets.filter((t) => t.fromEdgeKm === 0).length;
    expect(screen.queryAllByText('inside the outline')).toHaveLength(inside);
    cleanup();
    await renderWithI18n(<ZoneReach zone={pointOnly} sources={data.sources} lang="en" />);
    expect(screen.queryByRole('columnheader', { name: 'From its edge' })).toBeNull();
  });

  it('speaks Chinese, with the station’s pinyin beside its name', async () => {
    await renderWithI18n(<ZoneReach zone={outlined} sources={data.sources} lang="zh" />, 'zh');
    const train = outlined.reach!.targets.find((t) => t.kind === 'train')!;
    expect(screen.getByText('最近的火车站')).toBeInTheDocument();
    expect(screen.getByText(train.name.en, { exact: false })).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/并非道路距离/)).toBeInTheDocument();
  });

  it('draws its lines on the map on request, and takes them off', async () => {
    const onChange = vi.fn();
    await renderWithI18n(<ZoneReach zone={outlined} sources={data.sources} lang="en" onMap={{ shown: false, onChange }} />);
    const button = screen.getByRole('button', { name: 'Draw these lines on the map' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(button);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('says the location is unknown when nothing could be measured', async () => {
    await renderWithI18n(<ZoneReach zone={{ ...outlined, reach: { targets: [] } }} sources={data.sources} lang="en" />);
    expect(screen.getByText('Location unknown: no distance is measured.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
