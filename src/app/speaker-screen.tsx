import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpeakerView } from '../features/tour/components/speaker-view';
import { useTourChannel } from '../features/tour/hooks/use-tour-channel';
import type { Blank } from '../features/tour/hooks/use-presentation';
import { stepIndex } from '../features/tour/utils/apply-step';
import { resolveTour } from '../features/tour/utils/resolve-tour';
import type { TourStep } from '../features/tour/utils/tour-schema';
import { useUrlState } from './url-state';
import { useAtlasModel } from './atlas-model';

/** The speaker view (`speaker=1`): the same tour, in step with the presenting window through BroadcastChannel. */
export function SpeakerScreen() {
  const { t } = useTranslation();
  const { zonesById, clustersById } = useAtlasModel();
  const [url, setUrl] = useUrlState();
  const resolved = useMemo(() => resolveTour(url.tourdata), [url.tourdata]);
  const tour = resolved.tour;
  const count = tour?.steps.length ?? 0;
  const index = stepIndex(url.tour, count);
  const [blank, setBlank] = useState<Blank>(null);
  const [connected, setConnected] = useState(true);
  const onGo = useCallback((i: number) => void setUrl({ tour: i + 1 }, { history: 'replace' }), [setUrl]);
  useTourChannel({
    active: true,
    follower: true,
    state: tour ? { step: index + 1, tourdata: url.tourdata, blank, lang: url.lang } : null,
    onRemote: (s) => {
      setConnected(true);
      setBlank(s.blank);
      // The presenting window's language too: a switch there mid-tour switches the notes here.
      void setUrl({ tour: s.step, tourdata: s.tourdata, lang: s.lang }, { history: 'replace' });
    },
    onLeft: () => setConnected(false),
  });
  const placeOf = useCallback(
    (s: TourStep) => {
      const zone = s.zone ? zonesById.get(s.zone) : undefined;
      const cluster = s.cluster ? clustersById.get(s.cluster) : undefined;
      return zone?.name[url.lang] ?? cluster?.name[url.lang] ?? (s.view === 'overview' ? t('tour.overview') : t('tour.allZones'));
    },
    [zonesById, clustersById, url.lang, t],
  );
  if (!tour) return <p role="alert">{t('tour.badLink', { detail: resolved.error })}</p>;
  return <SpeakerView tour={tour} index={index} lang={url.lang} placeOf={placeOf} blank={blank} onBlank={setBlank} onGo={onGo} connected={connected} />;
}
