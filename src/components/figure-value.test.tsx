import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Figure } from '../lib/data/schemas';
import { realDataset } from '../test/real-dataset';
import { renderWithI18n } from '../test/render';
import { FigureValue } from './figure-value';

afterEach(cleanup);

const data = realDataset();
const figure = (id: string): Figure => {
  const f = data.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const sourceOf = (f: Figure) => data.sources.find((s) => s.id === f.sourceId);
const dagushan = data.clusters.find((c) => c.id === 'petrochemicals')!;

describe('FigureValue with the real dataset', () => {
  it('shows the Dagushan baseline as a reported 2008 value of 44.3 billion RMB, with its scope', async () => {
    const f = figure(dagushan.baselineFigureId);
    await renderWithI18n(<FigureValue figure={f} source={sourceOf(f)} lang="en" />);
    expect(screen.getByText('44.3 billion RMB')).toBeInTheDocument();
    expect(screen.getByText('reported')).toBeInTheDocument();
    expect(screen.getByText('2008')).toBeInTheDocument();
    expect(screen.getByText(/^Park$/)).toBeInTheDocument();
  });

  it('opens the source inline with its title, date and the exact quote, and closes it again', async () => {
    const user = userEvent.setup();
    const f = figure(dagushan.baselineFigureId);
    const source = sourceOf(f)!;
    await renderWithI18n(<FigureValue figure={f} source={source} lang="en" />);
    const button = screen.getByRole('button', { name: /^Source/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(f.quote)).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const quote = screen.getByText(f.quote);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(f.quote).toContain('44.3 billion RMB');
    if (source.url) {
      const link = screen.getByRole('link', { name: new RegExp(source.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      expect(link).toHaveAttribute('href', source.url);
      expect(link).toHaveAttribute('target', '_blank');
    } else {
      expect(screen.getByText(source.title)).toBeInTheDocument();
    }

    await user.click(button);
    expect(screen.queryByText(f.quote)).not.toBeInTheDocument();
  });

  it('cites the public article of a figure found through the research notes, says "No link recorded" when it has no link, and says the quote is the notes\' transcription', async () => {
    const f = data.figures.find((x) => x.quoteViaId && !sourceOf(x)?.url);
    expect(f, 'a figure quoted via the notes whose source has no link').toBeDefined();
    const source = sourceOf(f!)!;
    expect(source.kind).not.toBe('research');
    for (const lang of ['en', 'zh'] as const) {
      const user = userEvent.setup();
      await renderWithI18n(<FigureValue figure={f!} source={source} lang={lang} />, lang);
      await user.click(screen.getByRole('button', { name: lang === 'en' ? /^Source/ : /^出处/ }));
      expect(screen.getByText(lang === 'en' ? /No link recorded$/ : /未记录链接$/)).toBeInTheDocument();
      expect(screen.getByText(lang === 'en' ? /transcribed in the atlas’s research notes/ : /研究笔记的转录/)).toBeInTheDocument();
      expect(screen.queryByText(/2009–2011 planning page/)).not.toBeInTheDocument();
      cleanup();
    }
  });

  it('shows the target as a 2015 "target" of 100 billion RMB', async () => {
    const f = figure(dagushan.targetFigureId);
    await renderWithI18n(<FigureValue figure={f} source={sourceOf(f)} lang="en" />);
    expect(screen.getByText('100 billion RMB')).toBeInTheDocument();
    expect(screen.getByText('target')).toBeInTheDocument();
    expect(screen.getByText('2015')).toBeInTheDocument();
  });

  it('shows a corrected figure with both the value as printed and the corrected value', async () => {
    const corrected = data.figures.find((f) => f.kind === 'corrected' && f.correctsFigureId)!;
    const printed = figure(corrected.correctsFigureId!);
    await renderWithI18n(<FigureValue figure={corrected} source={sourceOf(corrected)} printed={printed} lang="en" />);
    expect(screen.getByText('corrected')).toBeInTheDocument();
    expect(screen.getByText('As printed').nextElementSibling).toHaveTextContent('650 million RMB');
    expect(screen.getByText('Corrected').nextElementSibling).toHaveTextContent('650 billion RMB');
  });

  it('flags a doubtful figure and explains it in the opened source', async () => {
    const user = userEvent.setup();
    const doubtful = data.figures.find((f) => f.doubtful && f.note)!;
    await renderWithI18n(<FigureValue figure={doubtful} source={sourceOf(doubtful)} lang="en" />);
    expect(screen.getByText('Doubtful')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Source/ }));
    expect(screen.getByText(doubtful.note!.en)).toBeInTheDocument();
  });

  it("gives a figure's note in Chinese in Chinese, marked as a translation, with the English on request", async () => {
    const user = userEvent.setup();
    const f = figure('f002-petrochemicals-target-2015');
    await renderWithI18n(<FigureValue figure={f} source={sourceOf(f)} lang="zh" />, 'zh');
    await user.click(screen.getByRole('button', { name: /^出处/ }));
    const note = screen.getByText(f.note!.zh);
    expect(note).toHaveTextContent('十二五');
    expect(note).toHaveAttribute('lang', 'zh-CN');
    expect(screen.queryByText(f.note!.en)).not.toBeInTheDocument();
    expect(screen.getByText('译文')).toBeInTheDocument();
    // The quote stays in the source's language, tagged as such.
    expect(screen.getByText(f.quote)).toHaveAttribute('lang', 'en');
  });

  it('prints a range with both ends', async () => {
    const band = data.figures.find((f) => f.valueMax !== undefined)!;
    await renderWithI18n(<FigureValue figure={band} source={sourceOf(band)} lang="en" />);
    expect(screen.getByText('50 billion RMB – 100 billion RMB')).toBeInTheDocument();
  });

  it('speaks Chinese: 443亿元, 公布值, 2008年 and an 出处 button', async () => {
    const user = userEvent.setup();
    const f = figure(dagushan.baselineFigureId);
    const { container } = await renderWithI18n(<FigureValue figure={f} source={sourceOf(f)} lang="zh" />, 'zh');
    const card = within(container);
    expect(card.getByText('443亿元')).toBeInTheDocument();
    expect(card.getByText('公布值')).toBeInTheDocument();
    expect(card.getByText('2008年')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: /^出处/ }));
    expect(card.getByText(f.quote)).toHaveAttribute('lang', 'en');
  });
});
