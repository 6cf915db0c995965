// Small helpers of the benchmark: statistics, the results table, the machine description.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export function stats(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { n: 0, median: null, min: null, max: null, values: [] };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { n: xs.length, median, min: xs[0], max: xs[xs.length - 1], values: values.map((v) => (typeof v === 'number' ? round(v) : v)) };
}

export const round = (x, digits = 1) => (x === null || x === undefined ? x : Math.round(x * 10 ** digits) / 10 ** digits);

export const fmtMs = (x) => (x === null || x === undefined ? '—' : `${x < 1 ? x.toFixed(2) : x < 100 ? round(x, 1) : Math.round(x)} ms`);
export const fmtKB = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);

/** Rows of { metric, median, min, max, ratio, target, pass } as an aligned text table. */
export function textTable(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((n) => '-'.repeat(n))), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n');
}

export function markdownTable(rows, columns) {
  const esc = (s) => String(s ?? '').replace(/\|/g, '\\|');
  return [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${columns.map((c) => esc(r[c])).join(' | ')} |`)].join('\n');
}

function tryRun(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(root, browserVersion) {
  let cpuModel = cpus()[0]?.model ?? null;
  try {
    cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpuModel;
  } catch {
    /* not Linux */
  }
  const commit = tryRun('git', ['rev-parse', '--short', 'HEAD'], root);
  const dirty = commit ? (tryRun('git', ['status', '--porcelain', '--untracked-files=no'], root) ?? '') !== '' : false;
  return {
    nproc: Number(tryRun('nproc', []) ?? cpus().length),
    cpuModel,
    chromium: browserVersion,
    node: process.version,
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : null,
  };
}
