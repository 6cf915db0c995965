import { useEffect, useRef, useState, type ComponentType } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { Cluster, ClusterId, Dataset, Figure, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { useAfterFirstFrame } from '../../../lib/first-frame';
import { mapSnapshot, type MapSnapshot } from '../../../lib/map-capture';
import { viewLink } from '../../../lib/link';
import { useZoneDetail } from '../../../lib/data/zone-detail';

type BriefModule = typeof import('./print-brief');

/** The progress chart of a cluster, drawn from the data at a fixed width: the app passes the progress feature's. */
export type BriefChart = ComponentType<{ cluster: Cluster; figures: Figure[]; lang: Lang; width: number }>;
/** A group of the city's indicators (the overview's), with its heading in the current language. */
export type BriefIndicatorGroup = { key: string; title: string; figures: Figure[] };

type Props = {
  data: Dataset;
  zoneId: ZoneId | null;
  clusterId: ClusterId | null;
  lang: Lang;
  /** Fetches the chart component (its code is a chunk of its own); the brief prints without a chart if it fails. */
  loadChart: () => Promise<BriefChart>;
  /** The overview's brief lists these. */
  indicators: BriefIndicatorGroup[];
};

/** The printable area both A4 and US Letter hold (@page margin 12 mm): 186 × 255 mm, in CSS px. */
const PAGE = { width: (186 * 96) / 25.4, height: (255 * 96) / 25.4 };

/**
 * Printing (Ctrl+P, or Print in the share menu) prints a one-page brief instead of the screen: of
 * the zone or the cluster on screen, or of the city (the overview). Its code and the chart's are
 * fetched after the map's first frame; it is drawn in `beforeprint` (synchronously, so the browser
 * prints it, with a picture of the map taken then) and scaled down to one page when it is taller.
 */
export function PrintBriefHost({ data, zoneId, clusterId, lang, loadChart, indicators }: Props) {
  const [printing, setPrinting] = useState<{ snapshot: MapSnapshot | null } | null>(null);
  const [parts, setParts] = useState<{ Brief: BriefModule['PrintBrief']; Chart: BriefChart | null } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const afterFirstFrame = useAfterFirstFrame();
  // The zone's whole record (the panel fetched it; the same query): its facts and catalogue record.
  const detail = useZoneDetail(zoneId ?? '', zoneId !== null);

  useEffect(() => {
    if (!afterFirstFrame || parts) return;
    let live = true;
    void Promise.all([import('./print-brief'), loadChart().catch(() => null)])
      .then(([m, Chart]) => {
        if (!live) return;
        setParts({ Brief: m.PrintBrief, Chart });
      })
      // Its code did not arrive (the network dropped): printing then prints the screen as it is.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [afterFirstFrame, parts, loadChart]);

  // Says that printing now gives the whole brief (tests wait for it before printing): its code, and the zone's record unless it failed.
  const ready = parts !== null && (zoneId === null || detail.state !== 'loading');
  useEffect(() => {
    if (ready) document.documentElement.dataset.printBrief = 'ready';
    else delete document.documentElement.dataset.printBrief;
  }, [ready]);

  useEffect(() => {
    const before = () => {
      if (!parts) return;
      const snapshot = mapSnapshot();
      flushSync(() => setPrinting({ snapshot }));
      const el = root.current;
      if (!el) return;
      el.style.zoom = '1';
      const scale = Math.floor(Math.min(1, PAGE.height / el.scrollHeight, PAGE.width / el.scrollWidth) * 1000) / 1000;
      el.style.zoom = String(scale);
      // Text that must stay legible (the map's labels) is set against the zoom.
      el.style.setProperty('--brief-zoom', String(scale));
    };
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [parts]);

  if (!printing || !parts) return null;
  const { Brief, Chart } = parts;
  return createPortal(
    <Brief ref={root} data={data} zoneId={zoneId} zoneDetail={detail.state === 'ready' ? detail.zone : undefined} clusterId={clusterId} lang={lang} href={viewLink(window.location.href)} width={PAGE.width}
      snapshot={printing.snapshot} Chart={Chart} indicators={indicators} />,
    document.body,
  );
}
