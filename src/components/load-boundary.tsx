import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './data-notice.css';

/** The lazily loaded parts of the atlas, named in the message when one cannot be loaded. */
export type LoadPart = 'app' | 'panel' | 'chart' | 'menu' | 'presenter' | 'speaker' | 'embed';

type Props = {
  part: LoadPart;
  children: ReactNode;
  /** Shown while the part's code is on its way (the Suspense fallback); nothing by default. */
  loading?: ReactNode;
  /** The failure notice's container (where it stands when the part cannot be loaded). */
  className?: string;
};

/**
 * A lazily loaded part of the atlas: `loading` while its code arrives, then the part. A part whose
 * code could not be loaded (its file never arrived: the network dropped
 * before the offline copy was made, or a new deployment removed it) says so in its own place, in the
 * current language, and everything else keeps working: never a blank page. A module that failed
 * stays failed until the page reloads, so the way back is a reload, offered, never forced (it could
 * interrupt a presentation). Also catches any other error of the part's rendering.
 */
export class LoadBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    const { part, className, loading = null, children } = this.props;
    return this.state.failed ? <LoadFailed part={part} className={className} /> : <Suspense fallback={loading}>{children}</Suspense>;
  }
}

function LoadFailed({ part, className }: { part: LoadPart; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <div className="data-notice" role="alert" data-load-failed={part}>
        <p>
          {t(`loadFailed.${part}`)} {t('loadFailed.why')}
          {part !== 'app' && ` ${t('loadFailed.restWorks')}`}
        </p>
        <div className="data-notice__actions">
          <button type="button" onClick={() => window.location.reload()}>
            {t('loadFailed.reload')}
          </button>
        </div>
      </div>
    </div>
  );
}
