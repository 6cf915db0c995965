import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { realDataset } from '../../../test/real-dataset';
import { renderWithI18n } from '../../../test/render';
import { ClusterProfile } from './cluster-profile';

afterEach(cleanup);

const data = realDataset();
const petrochemicals = data.clusters.find((c) => c.id === 'petrochemicals')!;

describe('ClusterProfile with the real dataset', () => {
  it('shows the Dagushan cluster: general information, objective and its value chain in order', async () => {
    await renderWithI18n(<ClusterProfile cluster={petrochemicals} figures={data.figures} sources={data.sources} lang="en" />);
    expect(screen.getByRole('heading', { level: 3, name: petrochemicals.name.en })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'General information' })).toBeInTheDocument();
    expect(screen.getByText(petrochemicals.general.en)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Development objective' })).toBeInTheDocument();
    const chain = screen.getByRole('list', { name: 'Value chain' });
    expect(chain.tagName).toBe('OL');
    const steps = within(chain).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(petrochemicals.valueChain.map((s) => s.en));
    expect(steps[0]).toMatch(/crude oil/i);
    expect(steps.at(-1)).toMatch(/PET/);
  });

  it('shows 44.3 billion RMB as the reported 2008 baseline and 100 billion RMB as the 2015 target', async () => {
    await renderWithI18n(<ClusterProfile cluster={petrochemicals} figures={data.figures} sources={data.sources} lang="en" />);
    const [baseline, target] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('clusters-figures__item'));
    expect(baseline).toHaveTextContent('Baseline');
    expect(within(baseline!).getByText('44.3 billion RMB')).toBeInTheDocument();
    expect(within(baseline!).getByText('reported')).toBeInTheDocument();
    expect(within(baseline!).getByText('2008')).toBeInTheDocument();
    expect(target).toHaveTextContent('Target');
    expect(within(target!).getByText('100 billion RMB')).toBeInTheDocument();
    expect(within(target!).getByText('target')).toBeInTheDocument();
    expect(within(target!).getByText('2015')).toBeInTheDocument();
    // The other figure document 002 gives for the cluster: 38 enterprises.
    expect(screen.getByText('Petrochemical enterprises in the park')).toBeInTheDocument();
  });

  it('opens the source of the baseline and shows the exact quote', async () => {
    const user = userEvent.setup();
    const baseline = data.figures.find((f) => f.id === petrochemicals.baselineFigureId)!;
    await renderWithI18n(<ClusterProfile cluster={petrochemicals} figures={data.figures} sources={data.sources} lang="en" />);
    await user.click(screen.getByRole('button', { name: /^Source: Output value, 2008/ }));
    const quote = screen.getByText(baseline.quote);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote).toHaveTextContent('achieved an output value of 44.3 billion RMB');
  });

  it('marks the Chinese text as a translation and offers the English original', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ClusterProfile cluster={petrochemicals} figures={data.figures} sources={data.sources} lang="zh" />, 'zh');
    expect(screen.getByRole('heading', { level: 3, name: petrochemicals.name.zh })).toBeInTheDocument();
    expect(screen.getByText(petrochemicals.general.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getAllByText('译文').length).toBeGreaterThanOrEqual(2);
    const general = screen.getByRole('heading', { name: '概况' }).parentElement!;
    await user.click(within(general).getByRole('button', { name: /原文（英文）/ }));
    expect(within(general).getByText(petrochemicals.general.en)).toHaveAttribute('lang', 'en');
    expect(screen.getByText('443亿元')).toBeInTheDocument();
    expect(screen.getByText('1000亿元')).toBeInTheDocument();
  });
});
