import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { csvLabels } from '../utils/csv-labels';
import { downloadText } from '../../../lib/download';
import { figureRows, figuresFileName, figuresFor, toCsv, type Selection } from '../utils/figure-rows';

type Props = { data: Dataset; selection: Selection; viewName: string; /** The link's language. */ lang: Lang; onStatus: (message: string) => void };

/** A view's figures as CSV; with nothing selected, every figure as CSV and the whole dataset as JSON. */
export function ShareDownloads({ data, selection, viewName, lang, onStatus }: Props) {
  const { t } = useTranslation();
  const figures = figuresFor(data, selection);
  const titleId = useId();
  const whole = !selection.zoneId && !selection.clusterId;

  const run = async (make: () => Promise<{ text: string; file: string; type: string }>) => {
    try {
      const { text, file, type } = await make();
      downloadText(text, file, type);
      onStatus(t('share.downloaded', { file }));
    } catch (e) {
      onStatus(t('share.downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const csv = () =>
    run(async () => ({
      text: await toCsv(figureRows(data, figures, lang, csvLabels(t))),
      file: figuresFileName(selection, lang),
      type: 'text/csv;charset=utf-8',
    }));
  const json = () => run(async () => ({ text: `${JSON.stringify(data, null, 2)}\n`, file: 'dalian-atlas-dataset.json', type: 'application/json' }));

  return (
    <section className="share-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('share.downloads')}</h3>
      {whole ? (
        <>
          <p className="share-hint">{t('share.allHint', { count: figures.length })}</p>
          <div className="share-actions">
            <button type="button" className="share-action" onClick={() => void csv()}>
              {t('share.downloadAllCsv')}
            </button>
            <button type="button" className="share-action" onClick={() => void json()}>
              {t('share.downloadAllJson')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="share-hint">{t('share.figuresHint', { count: figures.length, name: viewName })}</p>
          <div className="share-actions">
            <button type="button" className="share-action" onClick={() => void csv()}>
              {t('share.downloadFigures')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
