/**
 * Checks the schemas cannot express: quotes are verbatim, clusters, zones and enterprises agree with
 * each other, and the figures flagged for the progress chart are comparable with the target.
 * Each problem is a readable sentence naming the record.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cluster, Enterprise, Figure, Source, Zone } from '../../src/lib/data/schemas.ts';

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

interface Collections {
  sources: Source[];
  clusters: Cluster[];
  zones: Zone[];
  enterprises: Enterprise[];
  figures: Figure[];
}

export function datasetProblems(d: Collections, texts: Map<string, string>): string[] {
  const problems: string[] = [];
  const figureById = new Map(d.figures.map((f) => [f.id, f]));
  const clusterById = new Map(d.clusters.map((c) => [c.id, c]));
  const sourceById = new Map(d.sources.map((s) => [s.id, s]));

  for (const s of d.sources) {
    if ((s.kind === 'primary' || s.kind === 'research') && !texts.has(s.id))
      problems.push(`source ${s.id} is ${s.kind} but its text is not on disk (scripts/dataset/checks.ts LOCAL_TEXT_FILES)`);
  }

  for (const f of d.figures) {
    const where = `figure ${f.id}`;
    const text = texts.get(f.sourceId);
    if (text !== undefined && !squash(text).includes(squash(f.quote)))
      problems.push(`${where}: quote is not verbatim in ${f.sourceId}: "${f.quote}"`);
    if (sourceById.get(f.sourceId)?.kind === 'research' && !f.supportingSourceIds?.length)
      problems.push(`${where}: a figure from the research notes must name the pages they cite (supportingSourceIds)`);
    if ((f.kind === 'derived' || f.kind === 'corrected' || f.doubtful) && !f.note)
      problems.push(`${where}: a ${f.doubtful ? 'doubtful' : f.kind} figure needs a note saying why`);
    if (f.valueMax !== undefined && !(f.valueMax > f.value)) problems.push(`${where}: valueMax must be above value`);
    if ((f.kind === 'corrected') !== (f.correctsFigureId !== undefined))
      problems.push(`${where}: a corrected figure, and only one, names the figure it corrects`);
    const corrected = f.correctsFigureId ? figureById.get(f.correctsFigureId) : undefined;
    if (corrected && !corrected.doubtful) problems.push(`${where}: the figure it corrects (${corrected.id}) must be flagged doubtful`);
    const cluster = f.clusterId ? clusterById.get(f.clusterId) : undefined;
    if (cluster && f.zoneId && !cluster.zoneIds.includes(f.zoneId))
      problems.push(`${where}: zone ${f.zoneId} is not a zone of cluster ${cluster.id}`);
    if (f.progress) {
      const baseline = cluster && figureById.get(cluster.baselineFigureId);
      if (!cluster) problems.push(`${where}: a progress figure needs a cluster`);
      if (!f.unit.startsWith('CNY-')) problems.push(`${where}: a progress figure must be a value in CNY`);
      if (f.kind === 'target') problems.push(`${where}: a target is not a progress point`);
      if (f.period) problems.push(`${where}: a part-year value (${f.period}) is not comparable with an annual target`);
      if (baseline && f.year <= baseline.year) problems.push(`${where}: a progress figure must come after the baseline year ${baseline.year}`);
    }
  }

  for (const c of d.clusters) {
    const baseline = figureById.get(c.baselineFigureId);
    const target = figureById.get(c.targetFigureId);
    if (baseline && baseline.clusterId !== c.id) problems.push(`cluster ${c.id}: baseline figure ${baseline.id} belongs to ${baseline.clusterId}`);
    if (baseline && (baseline.kind !== 'reported' || baseline.progress)) problems.push(`cluster ${c.id}: the baseline must be a reported figure, not a progress point`);
    if (target && target.clusterId !== c.id) problems.push(`cluster ${c.id}: target figure ${target.id} belongs to ${target.clusterId}`);
    if (target && (target.kind !== 'target' || target.year !== 2015)) problems.push(`cluster ${c.id}: the target figure must be a target for 2015`);
    for (const z of c.zoneIds) {
      const zone = d.zones.find((x) => x.id === z);
      if (!zone) problems.push(`cluster ${c.id}: unknown zone ${z}`);
      else if (!zone.clusterIds.includes(c.id)) problems.push(`cluster ${c.id} lists zone ${z}, but the zone does not list the cluster`);
    }
  }
  for (const z of d.zones)
    for (const c of z.clusterIds)
      if (!clusterById.get(c)?.zoneIds.includes(z.id)) problems.push(`zone ${z.id} lists cluster ${c}, but the cluster does not list the zone`);

  for (const e of d.enterprises) {
    const cluster = clusterById.get(e.clusterId);
    if (cluster && !cluster.zoneIds.includes(e.zoneId))
      problems.push(`enterprise ${e.id}: zone ${e.zoneId} is not a zone of its cluster ${e.clusterId}`);
  }
  return problems;
}
