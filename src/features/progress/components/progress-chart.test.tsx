import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import type { Cluster, Figure, Source } from '../../../lib/data/schemas';
import { renderWithI18n } from '../../../test/render';
import { ClusterComparisonChart } from './cluster-comparison-chart';
import { ProgressChart } from './progress-chart';

afterEach(cleanup);

// FIXTURE: a small made-up dataset shaped like the real one. Only 44.3 (2008) and 100 (2015) are the
// Dagushan figures of document 002; the later values and the second source are invented for the test.
const localized = (en: string, zh: string) => ({ en, zh });

function figure(over: Partial<Figure> & Pick<Figure, 'id' | 'value' | 'year'>): Figure {
  return {
    clusterId: 'petrochemicals',
    zoneId: 'dagushan',
    metric: localized('output value', '产值'),
    unit: 'CNY-billion',
    kind: 'reported',
    scope: 'park',
    scopeNote: localized('Dagushan park', '大孤山石化园区'),
    sourceId: 'fixture-plan',
    quote: 'fixture',
    ...over,
  };
}

const cluster: Cluster = {
  id: 'petrochemicals',
  name: localized('Dagushan petrochemicals', '大孤山石化'),
  sourceName: 'Dagu Mountain Petrochemical Industrial Clusters',
  general: localized('g', 'g'),
  objective: localized('o', 'o'),
  valueChain: [],
  valueChainSourceIds: ['fixture-plan'],
  zoneIds: ['dagushan'],
  baselineFigureId: 'base',
  targetFigureId: 'target',
  sourceIds: ['fixture-plan'],
};

const base = figure({ id: 'base', value: 44.3, year: 2008 });
const target = figure({ id: 'target', value: 100, year: 2015, kind: 'target' });
const park2012 = figure({ id: 'park-2012', value: 70, year: 2012, progress: true, sourceId: 'fixture-news' });
const city2013 = figure({
  id: 'city-2013',
  value: 150,
  year: 2013,
  progress: true,
  scope: 'city',
  zoneId: null,
  scopeNote: localized('Dalian city', '大连市'),
  sourceId: 'fixture-news',
});
const projected = figure({ id: 'proj-2014', value: 90, year: 2014, progress: true, kind: 'projected', sourceId: 'fixture-news' });

const sources: Source[] = [
  { id: 'fixture-plan', title: 'Fixture planning page', url: 'https://example.org/plan', date: '2010-03', kind: 'primary' },
  { id: 'fixture-news', title: 'Fixture newspaper', date: '2013-01-05', kind: 'cited', repost: true },
];

const withI18n = (ui: ReactElement, lang: 'en' | 'zh' = 'en') => renderWithI18n(ui, lang);

describe('ProgressChart', () => {
  it('states the required growth, the latest comparable value and its share, and the scope caveat', async () => {
    await withI18n(<ProgressChart cluster={cluster} figures={[base, target, park2012, city2013, projected]} sources={sources} lang="en" width={500} />);
    const chart = screen.getByRole('img', { name: 'Dagushan petrochemicals: progress towards the target' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const summary = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(summary?.tagName).toBe('P');
    const text = summary?.textContent ?? '';
    expect(text).toContain('Baseline: 44.3 billion RMB in 2008 (Dagushan park).');
    expect(text).toContain('Target: 100 billion RMB by 2015.');
    expect(text).toContain('12.3% a year');
    expect(text).toContain('Latest comparable value: 70 billion RMB in 2012, 70% of the target.');
    expect(text).toContain('Growth achieved from 2008 to 2012: 12.1% a year.');
    expect(text).toContain('different scopes (Dagushan park; Dalian city)');
    expect(text).toContain('Hollow markers are projected or derived values');
    expect(text).not.toContain('No output value figure');
  });

  it('says plainly that no later value is sourced instead of drawing a guess', async () => {
    await withI18n(<ProgressChart cluster={cluster} figures={[base, target]} sources={sources} lang="en" />);
    expect(
      screen.getByText(/No output value figure after 2008 has been found in the sources; the chart shows only the baseline and the target\./),
    ).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2008 baseline: 44.3 billion RMB',
      '2015 target: 100 billion RMB',
      'required path (12.3%/yr)',
    ]);
  });

  it('cites its sources as the panel does, behind a button, with what each is used for', async () => {
    await withI18n(<ProgressChart cluster={cluster} figures={[base, target, park2012]} sources={sources} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: /^Sources of the chart \(2\)/ }));
    const list = screen.getByRole('list', { name: 'Sources' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(list).getByRole('link', { name: /Fixture planning page/ })).toHaveAttribute('href', 'https://example.org/plan');
    expect(items[0]?.querySelector('.source-citation')).not.toBeNull();
    expect(items[0]).toHaveTextContent(/March 2010.*for 2008 baseline, 2015 target/);
    expect(items[1]).toHaveTextContent(/Fixture newspaper.*5 January 2013.*for 2012/);
    expect(within(items[1] as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('opens large in a dialog and closes it on request, focus back on the button (uncontrolled)', async () => {
    await withI18n(<ProgressChart cluster={cluster} figures={[base, target, park2012]} sources={sources} lang="en" />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const expand = screen.getByRole('button', { name: 'Expand chart' });
    fireEvent.click(expand);
    const dialog = screen.getByRole('dialog', { name: 'Dagushan petrochemicals: progress towards the target' });
    expect(within(dialog).getByRole('list', { name: 'Legend' })).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(expand);
  });

  it('is controlled by expanded/onExpandedChange when the parent owns the state, and marks Escape as handled', async () => {
    const changes: boolean[] = [];
    function Parent() {
      const [open, setOpen] = useState(true);
      return (
        <ProgressChart cluster={cluster} figures={[base, target]} sources={sources} lang="en" expanded={open}
          onExpandedChange={(o) => { changes.push(o); setOpen(o); }} />
      );
    }
    await withI18n(<Parent />);
    const dialog = screen.getByRole('dialog');
    // fireEvent returns false when a handler called preventDefault (so the app's Escape leaves the zone open).
    expect(fireEvent.keyDown(dialog, { key: 'Escape' })).toBe(false);
    expect(changes).toEqual([false]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('names each scope in the legend with its values and draws the chart at a fixed width', async () => {
    const { container } = await withI18n(
      <ProgressChart cluster={cluster} figures={[base, target, park2012, city2013]} sources={sources} lang="en" width={800} />,
    );
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('Dagushan park');
    expect(legend).toHaveTextContent("Dalian city (not the target's scope): 2013: 150");
    expect(legend).toHaveTextContent('Dagushan park: 2012: 70');
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
  });

  it('writes metric names in sentence case inside English sentences, keeping names', async () => {
    const headingCase = { ...base, metric: localized('Output value', '产值'), scopeNote: localized('Dagushan park', '大孤山石化园区') };
    await withI18n(<ProgressChart cluster={cluster} figures={[headingCase, target]} sources={sources} lang="en" />);
    expect(screen.getByText(/No output value figure after 2008 has been found/)).toBeInTheDocument();
    expect(screen.getByText(/Baseline: 44\.3 billion RMB in 2008 \(Dagushan park\)\./)).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    await withI18n(<ProgressChart cluster={cluster} figures={[base, target]} sources={sources} lang="zh" />, 'zh');
    expect(screen.getByText(/基准：2008年443亿元（大孤山石化园区）。/)).toHaveTextContent('年均12.3%');
    expect(screen.getByText(/资料中未找到2008年以后的产值数据/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '放大图表' })).toBeInTheDocument();
  });
});

describe('ClusterComparisonChart', () => {
  it('gives the same numbers in a table', async () => {
    const auto: Cluster = { ...cluster, id: 'automotive', name: localized('Automobiles', '汽车'), baselineFigureId: 'auto-base', targetFigureId: 'target' };
    const autoBase = figure({ id: 'auto-base', value: 10, year: 2008, qualifier: 'more-than', clusterId: 'automotive' });
    await withI18n(<ClusterComparisonChart clusters={[cluster, auto]} figures={[base, target, autoBase]} lang="en" />);
    const table = screen.getByRole('table', { name: 'Baseline and target of each cluster' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('Dagushan petrochemicals44.3 billion RMB (2008)100 billion RMB (2015)12.3% a year');
    expect(rows[2]).toBe('Automobilesmore than 10 billion RMB (2008)100 billion RMB (2015)less than 38.9% a year');
  });

  it('says in the chart why a cluster has no baseline bar: a count, not RMB', async () => {
    const nm: Cluster = { ...cluster, id: 'new-materials', name: localized('Huayuankou new materials', '花园口新材料'), baselineFigureId: 'nm-projects', targetFigureId: 'target' };
    const projects = figure({ id: 'nm-projects', value: 14, year: 2010, unit: 'count', qualifier: 'more-than', clusterId: 'new-materials', metric: localized('New-material projects launched in the zone', '区内已启动的新材料项目') });
    await withI18n(<ClusterComparisonChart clusters={[cluster, nm]} figures={[base, target, projects]} lang="en" />);
    expect(
      screen.getByText('* New materials has no baseline bar: its 2010 baseline is a count (new-material projects launched in the zone: more than 14), not an amount in RMB.'),
    ).toBeInTheDocument();
  });
});
