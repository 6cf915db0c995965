import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderWithI18n } from '../test/render';
import { realDataset } from '../test/real-dataset';
import { mendLink, mendWithData } from '../lib/link';
import { UrlNotice } from './url-notice';

const data = realDataset();
const problemsOf = (search: string) => {
  const a = mendLink(search);
  return [...a.problems, ...mendWithData(a.search, data).problems];
};

afterEach(cleanup);

describe('the link notice', () => {
  it('names a duplicated parameter by its name, with the value kept and the one left out', async () => {
    await renderWithI18n(<UrlNotice problems={problemsOf('?zone=dagushan&zone=huayuankou')} data={data} lang="en" onDismiss={() => {}} onOpenEnterprise={() => {}} />);
    expect(screen.getByRole('listitem').textContent).toBe('“zone” appeared more than once: kept “dagushan”, left out “huayuankou”.');
  });

  it('says an enterprise belongs to another zone and opens that zone from a button, in both languages', async () => {
    const open = vi.fn();
    const problems = problemsOf('?zone=dagushan&ent=intel');
    const { unmount } = await renderWithI18n(<UrlNotice problems={problems} data={data} lang="en" onDismiss={() => {}} onOpenEnterprise={open} />);
    expect(screen.getByRole('listitem').textContent).toContain(
      '“ent=intel” is Intel (Fab 68, Dalian), a company of the Dalian Economic and Technological Development Zone, not of this zone',
    );
    expect(screen.queryByText(/not understood/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Dalian Economic and Technological Development Zone' }));
    expect(open).toHaveBeenCalledWith('intel', problems[0]);
    unmount();
    await renderWithI18n(<UrlNotice problems={problems} data={data} lang="zh" onDismiss={() => {}} onOpenEnterprise={open} />, 'zh');
    expect(screen.getByRole('listitem').textContent).toContain('是大连经济技术开发区的企业英特尔（大连68号工厂），不属于此园区');
    expect(screen.getByRole('button', { name: '打开大连经济技术开发区' })).toBeTruthy();
  });

  it('says why chart=1, kiosk=1 and an unreadable tour were left out', async () => {
    await renderWithI18n(<UrlNotice problems={problemsOf('?chart=1&kiosk=1')} data={data} lang="en" onDismiss={() => {}} onOpenEnterprise={() => {}} />);
    const [chart, kiosk] = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(chart).toMatch(/^“chart=1” shows the chart of a zone or a cluster large/);
    expect(kiosk).toMatch(/^“kiosk=1” runs a tour on its own, and this link opens no tour/);
  });
});
