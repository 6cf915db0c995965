import { lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../lib/data/schemas';
import { useKiosk } from '../features/tour/hooks/use-kiosk';
import { useTourChannel } from '../features/tour/hooks/use-tour-channel';
import type { Blank } from '../features/tour/hooks/use-presentation';
import { applyStep, stepIndex, type StepState } from '../features/tour/utils/apply-step';
import { resolveTour } from '../features/tour/utils/resolve-tour';
import { speakerLink, tourStepLink } from '../lib/link';
import type { useAtlasActions } from './use-atlas-actions';
import { LoadBoundary } from '../components/load-boundary';

/** The presenter's layer (and its QR code) loads only when a tour is shown. */
const Presenter = lazy(() => import('../features/tour/components/presenter').then((m) => ({ default: m.Presenter })));

type Actions = ReturnType<typeof useAtlasActions>;
type Url = Actions['url'];

/** Whether the atlas already shows a step's state (so a cold load or Back is not rewritten for nothing). */
function shows(url: Url, s: StepState) {
  const at = url.at && s.at ? Math.abs(url.at.lon - s.at.lon) < 1e-4 && Math.abs(url.at.lat - s.at.lat) < 1e-4 && Math.abs(url.at.zoom - s.at.zoom) < 1e-2 : url.at === s.at;
  return url.zone === s.zone && url.cluster === s.cluster && url.view === s.view && url.hide.join() === s.hide.join() && at && (url.chart === true) === (s.chart === true) && url.ent === null && url.dq === '';
}

/**
 * The presentation, composed into the atlas: `tour` (and `tourdata`) in the link pick the step, a
 * step is applied to the link as a whole state (push, so Back and Forward step through the tour),
 * and the map flies to it. Returns the map's props and the presenter's layer.
 */
export function useAtlasTour(data: Dataset, actions: Actions, opts: { webgl: boolean; phone: boolean }) {
  const { t } = useTranslation();
  const { url, setUrl } = actions;
  const resolved = useMemo(() => resolveTour(url.tourdata), [url.tourdata]);
  const tour = resolved.tour;
  const active = url.tour !== null && tour !== null && !url.speaker;
  const count = tour?.steps.length ?? 0;
  const index = stepIndex(url.tour, count);
  const step = tour?.steps[index];
  const applied = useMemo(() => (step ? applyStep(step, data) : null), [step, data]);
  const tourKey = url.tourdata ?? 'built-in';

  const goTo = useCallback(
    (i: number, history: 'push' | 'replace' = 'push') => {
      const s = tour?.steps[i];
      if (!s) return;
      void setUrl({ ...applyStep(s, data).state, tour: i + 1 }, { history });
    },
    [tour, data, setUrl],
  );

  // A cold load (or Back to an explored step) shows the step itself.
  useEffect(() => {
    if (!active || !applied || shows(url, applied.state)) return;
    void setUrl(applied.state, { history: 'replace' });
    // Only when the step (or the tour) changes: exploring within a step is left alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, tourKey, index]);

  // The map frames a step once the caption card is on screen (the presenter's code loads on demand),
  // so the step's zones are framed clear of it; a presenter that never comes does not stop the tour.
  const [cardShown, setCardShown] = useState(false);
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    if (!active || cardShown) return;
    const id = window.setTimeout(() => setGaveUp(true), 3000);
    return () => window.clearTimeout(id);
  }, [active, cardShown]);

  const [returns, setReturns] = useState(0);
  const flyKey = `${tourKey}:${index}:${returns}`;
  const [arrivedKey, setArrivedKey] = useState<string | null>(null);
  // A safety net: a map that never reports its idle does not keep the caption hidden forever.
  useEffect(() => {
    if (!active) return;
    const id = window.setTimeout(() => setArrivedKey(flyKey), 6000);
    return () => window.clearTimeout(id);
  }, [active, flyKey]);
  const onReturn = useCallback(() => {
    if (applied) void setUrl(applied.state, { history: 'replace' });
    setReturns((r) => r + 1);
  }, [applied, setUrl]);

  const [blank, setBlank] = useState<Blank>(null);
  const leave = useCallback(() => {
    setBlank(null);
    void setUrl({ tour: null, tourdata: null, kiosk: null }, { history: 'push' });
  }, [setUrl]);
  const channel = useTourChannel({
    active,
    // The presenting window leads the language: it posts its own and ignores the speaker view's.
    state: active ? { step: index + 1, tourdata: url.tourdata, blank, lang: url.lang } : null,
    onRemote: (s) => {
      if (s.tourdata !== url.tourdata) return;
      setBlank(s.blank);
      if (s.step - 1 !== index) goTo(s.step - 1);
    },
  });
  // Closing the presenting window tells the speaker view, which then steps on its own.
  const { announceLeft } = channel;
  useEffect(() => {
    if (!active) return;
    window.addEventListener('pagehide', announceLeft);
    return () => window.removeEventListener('pagehide', announceLeft);
  }, [active, announceLeft]);
  const onLeave = useCallback(() => {
    announceLeft();
    leave();
  }, [announceLeft, leave]);

  const lang = url.lang;
  const openSpeaker = useCallback(() => {
    const href = speakerLink(window.location.href, { step: index + 1, tourdata: url.tourdata, lang });
    window.open(href, 'atlas-speaker', 'popup,width=1200,height=800');
  }, [index, url.tourdata, lang]);

  const kiosk = useKiosk({ enabled: active && url.kiosk === true, index, count, durationS: step?.durationS ?? 30, onGo: (i) => goTo(i, 'replace') });

  const link = useMemo(() => {
    if (!active || !tour) return null;
    const r = tourStepLink(window.location.href, { tour: url.tourdata ? tour : null, step: index + 1, lang });
    return r.ok ? r.url : null;
  }, [active, tour, url.tourdata, index, lang]);

  const problems = (applied?.problems ?? []).map((p) => t(p.kind === 'zone' ? 'tour.missingZone' : 'tour.missingCluster', { id: p.id }));
  const arrived = !opts.webgl || arrivedKey === flyKey;

  const overlay =
    active && tour ? (
      <LoadBoundary part="presenter" className="presenter-failed">
        <Presenter
          tour={tour}
          index={index}
          lang={lang}
          arrived={arrived}
          problems={problems}
          blank={blank}
          onBlank={setBlank}
          onGo={goTo}
          onLeave={onLeave}
          onReturn={onReturn}
          onSpeaker={openSpeaker}
          link={link}
          phone={opts.phone}
          kioskPaused={url.kiosk ? kiosk.paused : null}
          chartOpen={url.chart === true}
          onShown={setCardShown}
        />
      </LoadBoundary>
    ) : url.tour !== null && resolved.error && !url.speaker ? (
      <div className="hidden-zone-notice tour-link-error" role="alert">
        <p>{t('tour.badLink', { detail: resolved.error })}</p>
        <button type="button" onClick={() => void setUrl({ tour: null, tourdata: null, kiosk: null }, { history: 'replace' })}>
          {t('app.dismiss')}
        </button>
      </div>
    ) : null;

  return {
    active,
    overlay,
    mapProps: {
      keyboard: !active,
      flyTo: active && applied && (cardShown || gaveUp) ? { key: flyKey, camera: applied.state.at } : null,
      onArrive: setArrivedKey,
    },
  };
}
