import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FiguresSchema, parseOrThrow, SourcesSchema } from '../../../lib/data/schemas';
import { renderWithI18n } from '../../../test/render';
import { CITY_INDICATORS, CITY_SOURCE_ID, groupFigures } from '../config/city-indicators';
import { CityOverview } from './city-overview';

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
const figures = parseOrThrow(FiguresSchema, read('figures.json'), 'figures');
const sources = parseOrThrow(SourcesSchema, read('sources.json'), 'sources');

afterEach(cleanup);

const group = (name: RegExp | string) => screen.getByRole('region', { name });

describe('city indicators', () => {
  it('name only figures of the 2012 article that exist in the dataset', () => {
    for (const g of CITY_INDICATORS) {
      for (const id of g.ids) {
        const f = figures.find((x) => x.id === id);
        expect(f, id).toBeDefined();
        expect(f?.sourceId).toBe(CITY_SOURCE_ID);
      }
    }
  });

  it('leave a missing figure out, and add a derived figure of the group by year', () => {
    const service = CITY_INDICATORS.find((g) => g.key === 'service');
    if (!service) throw new Error('no service group');
    const some = figures.filter((f) => f.id !== 'f000-service-value-added-2011');
    expect(groupFigures(service, some).map((f) => f.id)).not.toContain('f000-service-value-added-2011');
    const base = figures.find((f) => f.id === 'f000-service-value-added-2012');
    if (!base) throw new Error('no 2012 figure');
    const derived = { ...base, id: 'f000-service-value-added-2007-derived', kind: 'derived' as const, year: 2007 };
    expect(groupFigures(service, [...figures, derived])[0]?.id).toBe(derived.id);
  });
});

describe('CityOverview', () => {
  it('shows the printed and the corrected high-tech output, with the reasoning', async () => {
    await renderWithI18n(<CityOverview figures={figures} sources={sources} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Dalian in 2012' })).toBeInTheDocument();
    const highTech = group('High-tech industry output');
    expect(within(highTech).getAllByText('650 million RMB').length).toBeGreaterThanOrEqual(1);
    expect(within(highTech).getByText('US$104 billion')).toBeInTheDocument();
    expect(within(highTech).getByText('650 billion RMB')).toBeInTheDocument();
    const printed = highTech.querySelector('[data-figure-id="f000-hightech-output-2012-printed"]') as HTMLElement;
    expect(within(printed).getByText(/doubtful/i)).toBeInTheDocument();
    const corrected = highTech.querySelector('[data-figure-id="f000-hightech-output-2012-corrected"]') as HTMLElement;
    expect(corrected.className).toContain('figure-value--corrected');
    expect(within(highTech).getByText('Why corrected')).toBeInTheDocument();
    expect(within(highTech).getByText(/6\.25 yuan per dollar/)).toBeInTheDocument();
  });

  it('leads with the corrected high-tech output, the printed figure beside it and below', async () => {
    await renderWithI18n(<CityOverview figures={figures} sources={sources} lang="en" />);
    const cards = [...document.querySelectorAll<HTMLElement>('[data-figure-id]')];
    expect(cards[0]?.dataset.figureId).toBe('f000-hightech-output-2012-corrected');
    expect(within(cards[0] as HTMLElement).getByText('650 billion RMB')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('650 million RMB')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('corrected')).toBeInTheDocument();
    expect(cards.findIndex((c) => c.dataset.figureId === 'f000-hightech-output-2012-printed')).toBeGreaterThan(0);
  });

  it('shows emerging industries (doubtful), service value added, patents and the four reductions', async () => {
    await renderWithI18n(<CityOverview figures={figures} sources={sources} lang="en" />);
    const emerging = group('Emerging industries');
    expect(within(emerging).getByText('more than 10 billion RMB')).toBeInTheDocument();
    expect(within(emerging).getByText(/doubtful/i)).toBeInTheDocument();
    const service = group('Service industry value added');
    expect(within(service).getByText('255 billion RMB')).toBeInTheDocument();
    expect(within(service).getByText('286 billion RMB')).toBeInTheDocument();
    expect(within(service).getByText('2.12')).toBeInTheDocument();
    expect(service.textContent).not.toMatch(/134\.9/);
    const patents = group('Patents');
    expect(within(patents).getByText('1,977')).toBeInTheDocument();
    expect(within(patents).getByText('7.8')).toBeInTheDocument();
    expect(within(patents).getByText('more than 30,000')).toBeInTheDocument();
    const reductions = group('Reductions per unit of GDP');
    for (const p of ['19%', '73%', '82%', '60%']) expect(within(reductions).getByText(p)).toBeInTheDocument();
    const bars = reductions.querySelectorAll<HTMLElement>('.city-overview__bar');
    expect([...bars].map((b) => b.style.width)).toEqual(['19%', '73%', '82%', '60%']);
  });

  it('renders in Chinese, with the chart the app passes as children', async () => {
    await renderWithI18n(
      <CityOverview figures={figures} sources={sources} lang="zh">
        <p>chart here</p>
      </CityOverview>,
      'zh',
    );
    expect(screen.getByRole('heading', { level: 2, name: '2012年的大连' })).toBeInTheDocument();
    expect(within(group('高新技术产业产值')).getByText('6500亿元')).toBeInTheDocument();
    expect(screen.getByText('chart here')).toBeInTheDocument();
  });

  it('shows only the groups whose figures exist', async () => {
    const only = figures.filter((f) => f.id === 'f000-patent-applications-2011');
    await renderWithI18n(<CityOverview figures={only} sources={sources} lang="en" />);
    expect(screen.getAllByRole('region')).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'High-tech industry output' })).toBeNull();
    expect(within(group('Patents')).getByText('1,977')).toBeInTheDocument();
  });
});
