import { useTranslation } from 'react-i18next';
import type { ZoneDetailState } from '../lib/data/zone-detail';
import '../components/data-notice.css';

/**
 * What stands for a zone's facts while its file (data/zones/<id>.json) loads, or when it failed:
 * the reason in the current language and Try again. Only this zone's detail is down: its name, its
 * cluster tabs, the map and every other zone work.
 */
export function ZoneDetailNotice({ detail }: { detail: Exclude<ZoneDetailState, { state: 'ready' }> }) {
  const { t } = useTranslation();
  if (detail.state === 'loading')
    return (
      <p className="data-notice data-notice--loading" role="status" data-testid="zone-detail-loading">
        {t('app.zoneDetail.loading')}
      </p>
    );
  const { error } = detail;
  return (
    <div className="data-notice" role="alert" data-testid="zone-detail-failed">
      <p>
        {t('app.zoneDetail.failed', { file: error.path, reason: t(`dataFiles.reason.${error.reason}`, { status: error.status ?? '' }) })}
      </p>
      <div className="data-notice__actions">
        <button type="button" onClick={detail.retry} aria-busy={detail.retrying || undefined}>
          {detail.retrying ? t('dataFiles.retrying') : t('dataFiles.retry')}
        </button>
        <details>
          <summary>{t('dataFiles.details')}</summary>
          <pre lang="en">{`${error.path}:\n${error.detail}`}</pre>
        </details>
      </div>
    </div>
  );
}
