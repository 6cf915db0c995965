import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_FILES } from '../lib/data/schemas';
import { useDataFiles, type DatasetFileKey } from '../lib/data/dataset-query';
import './data-notice.css';

type Props = {
  /** The files what this notice stands for depends on. */
  need: readonly DatasetFileKey[];
  /** `alert` where the notice replaces content; `status` for a secondary notice (e.g. over the map). */
  live?: 'alert' | 'status';
  className?: string;
};

/**
 * Says which data files something depends on are still loading or failed, and why, in the current
 * language, with a retry. Renders nothing when every file loaded.
 */
export function DataNotice({ need, live = 'alert', className }: Props) {
  const { t, i18n } = useTranslation();
  const { files, retry } = useDataFiles();
  const failed = need.filter((k) => files[k].state === 'error');
  const loading = need.filter((k) => files[k].state === 'loading');
  if (failed.length === 0 && loading.length === 0) return null;
  const what = (k: DatasetFileKey) => t(`dataFiles.file.${k}`);
  const cls = `data-notice${className ? ` ${className}` : ''}`;
  if (failed.length === 0)
    return (
      <p className={`${cls} data-notice--loading`} role="status">
        {loading.map((k) => t('dataFiles.loading', { what: i18n.language === 'en' ? what(k).toLowerCase() : what(k) })).join(' ')}
      </p>
    );
  const retrying = failed.some((k) => {
    const f = files[k];
    return f.state === 'error' && f.retrying;
  });
  const details = failed
    .map((k) => {
      const f = files[k];
      return f.state === 'error' ? `${DATASET_FILES[k]}:\n${f.error.detail}` : '';
    })
    .join('\n');
  return (
    <div className={cls} role={live} data-failed-files={failed.join(' ')}>
      {failed.map((k) => {
        const f = files[k];
        if (f.state !== 'error') return null;
        const reason = t(`dataFiles.reason.${f.error.reason}`, { status: f.error.status ?? '' });
        return (
          <p key={k}>
            {t('dataFiles.failed', { what: what(k), file: DATASET_FILES[k], reason })} {k === 'sources' ? t('dataFiles.sourcesMissing') : t('dataFiles.notShown')}
          </p>
        );
      })}
      <div className="data-notice__actions">
        <button type="button" onClick={() => retry(failed)} aria-busy={retrying || undefined}>
          {retrying ? t('dataFiles.retrying') : t('dataFiles.retry')}
        </button>
        <details>
          <summary>{t('dataFiles.details')}</summary>
          <pre lang="en">{details}</pre>
        </details>
      </div>
    </div>
  );
}

/** Shows the children when every file they need loaded; otherwise the notice in their place. */
export function DataGate({ need, children }: { need: readonly DatasetFileKey[]; children: ReactNode }) {
  const { files } = useDataFiles();
  if (need.every((k) => files[k].state === 'ready')) return <>{children}</>;
  return <DataNotice need={need} />;
}
