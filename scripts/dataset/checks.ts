/**
 * Checks the schemas cannot express, each naming the record (collection and position) and the field
 * it concerns, in English and Chinese: every id named exists and no id is used twice, quotes are
 * verbatim, clusters, zones and enterprises agree with each other, and what the progress chart joins
 * into one line is of one scope.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cluster, Enterprise, Figure, Source, Zone } from '../../src/lib/data/schemas.ts';
import type { Collection } from './atlas-files.ts';
import { unknownCluster, unknownZone } from './problems.ts';

/** The sources whose full text is on disk: the two documents and the research notes. */
export const LOCAL_TEXT_FILES: Readonly<Record<string, string>> = {
  'doc-002-clusters': '../../data/sources/002_c5410fde3e8b01ed.txt',
  'doc-000-hightech-2012': '../../data/sources/000_a7a296919ef405b9.txt',
  'research-figures': '../../data/inputs/research/figures-and-locations.md',
  'research-zone-locations': '../../data/inputs/research/zone-locations.json',
};

export function readLocalTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, rel] of Object.entries(LOCAL_TEXT_FILES)) texts.set(id, readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'));
  return texts;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface RecordProblem {
  collection: Collection;
  /** Position of the record in its collection (its row or file). */
  index: number;
  /** Dotted field path of the record, e.g. "sourceId" or "location.sourceIds". */
  field: string;
  en: string;
  zh: string;
}

type Raw = Record<string, unknown>;

/** The records as read (maybe off-schema), and each one's validated form or null. */
export interface CheckInput {
  raw: Record<Collection, readonly Raw[]>;
  valid: {
    sources: readonly (Source | null)[];
    clusters: readonly (Cluster | null)[];
    zones: readonly (Zone | null)[];
    enterprises: readonly (Enterprise | null)[];
    figures: readonly (Figure | null)[];
  };
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
const obj = (x: unknown): Raw => (x && typeof x === 'object' ? (x as Raw) : {});

/** Every id that is named exists, and no id is used twice. Runs on the records as read, so a row with a wrong type still has its ids checked. */
export function referenceProblems({ raw }: CheckInput): RecordProblem[] {
  const out: RecordProblem[] = [];
  const add = (collection: Collection, index: number, field: string, en: string, zh: string) => out.push({ collection, index, field, en, zh });
  const idsOf = (c: Collection) => new Set(raw[c].map((r) => str(r.id)).filter((s): s is string => !!s));
  const sources = idsOf('sources');
  const zones = idsOf('zones');
  const clusters = idsOf('clusters');
  const figures = idsOf('figures');

  for (const c of ['sources', 'clusters', 'zones', 'enterprises', 'figures'] as const) {
    const first = new Map<string, number>();
    raw[c].forEach((r, i) => {
      const id = str(r.id);
      if (!id) return;
      const at = first.get(id);
      if (at === undefined) first.set(id, i);
      else add(c, i, 'id', `duplicate id "${id}": it is already used by an earlier record`, `编号 "${id}" 重复：前面的记录已使用该编号`);
    });
  }
  const needSources = (c: Collection, i: number, field: string, ids: string[]) => {
    for (const s of ids)
      if (!sources.has(s)) add(c, i, field, `unknown source "${s}": it is not an id in sources.csv`, `未知来源 "${s}"：sources.csv 中没有该编号`);
  };
  const needZone = (c: Collection, i: number, field: string, z: string | undefined) => {
    if (z !== undefined && !zones.has(z)) add(c, i, field, unknownZone(z).en, unknownZone(z).zh);
  };
  const needCluster = (c: Collection, i: number, field: string, id: string | undefined) => {
    if (id !== undefined && !clusters.has(id)) add(c, i, field, unknownCluster(id).en, unknownCluster(id).zh);
  };
  const needFigure = (c: Collection, i: number, field: string, f: string | undefined) => {
    if (f !== undefined && !figures.has(f)) add(c, i, field, `unknown figure "${f}": it is not an id in figures.csv`, `未知数据 "${f}"：figures.csv 中没有该编号`);
  };

  raw.clusters.forEach((c, i) => {
    needSources('clusters', i, 'sourceIds', strs(c.sourceIds));
    needSources('clusters', i, 'valueChainSourceIds', strs(c.valueChainSourceIds));
    strs(c.zoneIds).forEach((z, k) => needZone('clusters', i, `zoneIds.${k}`, z));
    needFigure('clusters', i, 'baselineFigureId', str(c.baselineFigureId));
    needFigure('clusters', i, 'targetFigureId', str(c.targetFigureId));
  });
  raw.zones.forEach((z, i) => {
    needSources('zones', i, 'sourceIds', strs(z.sourceIds));
    needSources('zones', i, 'location.sourceIds', strs(obj(z.location).sourceIds));
    needSources('zones', i, 'established.sourceIds', strs(obj(z.established).sourceIds));
    needSources('zones', i, 'areaKm2.sourceIds', strs(obj(z.areaKm2).sourceIds));
    needSources('zones', i, 'parentSourceIds', strs(z.parentSourceIds));
    strs(z.clusterIds).forEach((c, k) => needCluster('zones', i, `clusterIds.${k}`, c));
    const parent = str(z.parentZoneId);
    if (parent !== undefined) {
      if (parent === z.id) add('zones', i, 'parentZoneId', 'a zone cannot be its own parent', '园区不能以自身为上级园区');
      else needZone('zones', i, 'parentZoneId', parent);
      if (!strs(z.parentSourceIds).length)
        add('zones', i, 'parentZoneId', 'a parent zone needs its sources (parentSourceIds)', '上级园区需要注明来源（parentSourceIds）');
      // Zones may nest more than one level (the bonded port in the Bonded Area in the Development Zone), never in a loop.
      const chain: string[] = [];
      for (let at: string | undefined = parent; at !== undefined && !chain.includes(at); at = str(raw.zones.find((x) => x.id === at)?.parentZoneId)) chain.push(at);
      if (chain.includes(str(z.id) ?? '') && parent !== z.id)
        add('zones', i, 'parentZoneId', `its parents lead back to itself (${[str(z.id), ...chain].join(' → ')})`, `其上级园区又回到自身（${[str(z.id), ...chain].join(' → ')}）`);
    }
  });
  raw.enterprises.forEach((e, i) => {
    needSources('enterprises', i, 'sourceIds', strs(e.sourceIds));
    needSources('enterprises', i, 'site.sourceIds', strs(obj(e.site).sourceIds));
    needZone('enterprises', i, 'zoneId', str(e.zoneId));
    needCluster('enterprises', i, 'clusterId', str(e.clusterId));
  });
  raw.figures.forEach((f, i) => {
    needSources('figures', i, 'sourceId', str(f.sourceId) !== undefined ? [str(f.sourceId)!] : []);
    needSources('figures', i, 'supportingSourceIds', strs(f.supportingSourceIds));
    needSources('figures', i, 'quoteViaId', str(f.quoteViaId) !== undefined ? [str(f.quoteViaId)!] : []);
    needZone('figures', i, 'zoneId', str(f.zoneId));
    needCluster('figures', i, 'clusterId', str(f.clusterId));
    needFigure('figures', i, 'correctsFigureId', str(f.correctsFigureId));
  });
  return out;
}

/** Research notes are where a figure was found, never the document it is cited to. */
const researchAsSource = (id: string) => ({
  en: `"${id}" is research notes, not a public document: cite the public document the notes name (and put "${id}" in quote_via if the quote is transcribed there)`,
  zh: `"${id}" 是研究笔记，不是公开文件：请引用笔记所注明的公开文件（如引文转录自笔记，请在 quote_via 中填写 "${id}"）`,
});

const SCOPE_ZH: Record<string, string> = { park: '园区', zone: '开发区', city: '全市' };
const scopeEn = (f: Figure) => `${f.scope}${f.zoneId ? `, zone ${f.zoneId}` : ''}`;
const scopeZh = (f: Figure) => `${SCOPE_ZH[f.scope] ?? f.scope}${f.zoneId ? `，园区 ${f.zoneId}` : ''}`;
const sameScope = (a: Figure, b: Figure) => a.scope === b.scope && a.zoneId === b.zoneId;

const DOCUMENT_NUMBER = /\b(?:document|doc\.?)\s*(0\d\d)\b|(0\d\d)\s*号文件/i;
/** Fields the atlas never shows as text, or shows verbatim from a source. */
const NOT_SHOWN = new Set(['id', 'quote', 'sourceName', 'aliases']);

/** Every string a reader may see in a record, with its dotted path. */
function visibleTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    NOT_SHOWN.has(k) || /Ids?$/.test(k) ? [] : visibleTexts(v, path ? `${path}.${k}` : k),
  );
}

/** The checks of content, on the records that passed their schema. */
export function contentProblems({ valid }: CheckInput, texts: Map<string, string>): RecordProblem[] {
  const out: RecordProblem[] = [];
  const present = <T,>(xs: readonly (T | null)[]) => xs.filter((x): x is T => x !== null);
  const figures = present(valid.figures);
  const zones = present(valid.zones);
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const clusterById = new Map(present(valid.clusters).map((c) => [c.id, c]));
  const sourceById = new Map(present(valid.sources).map((s) => [s.id, s]));
  const figureIndex = new Map(valid.figures.map((f, i) => [f?.id, i]));

  // Words a reader should never see: a document named by its file number instead of its title and year.
  for (const c of ['clusters', 'zones', 'enterprises', 'figures'] as const)
    valid[c].forEach((record, i) => {
      if (!record) return;
      for (const [field, text] of visibleTexts(record)) {
        const m = DOCUMENT_NUMBER.exec(text);
        if (!m) continue;
        const number = m[1] ?? m[2] ?? '';
        const doc = [...sourceById.values()].find((s) => s.id.startsWith(`doc-${number}-`));
        const name = doc ? `"${doc.title}"${doc.date ? ` (${doc.date.slice(0, 4)})` : ''}` : 'its title and year';
        out.push({
          collection: c,
          index: i,
          field,
          en: `names a document by its file number ("${m[0]}"): name it by its title and year, e.g. ${name}`,
          zh: `以文件编号（"${m[0]}"）称呼文件：请写出其标题和年份，如 ${doc ? `${doc.date ? `${doc.date.slice(0, 4)}年` : ''}"${doc.title}"` : '标题和年份'}`,
        });
      }
    });

  valid.sources.forEach((s, i) => {
    if (s && (s.kind === 'primary' || s.kind === 'research') && !texts.has(s.id))
      out.push({
        collection: 'sources',
        index: i,
        field: 'kind',
        en: `a ${s.kind} source needs its full text on disk (scripts/dataset/checks.ts LOCAL_TEXT_FILES)`,
        zh: `${s.kind === 'primary' ? '原始' : '研究'}来源需要在磁盘上保存全文（scripts/dataset/checks.ts LOCAL_TEXT_FILES）`,
      });
  });

  valid.figures.forEach((f, i) => {
    if (!f) return;
    const add = (field: string, en: string, zh: string) => out.push({ collection: 'figures', index: i, field, en, zh });
    // The quote is checked against the source's own text, or against the research notes that transcribe it.
    const quotedFrom = f.quoteViaId ?? f.sourceId;
    const text = texts.get(quotedFrom);
    if (text !== undefined && !squash(text).includes(squash(f.quote)))
      add('quote', `the quote is not word for word in ${f.quoteViaId ? 'the notes that transcribe it' : 'its source'} "${quotedFrom}"`, `引文与${f.quoteViaId ? '转录它的笔记' : '来源'} "${quotedFrom}" 的原文不一致`);
    if (sourceById.get(f.sourceId)?.kind === 'research')
      add('sourceId', researchAsSource(f.sourceId).en, researchAsSource(f.sourceId).zh);
    const via = f.quoteViaId ? sourceById.get(f.quoteViaId) : undefined;
    if (via && via.kind !== 'research')
      add('quoteViaId', `quote_via names the research notes that transcribe the quote; "${via.id}" is not research notes`, `quote_via 应为转录引文的研究笔记；"${via.id}" 不是研究笔记`);
    if ((f.kind === 'derived' || f.kind === 'corrected' || f.doubtful) && !f.note)
      add('note', `a ${f.doubtful ? 'doubtful' : f.kind} figure needs a note saying why`, `${f.doubtful ? '存疑' : f.kind === 'derived' ? '推算' : '更正'}数据需要附注说明原因`);
    if (f.valueMax !== undefined && !(f.valueMax > f.value)) add('valueMax', 'the upper value must be above the value', '上限值必须大于数值');
    if ((f.kind === 'corrected') !== (f.correctsFigureId !== undefined))
      add(f.kind === 'corrected' ? 'correctsFigureId' : 'kind', 'a corrected figure, and only a corrected one, names the figure it corrects', '只有更正数据才需要、也必须注明所更正的数据');
    const corrected = f.correctsFigureId ? figureById.get(f.correctsFigureId) : undefined;
    if (corrected && !corrected.doubtful)
      add('correctsFigureId', `the figure it corrects (${corrected.id}) must be marked doubtful`, `被更正的数据（${corrected.id}）必须标记为存疑`);
    const cluster = f.clusterId ? clusterById.get(f.clusterId) : undefined;
    if (cluster && f.zoneId && !cluster.zoneIds.includes(f.zoneId))
      add('zoneId', `zone ${f.zoneId} is not a zone of cluster ${cluster.id}`, `园区 ${f.zoneId} 不属于产业集群 ${cluster.id}`);
    if (f.progress) {
      const baseline = cluster && figureById.get(cluster.baselineFigureId);
      const target = cluster && figureById.get(cluster.targetFigureId);
      if (!cluster) add('clusterId', 'a progress figure needs a cluster', '进展数据需要注明产业集群');
      if (!f.unit.startsWith('CNY-')) add('unit', 'a progress figure must be a value in CNY', '进展数据必须是人民币金额');
      if (f.kind === 'target') add('kind', 'a target is not a progress point', '目标值不能作为进展数据');
      if (f.period) add('period', `a part-year value (${f.period}) is not comparable with an annual target`, `非全年数据（${f.period}）不能与年度目标比较`);
      if (baseline && f.year <= baseline.year) add('year', `a progress figure must come after the baseline year ${baseline.year}`, `进展数据的年份必须晚于基准年 ${baseline.year}`);
      // A series the chart draws as one line is the figures of a cluster with one scope note: they must be of one scope.
      const series = (g: Figure | undefined): g is Figure => !!g && g.scopeNote.en === f.scopeNote.en && g.metric.en === f.metric.en;
      const members = figures.filter((g) => g.progress && g.clusterId === f.clusterId && series(g)).sort((a, b) => a.year - b.year);
      const joinedTo = [target, baseline, ...members].find(series);
      if (joinedTo && joinedTo !== f && !sameScope(joinedTo, f))
        add(
          'scope',
          `joined across scopes: the series "${f.scopeNote.en}" is of scope ${scopeEn(joinedTo)} (figure ${joinedTo.id}), this figure of scope ${scopeEn(f)}; give it its own scope note or fix its scope`,
          `跨口径连接：序列“${f.scopeNote.zh}”的口径为${scopeZh(joinedTo)}（数据 ${joinedTo.id}），本数据的口径为${scopeZh(f)}；请为其另写口径说明或更正口径`,
        );
    }
  });

  // An enterprise is cited by public documents; the research notes may help locate it but are never its only source.
  valid.enterprises.forEach((e, i) => {
    if (e && e.sourceIds.every((id) => sourceById.get(id)?.kind === 'research'))
      out.push({
        collection: 'enterprises',
        index: i,
        field: 'sourceIds',
        en: `cites only research notes (${e.sourceIds.join('; ')}): cite the public document the notes name`,
        zh: `仅引用了研究笔记（${e.sourceIds.join('; ')}）：请引用笔记所注明的公开文件`,
      });
  });

  valid.clusters.forEach((c, i) => {
    if (!c) return;
    const add = (field: string, en: string, zh: string) => out.push({ collection: 'clusters', index: i, field, en, zh });
    const baseline = figureById.get(c.baselineFigureId);
    const target = figureById.get(c.targetFigureId);
    if (baseline && baseline.clusterId !== c.id) add('baselineFigureId', `the baseline figure ${baseline.id} belongs to ${baseline.clusterId}`, `基准数据 ${baseline.id} 属于 ${baseline.clusterId}`);
    if (baseline && (baseline.kind !== 'reported' || baseline.progress))
      add('baselineFigureId', 'the baseline must be a reported figure, not a progress point', '基准值必须是报告数据，而不是进展数据');
    if (target && target.clusterId !== c.id) add('targetFigureId', `the target figure ${target.id} belongs to ${target.clusterId}`, `目标数据 ${target.id} 属于 ${target.clusterId}`);
    if (target && (target.kind !== 'target' || target.year !== 2015)) add('targetFigureId', 'the target figure must be a target for 2015', '目标数据必须是2015年的目标');
    // The chart joins the baseline to the target (the growth they need): one scope.
    if (baseline && target && !sameScope(baseline, target)) {
      const at = figureIndex.get(baseline.id);
      out.push({
        collection: at === undefined ? 'clusters' : 'figures',
        index: at ?? i,
        field: at === undefined ? 'baselineFigureId' : 'scope',
        en: `joined across scopes: the baseline of cluster ${c.id} is of scope ${scopeEn(baseline)}, its target ${target.id} of scope ${scopeEn(target)}; the chart joins the two`,
        zh: `跨口径连接：产业集群 ${c.id} 的基准值口径为${scopeZh(baseline)}，其目标 ${target.id} 的口径为${scopeZh(target)}；图表会将二者相连`,
      });
    }
    c.zoneIds.forEach((z, k) => {
      const zone = zones.find((x) => x.id === z);
      if (zone && !zone.clusterIds.includes(c.id))
        add(`zoneIds.${k}`, `lists zone ${z}, but the zone does not list the cluster`, `列出了园区 ${z}，但该园区未列出本产业集群`);
    });
  });
  valid.zones.forEach((z, i) => {
    if (!z) return;
    z.clusterIds.forEach((c, k) => {
      const cluster = clusterById.get(c);
      if (cluster && !cluster.zoneIds.includes(z.id))
        out.push({ collection: 'zones', index: i, field: `clusterIds.${k}`, en: `lists cluster ${c}, but the cluster does not list the zone`, zh: `列出了产业集群 ${c}，但该产业集群未列出本园区` });
    });
  });
  valid.enterprises.forEach((e, i) => {
    if (!e) return;
    if (e.nameRomanised && !/[A-Za-z]/.test(e.name.zh))
      out.push({
        collection: 'enterprises',
        index: i,
        field: 'nameRomanised',
        en: 'the Chinese name has no Latin letters: it is not romanised',
        zh: '中文名称不含拉丁字母：并非拉丁字母拼写',
      });
    const cluster = clusterById.get(e.clusterId);
    // An unknown zone is reported once, as unknown (referenceProblems), not again as outside its cluster.
    if (cluster && zones.some((x) => x.id === e.zoneId) && !cluster.zoneIds.includes(e.zoneId))
      out.push({ collection: 'enterprises', index: i, field: 'zoneId', en: `zone ${e.zoneId} is not a zone of its cluster ${e.clusterId}`, zh: `园区 ${e.zoneId} 不属于其产业集群 ${e.clusterId}` });
  });
  return out;
}
