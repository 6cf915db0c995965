import { useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { QR_QUIET, qrModules } from '../../../lib/qr';
import { clusterColor } from '../../../config/cluster-colors';
import { isWholeZone, type ClusterId, type Dataset, type Figure, type Source, type Zone, type ZoneId, type ZoneSummary } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { formatNumber } from '../../../lib/format';
import { figureText } from '../../../components/figure-text';
import type { MapSnapshot } from '../../../lib/map-capture';
import type { BriefChart, BriefIndicatorGroup } from './print-brief-host';
import '../print.css';

type Props = {
  data: Dataset;
  zoneId: ZoneId | null;
  /** The zone's whole record, when it has loaded. */
  zoneDetail?: Zone;
  clusterId: ClusterId | null;
  lang: Lang;
  href: string;
  width: number;
  /** The map as it was when printing started, without its labels (the inset sets its own). */
  snapshot: MapSnapshot | null;
  /** The progress chart, drawn from the data (null if its code did not arrive). */
  Chart: BriefChart | null;
  indicators: BriefIndicatorGroup[];
  ref?: Ref<HTMLDivElement>;
};

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
const langAttr = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/**
 * The one-page brief of a zone, a cluster or the city (the overview): the map, the names in both
 * languages, the facts, the cluster profile and its progress chart or the city's indicators and the
 * five clusters, the anchor enterprises, the sources and a QR code of the link. Hidden on screen;
 * shown only in print (print.css). All text is text, never inserted as HTML.
 */
export function PrintBrief({ data, zoneId, zoneDetail, clusterId, lang, href, width, snapshot, Chart, indicators, ref }: Props) {
  const { t } = useTranslation();
  // The zone's whole record once loaded; before that, its summary (the facts it lacks are left out).
  const zone: Zone | ZoneSummary | undefined = zoneId ? (zoneDetail?.id === zoneId ? zoneDetail : data.zones.find((z) => z.id === zoneId)) : undefined;
  const whole = zone && isWholeZone(zone) ? zone : undefined;
  const clusterIdShown = zone ? (clusterId && zone.clusterIds.includes(clusterId) ? clusterId : zone.clusterIds[0]) : clusterId;
  const cluster = data.clusters.find((c) => c.id === clusterIdShown);
  const sep = lang === 'zh' ? '、' : ', ';
  const figureById = new Map(data.figures.map((f) => [f.id, f]));

  // The inset labels every zone of the view; the selected ones first and in bold.
  const strong = new Set<string>(zone ? [zone.id] : cluster ? cluster.zoneIds : data.zones.map((z) => z.id));
  const marks = [...data.zones]
    .sort((a, b) => Number(strong.has(b.id)) - Number(strong.has(a.id)))
    .map((z) => ({ id: z.id, lon: z.location.lon, lat: z.location.lat, label: z.shortName[lang], strong: strong.has(z.id) }));
  const inset = <MapInset snapshot={snapshot} marks={marks} width={width * 0.55} caption={t('export.brief.mapCaption')} />;

  if (!zone && !cluster) {
    const cityFigures = indicators.flatMap((g) => g.figures);
    const clusterFigures = data.clusters.flatMap((c) => [figureById.get(c.baselineFigureId), figureById.get(c.targetFigureId)].filter((f): f is Figure => !!f));
    const sources = sourcesOf([...cityFigures, ...clusterFigures].map((f) => f.sourceId), data.sources);
    return (
      <div ref={ref} className="print-brief" lang={langAttr(lang)} style={{ width }} aria-hidden="true">
        <Head kind={t('export.brief.overview')} name={t('app.title')} otherName={t('app.title', { lng: other(lang) })} otherLang={other(lang)} href={href} scan={t('export.brief.scan')} />
        <div className="print-brief__top">
          {inset}
          <section className="print-brief__indicators">
            <h2>{t('export.brief.indicatorsTitle')}</h2>
            {indicators.map((g) => (
              <div key={g.key}>
                <h3>{g.title}</h3>
                <ul className="print-brief__list">
                  {g.figures.map((f) => (
                    <li key={f.id}>
                      <FigureLine figure={f} lang={lang} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </div>
        <section className="print-brief__clusters">
          <h2>{t('export.brief.clustersTitle')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('export.brief.clusterHead')}</th>
                <th>{t('export.brief.baseline')}</th>
                <th>{t('export.brief.target')}</th>
                <th>{t('export.brief.zones')}</th>
              </tr>
            </thead>
            <tbody>
              {data.clusters.map((c) => {
                const base = figureById.get(c.baselineFigureId);
                const target = figureById.get(c.targetFigureId);
                return (
                  <tr key={c.id}>
                    <th scope="row">
                      <span className="print-brief__swatch" style={{ background: clusterColor(c.id) }} /> {c.name[lang]}
                    </th>
                    <td>{base ? <FigureLine figure={base} lang={lang} /> : '—'}</td>
                    <td>{target ? <FigureLine figure={target} lang={lang} /> : '—'}</td>
                    <td>{data.zones.filter((z) => c.zoneIds.includes(z.id)).map((z) => z.shortName[lang]).join(sep)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <Sources title={t('export.brief.sources')} sources={sources} />
        <p className="print-brief__link">{href}</p>
      </div>
    );
  }

  const names = zone ? zone.name : cluster!.name;
  const enterprises = data.enterprises.filter((e) => (zone ? e.zoneId === zone.id : e.clusterId === cluster!.id));
  const chartFigures = data.figures.filter((f) => f.id === cluster?.baselineFigureId || f.id === cluster?.targetFigureId);
  const record = whole?.catalogue;
  const sources = sourcesOf([...(whole?.sourceIds ?? []), ...(record?.sourceIds ?? []), ...(cluster?.sourceIds ?? []), ...chartFigures.map((f) => f.sourceId)], data.sources);
  // A zone of the 2018 catalogue: its code and level, its approved area (not the area it administers) and its leading industries.
  const catalogueFacts: [string, string][] = record
    ? [
        [t('export.brief.catalogue'), `${record.code} · ${t(`export.brief.levels.${record.level}`)} · ${record.type[lang]}`],
        [t('export.brief.approvedArea'), t('export.brief.approvedAreaValue', { km2: formatNumber(Math.round(record.approvedAreaHa) / 100, lang), ha: formatNumber(record.approvedAreaHa, lang) })],
        [t('export.brief.industries'), record.industries.map((i) => (lang === 'en' ? (i.en ?? i.zh) : i.zh)).join(sep)],
      ]
    : [];
  const facts: [string, string][] = zone
    ? [
        [t('export.brief.district'), zone.district.name[lang]],
        ...(whole
          ? ([
              [t('export.brief.established'), whole.established?.value ?? t('export.brief.notPublished')],
              [t('export.brief.area'), whole.areaKm2 ? t('export.brief.km2', { value: formatNumber(whole.areaKm2.value, lang) }) : t('export.brief.notPublished')],
            ] as [string, string][])
          : []),
        [t('export.brief.clusters'), zone.clusterIds.length ? zone.clusterIds.map((c) => t(`cluster.${c}`)).join(sep) : t('zone.clusters', { names: '', count: 0 })],
        ...catalogueFacts,
      ]
    : [[t('export.brief.zones'), data.zones.filter((z) => cluster!.zoneIds.includes(z.id)).map((z) => z.name[lang]).join(sep)]];

  return (
    <div ref={ref} className="print-brief" lang={langAttr(lang)} style={{ width }} aria-hidden="true">
      <Head kind={`${zone ? t('export.brief.zone') : t('export.brief.cluster')} · ${t('app.title')}`} name={names[lang]} otherName={names[other(lang)]} otherLang={other(lang)} href={href} scan={t('export.brief.scan')} />
      <div className="print-brief__top">
        {inset}
        <div>
          <dl className="print-brief__facts">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {whole && <p className="print-brief__text">{whole.description[lang]}</p>}
        </div>
      </div>
      {cluster && (
        <section className="print-brief__profile">
          <h2>
            <span className="print-brief__swatch" style={{ background: clusterColor(cluster.id) }} />
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
        <div className="print-brief__chart">{cluster && Chart && <Chart cluster={cluster} figures={data.figures} lang={lang} width={Math.round(width * 0.58)} />}</div>
        {/* A zone with no anchor company named by a source has no list (rather than an empty one). */}
        {enterprises.length > 0 && (
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
        )}
      </div>
      <Sources title={t('export.brief.sources')} sources={sources} />
      <p className="print-brief__link">{href}</p>
    </div>
  );
}

function sourcesOf(ids: string[], all: Source[]): Source[] {
  return [...new Set(ids)].flatMap((id) => all.filter((s) => s.id === id));
}

function Head({ kind, name, otherName, otherLang, href, scan }: { kind: string; name: string; otherName: string; otherLang: Lang; href: string; scan: string }) {
  return (
    <header className="print-brief__head">
      <div>
        <p className="print-brief__kind">{kind}</p>
        <h1>{name}</h1>
        <p className="print-brief__other" lang={langAttr(otherLang)}>
          {otherName}
        </p>
      </div>
      <BriefQr text={href} caption={scan} />
    </header>
  );
}

/** "Service industry value added, 2012: 250 billion RMB (reported)", with its kind and a doubtful flag. */
function FigureLine({ figure, lang }: { figure: Figure; lang: Lang }) {
  const { t } = useTranslation();
  const flags = [t(`figure.kind.${figure.kind}`), figure.doubtful ? t('export.brief.doubtful') : ''].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  return (
    <>
      {figure.metric[lang]}
      {lang === 'zh' ? `（${figure.year}年）：` : `, ${figure.year}: `}
      <b>{figureText(figure, lang)}</b> <span className="print-brief__kind-note">{t('export.brief.kind', { kind: flags })}</span>
    </>
  );
}

function Sources({ title, sources }: { title: string; sources: Source[] }) {
  const { t } = useTranslation();
  return (
    <section className="print-brief__sources">
      <h2>{title}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.id}>
            {[s.title, s.publisher, s.date].filter(Boolean).join(', ')}
            {` — ${s.url ?? t('figure.noLink')}`}
          </li>
        ))}
      </ol>
    </section>
  );
}

type Mark = { id: string; lon: number; lat: number; label: string; strong: boolean };

/**
 * The map as it was on screen, drawn without its labels, and the zones' labels set over it as text
 * in print sizes (never under 7 pt, whatever the page's zoom: print.css), placed beside their
 * markers where they do not overlap one another; a label with no room is left out.
 */
function MapInset({ snapshot, marks, width, caption }: { snapshot: MapSnapshot | null; marks: Mark[]; width: number; caption: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const c = canvas.current;
    if (!c || !snapshot) return;
    c.width = snapshot.frame.width;
    c.height = snapshot.frame.height;
    c.getContext('2d')?.drawImage(snapshot.frame, 0, 0);
  }, [snapshot]);
  const placed = useMemo(() => (snapshot ? placeInsetLabels(snapshot, marks, width) : []), [snapshot, marks, width]);
  if (!snapshot) return <div className="print-brief__map" />;
  return (
    <figure className="print-brief__map">
      <div className="print-brief__map-frame">
        <canvas ref={canvas} />
        {placed.map((l) => (
          <span key={l.id} className="print-brief__map-label" data-strong={l.strong || undefined} data-side={l.side}
            style={{ left: `${l.x}%`, top: `${l.y}%` }}>
            {l.label}
          </span>
        ))}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** The label font in inset px (print.css sets 10 px, against the zoom) and a rough width of a text in it. */
const LABEL_PX = 10;
const textWidth = (s: string, bold: boolean) => [...s].reduce((w, c) => w + (/[\u2e80-\u9fff]/.test(c) ? 1 : bold ? 0.62 : 0.56), 0) * LABEL_PX;

/** Each label to the right of its marker, else to its left, else above or below; none over another. */
function placeInsetLabels(snapshot: MapSnapshot, marks: Mark[], insetWidth: number) {
  const k = insetWidth / snapshot.cssWidth;
  const h = snapshot.cssHeight * k;
  const taken: { l: number; r: number; t: number; b: number }[] = [];
  const out: (Mark & { x: number; y: number; side: string })[] = [];
  for (const m of marks) {
    const p = snapshot.project(m.lon, m.lat);
    const x = p.x * k;
    const y = p.y * k;
    if (x < 0 || y < 0 || x > insetWidth || y > h) continue;
    const w = textWidth(m.label, m.strong) + 4;
    const lh = LABEL_PX * 1.3;
    const options = [
      { side: 'right', l: x + 6, t: y - lh / 2 },
      { side: 'left', l: x - 6 - w, t: y - lh / 2 },
      { side: 'top', l: x - w / 2, t: y - 6 - lh },
      { side: 'bottom', l: x - w / 2, t: y + 6 },
    ];
    const fit = options.find((o) => {
      const box = { l: o.l, r: o.l + w, t: o.t, b: o.t + lh };
      return box.l >= 0 && box.r <= insetWidth && box.t >= 0 && box.b <= h && !taken.some((b) => box.l < b.r && b.l < box.r && box.t < b.b && b.t < box.b);
    });
    if (!fit) continue;
    taken.push({ l: fit.l, r: fit.l + w, t: fit.t, b: fit.t + lh });
    out.push({ ...m, x: (x / insetWidth) * 100, y: (y / h) * 100, side: fit.side });
  }
  return out;
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
