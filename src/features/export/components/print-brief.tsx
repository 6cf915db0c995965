import { useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { QR_QUIET, qrModules } from '../../../lib/qr';
import { CLUSTER_COLORS } from '../../../config/cluster-colors';
import type { ClusterId, Dataset, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { formatNumber } from '../../../lib/format';
import { buildChartSvg } from '../../../lib/chart-image';
import { keepMapSnapshots, mapSnapshot } from '../../../lib/map-capture';
import '../print.css';

/** Called when the brief's code arrives: from then on the map keeps a copy of its settled frame. */
export function prepareBrief(): void {
  keepMapSnapshots();
}

type Props = { data: Dataset; zoneId: ZoneId | null; clusterId: ClusterId | null; lang: Lang; href: string; width: number; ref?: Ref<HTMLDivElement> };

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/**
 * The one-page brief of a zone or a cluster: the map, the names in both languages, the facts, the
 * cluster profile, the progress chart, the anchor enterprises, the sources and a QR code of the link.
 * Hidden on screen; shown only in print (print.css). All text is text, never inserted as HTML.
 */
export function PrintBrief({ data, zoneId, clusterId, lang, href, width, ref }: Props) {
  const { t } = useTranslation();
  const zone = zoneId ? data.zones.find((z) => z.id === zoneId) : undefined;
  const clusterIdShown = zone ? (clusterId && zone.clusterIds.includes(clusterId) ? clusterId : zone.clusterIds[0]) : clusterId;
  const cluster = data.clusters.find((c) => c.id === clusterIdShown);
  const mapBox = useRef<HTMLCanvasElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const sep = lang === 'zh' ? '、' : ', ';

  // The map's last settled frame and the panel's chart, copied in synchronously (printing does not wait).
  useLayoutEffect(() => {
    const frame = mapSnapshot();
    const c = mapBox.current;
    if (frame && c) {
      c.width = frame.width;
      c.height = frame.height;
      c.getContext('2d')?.drawImage(frame, 0, 0);
    }
    const box = chartBox.current;
    const figure = document.querySelector<HTMLElement>('#root figure.progress-chart');
    const plot = figure?.querySelector<SVGSVGElement>('.progress-chart__view svg.recharts-surface');
    if (box && figure && plot) {
      const key = [...figure.querySelectorAll<HTMLElement>('.progress-chart__view:not(.progress-chart__view--large) .progress-chart__legend > li')].map((el) => ({
        swatch: el.querySelector<SVGSVGElement>('svg'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }));
      const title = figure.querySelector('figcaption')?.textContent ?? '';
      const units = figure.querySelector('.progress-chart__unit')?.textContent ?? '';
      const { element } = buildChartSvg({ plot, title, units, key, source: '', width: 640 });
      element.setAttribute('width', '100%');
      element.removeAttribute('height');
      box.replaceChildren(element);
    }
  }, []);

  if (!zone && !cluster) return null;
  const names = zone ? zone.name : cluster!.name;
  const enterprises = data.enterprises.filter((e) => (zone ? e.zoneId === zone.id : e.clusterId === cluster!.id));
  const chartFigures = data.figures.filter((f) => f.id === cluster?.baselineFigureId || f.id === cluster?.targetFigureId);
  const sourceIds = [...new Set([...(zone?.sourceIds ?? []), ...(cluster?.sourceIds ?? []), ...chartFigures.map((f) => f.sourceId)])];
  const sources = sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id));
  const facts: [string, string][] = zone
    ? [
        [t('export.brief.district'), zone.district.name[lang]],
        [t('export.brief.established'), zone.established?.value ?? t('export.brief.notPublished')],
        [t('export.brief.area'), zone.areaKm2 ? t('export.brief.km2', { value: formatNumber(zone.areaKm2.value, lang) }) : t('export.brief.notPublished')],
        [t('export.brief.clusters'), zone.clusterIds.map((c) => t(`cluster.${c}`)).join(sep)],
      ]
    : [[t('export.brief.zones'), data.zones.filter((z) => cluster!.zoneIds.includes(z.id)).map((z) => z.name[lang]).join(sep)]];

  return (
    <div ref={ref} className="print-brief" lang={lang === 'zh' ? 'zh-CN' : 'en'} style={{ width }} aria-hidden="true">
      <header className="print-brief__head">
        <div>
          <p className="print-brief__kind">
            {zone ? t('export.brief.zone') : t('export.brief.cluster')} · {t('app.title')}
          </p>
          <h1>{names[lang]}</h1>
          <p className="print-brief__other" lang={other(lang) === 'zh' ? 'zh-CN' : 'en'}>
            {names[other(lang)]}
          </p>
        </div>
        <BriefQr text={href} caption={t('export.brief.scan')} />
      </header>
      <div className="print-brief__top">
        <canvas ref={mapBox} className="print-brief__map" />
        <div>
          <dl className="print-brief__facts">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {zone && <p className="print-brief__text">{zone.description[lang]}</p>}
        </div>
      </div>
      {cluster && (
        <section className="print-brief__profile">
          <h2>
            <span className="print-brief__swatch" style={{ background: CLUSTER_COLORS[cluster.id] }} />
            {cluster.name[lang]}
          </h2>
          <p className="print-brief__text">{cluster.general[lang]}</p>
          <p className="print-brief__text">
            <b>{t('export.brief.objective')}</b> {cluster.objective[lang]}
          </p>
          <p className="print-brief__text">
            <b>{t('export.brief.valueChain')}</b> {cluster.valueChain.map((s) => s[lang]).join(' → ')}
          </p>
        </section>
      )}
      <div className="print-brief__bottom">
        <div ref={chartBox} className="print-brief__chart" />
        <section>
          <h2>{t('export.brief.enterprises', { count: enterprises.length })}</h2>
          <ul className="print-brief__list">
            {enterprises.map((e) => (
              <li key={e.id}>
                {e.name[lang]} <span>({e.role[lang]})</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="print-brief__sources">
        <h2>{t('export.brief.sources')}</h2>
        <ol>
          {sources.map((s) => (
            <li key={s.id}>
              {[s.title, s.publisher, s.date].filter(Boolean).join(', ')}
              {s.url ? ` — ${s.url}` : ''}
            </li>
          ))}
        </ol>
      </section>
      <p className="print-brief__link">{href}</p>
    </div>
  );
}

/** The QR code of the view's link, drawn as SVG squares so it prints sharp. */
function BriefQr({ text, caption }: { text: string; caption: string }) {
  const modules = useMemo(() => qrModules(text), [text]);
  if (!modules) return null;
  const q = QR_QUIET;
  const n = modules.size + 2 * q;
  let d = '';
  for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) d += `M${c + q} ${r + q}h1v1h-1z`;
  return (
    <figure className="print-brief__qr">
      <svg viewBox={`0 0 ${n} ${n}`} width="112" height="112" shapeRendering="crispEdges">
        <rect width={n} height={n} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
