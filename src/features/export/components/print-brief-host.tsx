import { useEffect, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { ClusterId, Dataset, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';

type BriefModule = typeof import('./print-brief');
type Props = { data: Dataset; zoneId: ZoneId | null; clusterId: ClusterId | null; lang: Lang };

/** The printable area both A4 and US Letter hold (@page margin 12 mm): 186 × 255 mm, in CSS px. */
const PAGE = { width: (186 * 96) / 25.4, height: (255 * 96) / 25.4 };

/**
 * Printing a zone or a cluster (Ctrl+P, or Print in the share menu) prints a one-page brief instead
 * of the screen. Its code is fetched once something is selected; it is drawn in `beforeprint`
 * (synchronously, so the browser prints it) and scaled down to one page when it is taller.
 */
export function PrintBriefHost({ data, zoneId, clusterId, lang }: Props) {
  const [printing, setPrinting] = useState(false);
  const [mod, setMod] = useState<BriefModule | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const selected = zoneId !== null || clusterId !== null;

  useEffect(() => {
    if (!selected || mod) return;
    void import('./print-brief')
      .then((m) => {
        m.prepareBrief();
        setMod(m);
        // Says that printing now gives the brief (tests wait for it before printing).
        document.documentElement.dataset.printBrief = 'ready';
      })
      // Its code did not arrive (the network dropped): printing then prints the screen as it is.
      .catch(() => undefined);
  }, [selected, mod]);

  useEffect(() => {
    const before = () => {
      if (!selected || !mod) return;
      flushSync(() => setPrinting(true));
      const el = root.current;
      if (!el) return;
      el.style.zoom = '1';
      const scale = Math.min(1, PAGE.height / el.scrollHeight, PAGE.width / el.scrollWidth);
      el.style.zoom = String(Math.floor(scale * 1000) / 1000);
    };
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [selected, mod]);

  const Brief = mod?.PrintBrief;
  if (!printing || !Brief || !selected) return null;
  return createPortal(<Brief ref={root} data={data} zoneId={zoneId} clusterId={clusterId} lang={lang} href={window.location.href} width={PAGE.width} />, document.body);
}
