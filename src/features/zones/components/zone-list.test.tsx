import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLUSTER_COLORS } from '../../../config/cluster-colors';
import { ClustersSchema, parseOrThrow, ZoneIndexSchema } from '../../../lib/data/schemas';
import { renderWithI18n } from '../../../test/render';
import { ZoneList } from './zone-list';

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
const zones = parseOrThrow(ZoneIndexSchema, read('zones.json'), 'zones.json');
const clusters = parseOrThrow(ClustersSchema, read('clusters.json'), 'clusters.json');

afterEach(cleanup);

function setup(lang: 'en' | 'zh' = 'en', selectedZoneId: (typeof zones)[number]['id'] | null = null) {
  const onSelectZone = vi.fn();
  const view = renderWithI18n(
    <ZoneList zones={zones} clusters={clusters} colors={CLUSTER_COLORS} lang={lang} selectedZoneId={selectedZoneId} onSelectZone={onSelectZone} />,
    lang,
  );
  return { onSelectZone, view };
}

describe('ZoneList', () => {
  it('shows one button per zone, with its name and its clusters', async () => {
    await setup();
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(zones.length);
    const dagushan = zones.find((z) => z.id === 'dagushan');
    const button = screen.getByRole('button', { name: new RegExp(dagushan?.name.en ?? 'Dagushan') });
    expect(within(button).getByText('Petrochemicals')).toBeInTheDocument();
  });

  it('shows the names in Chinese', async () => {
    await setup('zh');
    const huayuankou = zones.find((z) => z.id === 'huayuankou');
    expect(screen.getByRole('button', { name: new RegExp(huayuankou?.name.zh ?? '花园口') })).toBeInTheDocument();
  });

  it('marks the selected zone with aria-pressed', async () => {
    await setup('en', 'huayuankou');
    const pressed = screen.getAllByRole('button', { pressed: true });
    expect(pressed).toHaveLength(1);
    expect(pressed[0]).toHaveAttribute('data-zone', 'huayuankou');
  });

  it('selects a zone by click, Enter and Space, and moves focus with the arrow keys', async () => {
    const user = userEvent.setup();
    const { onSelectZone } = await setup();
    const buttons = screen.getAllByRole('button');
    await user.click(buttons[1] as HTMLElement);
    expect(onSelectZone).toHaveBeenLastCalledWith(zones[1]?.id);

    await user.tab();
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectZone).toHaveBeenLastCalledWith(zones[2]?.id);
    await user.keyboard('{ArrowDown}');
    expect(buttons[3]).toHaveFocus();
    await user.keyboard(' ');
    expect(onSelectZone).toHaveBeenLastCalledWith(zones[3]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons[zones.length - 1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[0]).toHaveFocus();
  });

  it('says so when every zone is hidden', async () => {
    await renderWithI18n(<ZoneList zones={[]} clusters={clusters} colors={CLUSTER_COLORS} lang="en" selectedZoneId={null} onSelectZone={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/no zone is shown/i)).toBeInTheDocument();
  });
});
