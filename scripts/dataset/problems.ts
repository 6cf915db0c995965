/**
 * A problem of the authored data, located where an analyst can find it: the file, the spreadsheet row
 * (the header is row 1) or the line of a YAML file, the column or field, and a plain message in English
 * and in Chinese. The build and `npm run data:check` print every problem at once.
 */
import type * as v from 'valibot';

export interface Problem {
  /** Path inside the data folder, e.g. "figures.csv" or "zones/dagushan.yaml". */
  file: string;
  /** Spreadsheet row (1 = the header) for a CSV file. */
  row?: number;
  /** Line for a YAML file. */
  line?: number;
  /** CSV column name, or the field's dotted path in a YAML file. */
  column?: string;
  en: string;
  zh: string;
}

export interface Message {
  en: string;
  zh: string;
}

/** `figures.csv row 41, column year: "20O8" is not a year / 第41行 year 列："20O8" 不是年份` */
export function formatProblem(p: Problem): string {
  const isCsv = p.row !== undefined;
  const at = p.row ?? p.line;
  const colEn = p.column ? `${isCsv ? 'column' : 'field'} ${p.column}` : '';
  const colZh = p.column ? `${p.column} ${isCsv ? '列' : '字段'}` : '';
  const en = [at !== undefined ? `${p.file} ${isCsv ? 'row' : 'line'} ${at}` : p.file, colEn].filter(Boolean).join(', ');
  const zh = [at !== undefined ? `第${at}行` : '', colZh].filter(Boolean).join(' ');
  return `${en}: ${p.en} / ${zh ? `${zh}：` : `${p.file}：`}${p.zh}`;
}

const shown = (x: unknown): string => (typeof x === 'string' ? `"${x}"` : JSON.stringify(x) ?? String(x));

/** The last field name of a dotted path ("location.sourceIds.2" -> "sourceIds"). */
function fieldName(path: string): string {
  const parts = path.split('.').filter((s) => !/^\d+$/.test(s));
  return parts[parts.length - 1] ?? '';
}

const ZONE_FIELDS = new Set(['zoneId', 'zoneIds', 'parentZoneId', 'cutOutZoneIds']);
const CLUSTER_FIELDS = new Set(['clusterId', 'clusterIds']);

export const unknownZone = (value: unknown): Message => ({
  en: `unknown zone ${shown(value)}: the zones are the files in zones/`,
  zh: `未知园区 ${shown(value)}：园区见 zones/ 文件夹中的文件`,
});
export const unknownCluster = (value: unknown): Message => ({
  en: `unknown cluster ${shown(value)}: the clusters are the files in clusters/`,
  zh: `未知产业集群 ${shown(value)}：产业集群见 clusters/ 文件夹中的文件`,
});

/** A valibot issue as a plain sentence in both languages; `path` is the record's dotted field path. */
export function describeIssue(issue: v.BaseIssue<unknown>, path: string): Message {
  const field = fieldName(path);
  const got = shown(issue.input);
  const expected = issue.expected ?? '';
  if (issue.input === undefined && issue.kind === 'schema') return { en: 'is missing', zh: '缺失' };
  switch (issue.type) {
    case 'picklist': {
      if (ZONE_FIELDS.has(field)) return unknownZone(issue.input);
      if (CLUSTER_FIELDS.has(field)) return unknownCluster(issue.input);
      const options = expected.replace(/["()]/g, '').split(' | ').join(', ');
      return { en: `${got} is not one of: ${options}`, zh: `${got} 不是可选值之一：${options}` };
    }
    case 'regex':
      if (field === 'date') return { en: `${got} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`, zh: `${got} 不是日期：请写作 YYYY、YYYY-MM 或 YYYY-MM-DD` };
      if (field === 'adcode') return { en: `${got} is not a six-digit district code`, zh: `${got} 不是六位行政区划代码` };
      if (/^outlineRecipe\.(streets|managed)\.\d+$/.test(path)) return { en: `${got} is not a nine-digit street code (July 2016 statistics codes)`, zh: `${got} 不是九位街道代码（2016年7月统计用区划代码）` };
      return {
        en: `${got} is not an id: use lower-case letters, digits and hyphens (e.g. f002-output-2008)`,
        zh: `${got} 不是有效的编号：只能用小写字母、数字和连字符（如 f002-output-2008）`,
      };
    case 'min_length':
    case 'non_empty':
      if (/source/i.test(field)) return { en: 'needs at least one source id', zh: '至少需要一个来源编号' };
      return { en: 'must not be empty', zh: '不能为空' };
    case 'min_value':
    case 'max_value':
      if (field === 'year') return { en: `${got} is not a year between 1980 and 2030`, zh: `${got} 不是1980至2030年之间的年份` };
      return issue.type === 'min_value'
        ? { en: `${got} is below the least allowed value ${issue.requirement as number}`, zh: `${got} 小于允许的最小值 ${issue.requirement as number}` }
        : { en: `${got} is above the greatest allowed value ${issue.requirement as number}`, zh: `${got} 大于允许的最大值 ${issue.requirement as number}` };
    case 'integer':
      return { en: `${got} is not a whole number`, zh: `${got} 不是整数` };
    case 'url':
      return { en: `${got} is not a web address (https://…)`, zh: `${got} 不是网址（https://…）` };
    case 'boolean':
      return { en: `${got} is not yes or no (true or false in YAML)`, zh: `${got} 不是“是”或“否”（YAML 中写 true 或 false）` };
    case 'number':
      return { en: `${got} is not a number`, zh: `${got} 不是数字` };
    case 'string':
      return { en: `${got} is not text`, zh: `${got} 不是文本` };
    case 'object':
      if (issue.input === undefined) return { en: 'is missing', zh: '缺失' };
      return { en: `${got} should be a group of fields`, zh: `${got} 应为一组字段` };
    case 'array':
      if (issue.input === undefined) return { en: 'is missing', zh: '缺失' };
      return { en: `${got} should be a list`, zh: `${got} 应为列表` };
    default:
      if (issue.input === undefined) return { en: 'is missing', zh: '缺失' };
      return { en: `${got}: ${issue.message}`, zh: `${got} 不符合要求（${issue.message}）` };
  }
}
