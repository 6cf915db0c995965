// @vitest-environment node
/**
 * The data check on broken copies of data/atlas/: each malformed row gets its own message naming the
 * file, the row (or line) and the column (or field), in English and Chinese; every problem is reported
 * at once; `npm run data:check` exits non-zero with the messages, and a build of broken data writes
 * nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataFolder, ROOT } from './check-data.ts';
import { formatProblem } from './problems.ts';
import { TOUR_OUT } from './tour.ts';

const ATLAS = resolve(ROOT, 'data/atlas');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A copy of the real data folder to break. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
  made.push(dir);
  cpSync(ATLAS, dir, { recursive: true });
  return dir;
}

type Row = Record<string, string>;

/** Edits the row of `id` in a table of the copy; returns its spreadsheet row number (the header is row 1). */
function editRow(dir: string, file: string, id: string, edit: (row: Row, rows: Row[]) => void): number {
  const path = join(dir, file);
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const index = parsed.data.findIndex((r) => r.id === id);
  expect(index, `${id} in ${file}`).toBeGreaterThanOrEqual(0);
  edit(parsed.data[index]!, parsed.data);
  writeFileSync(path, Papa.unparse({ fields: parsed.meta.fields!, data: parsed.data.map((r) => parsed.meta.fields!.map((f) => r[f] ?? '')) }));
  return index + 2;
}

const messages = (dir: string) => checkDataFolder(dir).problems.map(formatProblem);

describe('data check: one message per malformed row, with file, row and column', () => {
  it('accepts the real data', () => {
    expect(messages(ATLAS)).toEqual([]);
  });

  it('wrong type: a year that is not a year', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.year = '20O8'));
    expect(messages(dir)).toEqual([`figures.csv row ${row}, column year: "20O8" is not a year / 第${row}行 year 列："20O8" 不是年份`]);
  });

  it('wrong type: a number with a thousands separator, and a yes/no column with another word', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'f002-petrochemicals-enterprises-2008', (r) => {
      r.value = '1,038';
      r.doubtful = 'maybe';
    });
    const got = messages(dir);
    expect(got).toContain(
      `figures.csv row ${row}, column value: "1,038" is not a number: write it without thousands separators / 第${row}行 value 列："1,038" 不是数字：请不要使用千位分隔符`,
    );
    expect(got).toContain(`figures.csv row ${row}, column doubtful: "maybe" is not yes or no (or empty) / 第${row}行 doubtful 列："maybe" 不是 yes 或 no（或留空）`);
    expect(got).toHaveLength(2);
  });

  it('wrong type: a value not among the allowed ones', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.unit = 'RMB'));
    expect(messages(dir)).toEqual([
      `figures.csv row ${row}, column unit: "RMB" is not one of: CNY-billion, CNY-million, USD-billion, USD-million, count, percent, ratio, km2, Mt, units / 第${row}行 unit 列："RMB" 不是可选值之一：CNY-billion, CNY-million, USD-billion, USD-million, count, percent, ratio, km2, Mt, units`,
    ]);
  });

  it('unknown source id', () => {
    const dir = copy();
    const row = editRow(dir, 'enterprises.csv', 'wepec', (r) => (r.sources = 'doc-002-clusters; doc-999'));
    expect(messages(dir)).toEqual([
      `enterprises.csv row ${row}, column sources: unknown source "doc-999": it is not an id in sources.csv / 第${row}行 sources 列：未知来源 "doc-999"：sources.csv 中没有该编号`,
    ]);
  });

  it('unknown zone', () => {
    const dir = copy();
    const row = editRow(dir, 'enterprises.csv', 'intel', (r) => (r.zone = 'songmudao-chemical-park'));
    expect(messages(dir)).toEqual([
      `enterprises.csv row ${row}, column zone: unknown zone "songmudao-chemical-park": the zones are the files in zones/ / 第${row}行 zone 列：未知园区 "songmudao-chemical-park"：园区见 zones/ 文件夹中的文件`,
    ]);
  });

  it('duplicate id', () => {
    const dir = copy();
    const row = editRow(dir, 'enterprises.csv', 'dell', (r) => (r.id = 'hp'));
    expect(messages(dir)).toEqual([
      `enterprises.csv row ${row}, column id: duplicate id "hp": it is already used by an earlier record / 第${row}行 id 列：编号 "hp" 重复：前面的记录已使用该编号`,
    ]);
  });

  it('a quote that is not word for word in its document', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.quote = 'achieved an output value of 44.8 billion RMB'));
    expect(messages(dir)).toEqual([
      `figures.csv row ${row}, column quote: the quote is not word for word in its source "doc-002-clusters" / 第${row}行 quote 列：引文与来源 "doc-002-clusters" 的原文不一致`,
    ]);
  });

  it('research notes cited as a figure\'s source', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'r-software-it-services-revenue-2017', (r) => (r.source = 'research-figures'));
    expect(messages(dir)).toEqual([
      `figures.csv row ${row}, column source: "research-figures" is research notes, not a public document: cite the public document the notes name (and put "research-figures" in quote_via if the quote is transcribed there) / 第${row}行 source 列："research-figures" 是研究笔记，不是公开文件：请引用笔记所注明的公开文件（如引文转录自笔记，请在 quote_via 中填写 "research-figures"）`,
    ]);
  });

  it('an enterprise cited only to research notes', () => {
    const dir = copy();
    const row = editRow(dir, 'enterprises.csv', 'fujia-dahua', (r) => (r.sources = 'research-figures; research-zone-locations'));
    expect(messages(dir)).toEqual([
      `enterprises.csv row ${row}, column sources: cites only research notes (research-figures; research-zone-locations): cite the public document the notes name / 第${row}行 sources 列：仅引用了研究笔记（research-figures; research-zone-locations）：请引用笔记所注明的公开文件`,
    ]);
  });

  it('a quote transcribed by the research notes is checked against the notes', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'r-software-it-services-revenue-2017', (r) => (r.quote = '105.9 bn RMB'));
    expect(messages(dir)).toEqual([
      `figures.csv row ${row}, column quote: the quote is not word for word in the notes that transcribe it "research-figures" / 第${row}行 quote 列：引文与转录它的笔记 "research-figures" 的原文不一致`,
    ]);
  });

  it('a figure joined across scopes: a progress series mixing scopes', () => {
    const dir = copy();
    // The 2011 and 2012 High-tech Zone revenues are one series (same scope note and measure); 2012 claims the city's scope.
    const row = editRow(dir, 'figures.csv', 'r-software-htz-revenue-2012', (r) => {
      r.scope = 'city';
      r.zone = '';
    });
    const got = messages(dir);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(new RegExp(`^figures\\.csv row ${row}, column scope: joined across scopes: the series "High-tech Zone, featured industries led by software and outsourcing" is of scope zone, zone high-tech-zone \\(figure r-software-htz-revenue-2011-derived\\), this figure of scope city;`));
    expect(got[0]).toContain(`/ 第${row}行 scope 列：跨口径连接：`);
  });

  it('a baseline joined to a target of another scope', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.scope = 'city'));
    expect(messages(dir)).toEqual([
      `figures.csv row ${row}, column scope: joined across scopes: the baseline of cluster petrochemicals is of scope city, zone dagushan, its target f002-petrochemicals-target-2015 of scope park, zone dagushan; the chart joins the two / 第${row}行 scope 列：跨口径连接：产业集群 petrochemicals 的基准值口径为全市，园区 dagushan，其目标 f002-petrochemicals-target-2015 的口径为园区，园区 dagushan；图表会将二者相连`,
    ]);
  });

  it('a zone file: a wrong type names its line and field, an unknown field is reported', () => {
    const dir = copy();
    const path = join(dir, 'zones/dagushan.yaml');
    const text = readFileSync(path, 'utf8').replace(/^ {2}lon: .*$/m, '  lon: east').replace(/^areaKm2: null$/m, 'areaKm2: null\nareaKm: 4');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l === '  lon: east') + 1;
    const extra = text.split('\n').findIndex((l) => l === 'areaKm: 4') + 1;
    const got = messages(dir);
    expect(got).toContain(`zones/dagushan.yaml line ${line}, field location.lon: "east" is not a number / 第${line}行 location.lon 字段："east" 不是数字`);
    expect(got).toContain(`zones/dagushan.yaml line ${extra}, field areaKm: unknown field "areaKm" / 第${extra}行 areaKm 字段：未知字段 "areaKm"`);
    expect(got).toHaveLength(2);
  });

  it("a zone's outline recipe: a street code, a source and a zone that do not exist, each on its line; a zone with an outline and no recipe", () => {
    const dir = copy();
    const edit = (id: string, change: (text: string) => string) => {
      const path = join(dir, `zones/${id}.yaml`);
      const text = change(readFileSync(path, 'utf8'));
      writeFileSync(path, text);
      return (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    };
    const dagushan = edit('dagushan', (t) => t.replace(/^ {2}streets: \["210213006"\]$/m, '  streets: ["21021300"]'));
    const bonded = edit('bonded-area', (t) =>
      t.replace(/^ {2}streetSourceIds: \[qwkpw-dayaowan-street\]$/m, '  streetSourceIds: [no-such-source]').replace(/^ {2}yieldsTo: \[dagushan\]$/m, '  yieldsTo: [atlantis]'),
    );
    edit('high-tech-zone', (t) => t.replace(/\n# How the map draws its outline[\s\S]*$/, '\n'));
    const got = messages(dir);
    expect(got).toContainEqual(expect.stringMatching(new RegExp(`^zones/dagushan\\.yaml line ${dagushan('  streets:')}, field outlineRecipe\\.streets\\.0: "21021300" is not a nine-digit street code \\(July 2016 statistics codes\\) / `)));
    expect(got).toContain(`zones/bonded-area.yaml line ${bonded('  streetSourceIds:')}, field outlineRecipe.streetSourceIds.0: unknown source id "no-such-source" / 第${bonded('  streetSourceIds:')}行 outlineRecipe.streetSourceIds.0 字段：未知的来源编号"no-such-source"`);
    expect(got).toContain(`zones/bonded-area.yaml line ${bonded('  yieldsTo:')}, field outlineRecipe.yieldsTo.0: unknown zone "atlantis" / 第${bonded('  yieldsTo:')}行 outlineRecipe.yieldsTo.0 字段：未知的园区"atlantis"`);
    expect(got).toContainEqual(expect.stringMatching(/^zones\/high-tech-zone\.yaml .*needs an outlineRecipe/));
    expect(got).toHaveLength(4);
  });

  it('the 2018 catalogue: a code that is not a Dalian zone, a Dalian zone with no file, a code named twice, a name that differs', () => {
    const dir = copy();
    const edit = (id: string, change: (text: string) => string) => {
      const path = join(dir, `zones/${id}.yaml`);
      const text = change(readFileSync(path, 'utf8'));
      writeFileSync(path, text);
      return (needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
    };
    // Paotai names a code of Shandong; its own row is then named by no zone.
    const paotai = edit('paotai', (t) => t.replace('catalogueCode: S217026', 'catalogueCode: S377018'));
    // Pulandian names Jinzhou's code, and so has another zone's name.
    const pulandian = edit('pulandian', (t) => t.replace('catalogueCode: S217031', 'catalogueCode: S217029'));
    const got = messages(dir);
    const at = (file: string, line: number, field: string) => `zones/${file}.yaml line ${line}, field ${field}: `;
    expect(got).toEqual(
      expect.arrayContaining([
        `${at('paotai', paotai('catalogueCode'), 'catalogueCode')}S377018 is not a Dalian zone of the 2018 catalogue (data/inputs/catalogue/dalian.csv) / 第${paotai('catalogueCode')}行 catalogueCode 字段：S377018 不是2018年版目录中的大连开发区（data/inputs/catalogue/dalian.csv）`,
        expect.stringMatching(/^data\/inputs\/catalogue\/dalian\.csv \(repository\) row 13, column code: the catalogue zone S217026 大连炮台经济开发区 has no zone file: add zones\/<id>\.yaml with catalogueCode: S217026 \/ /),
        expect.stringMatching(/^data\/inputs\/catalogue\/dalian\.csv \(repository\) row 15, column code: the catalogue zone S217031 .* has no zone file/),
        expect.stringMatching(new RegExp(`^zones/(pulandian|jinzhou-economic-zone)\\.yaml line \\d+, field catalogueCode: S217029 is already the code of zone (pulandian|jinzhou-economic-zone) / `)),
        `${at('pulandian', pulandian('  zh: 大连普兰店经济开发区'), 'name.zh')}the Chinese name differs from the catalogue's "大连金州经济开发区" (S217029) / 第${pulandian('  zh: 大连普兰店经济开发区')}行 name.zh 字段：中文名称与目录中的"大连金州经济开发区"（S217029）不一致`,
      ]),
    );
    expect(got).toHaveLength(5);
  });

  it('the 2018 catalogue: a record written by hand is refused (the build adds it)', () => {
    const dir = copy();
    const path = join(dir, 'zones/lushun.yaml');
    const text = readFileSync(path, 'utf8').replace('catalogueCode: G211066', 'catalogueCode: G211066\ncatalogue:\n  code: G211066');
    writeFileSync(path, text);
    // (The line is that of the record's first field.)
    const line = text.split('\n').findIndex((l) => l === 'catalogue:') + 2;
    expect(messages(dir)).toEqual([
      `zones/lushun.yaml line ${line}, field catalogue: the catalogue record is added by the data build: write only catalogueCode / 第${line}行 catalogue 字段：目录记录由数据构建自动添加：只需填写 catalogueCode`,
    ]);
  });

  it('reach written by hand is refused (the build computes it from OpenStreetMap)', () => {
    const dir = copy();
    const path = join(dir, 'zones/lushun.yaml');
    const text = `${readFileSync(path, 'utf8').trimEnd()}\nreach:\n  targets: []\n`;
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l === 'reach:') + 2;
    expect(messages(dir)).toEqual([
      `zones/lushun.yaml line ${line}, field reach: reach is computed by the data build from OpenStreetMap: remove it from the file / 第${line}行 reach 字段：可达距离由数据构建根据 OpenStreetMap 计算：请从文件中删除该字段`,
    ]);
  });

  it('zones nest more than one level, never in a loop', () => {
    const dir = copy();
    const path = join(dir, 'zones/development-zone.yaml');
    const text = readFileSync(path, 'utf8').replace('\nsourceIds:', '\nparentZoneId: dayaowan-bonded-port\nparentSourceIds:\n  - vonng-adcode\nsourceIds:');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('parentZoneId:')) + 1;
    expect(messages(dir)).toContain(
      `zones/development-zone.yaml line ${line}, field parentZoneId: its parents lead back to itself (development-zone → dayaowan-bonded-port → bonded-area → development-zone) / 第${line}行 parentZoneId 字段：其上级园区又回到自身（development-zone → dayaowan-bonded-port → bonded-area → development-zone）`,
    );
  });

  it('a document named by its file number instead of its title and year', () => {
    const dir = copy();
    const row = editRow(dir, 'enterprises.csv', 'hp', (r) => (r.role_en = 'Investor (named in document 002)'));
    expect(messages(dir)).toEqual([
      `enterprises.csv row ${row}, column role_en: names a document by its file number ("document 002"): name it by its title and year, e.g. "Modern industrial clusters" (2010) / 第${row}行 role_en 列：以文件编号（"document 002"）称呼文件：请写出其标题和年份，如 2010年"Modern industrial clusters"`,
    ]);
  });

  it('a Chinese name marked romanised that has no Latin letters', () => {
    const dir = copy();
    const row = editRow(dir, 'enterprises.csv', 'hp', (r) => (r.name_romanised = 'yes'));
    expect(messages(dir)).toEqual([
      `enterprises.csv row ${row}, column name_romanised: the Chinese name has no Latin letters: it is not romanised / 第${row}行 name_romanised 列：中文名称不含拉丁字母：并非拉丁字母拼写`,
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const dir = copy();
    const a = editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.year = '20O8'));
    const b = editRow(dir, 'figures.csv', 'f002-petrochemicals-target-2015', (r) => (r.source = 'doc-999'));
    const c = editRow(dir, 'sources.csv', 'doc-000-hightech-2012', (r) => (r.date = '31/12/2012'));
    const got = messages(dir);
    expect(got.map((m) => m.split(':')[0])).toEqual([`sources.csv row ${c}, column date`, `figures.csv row ${a}, column year`, `figures.csv row ${b}, column source`]);
  });
});

describe('the built-in tour: captions name figures by id', () => {
  it('the app\'s built-in-tour.json is data/atlas/tour.yaml resolved against figures.csv (rebuild with npm run data:dataset)', () => {
    const committed: unknown = JSON.parse(readFileSync(resolve(ROOT, TOUR_OUT), 'utf8'));
    expect(checkDataFolder(ATLAS).tour).toEqual(committed);
    expect(readFileSync(join(ATLAS, 'tour.yaml'), 'utf8')).toContain('{fig:f002-petrochemicals-output-2008}');
  });

  it('a changed figure changes the tour, in both languages', () => {
    const dir = copy();
    editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.value = '45.1'));
    const { tour, problems } = checkDataFolder(dir);
    expect(problems).toEqual([]);
    const step = tour!.steps.find((s) => s.cluster === 'petrochemicals')!;
    expect(step.caption.en).toContain('produced 45.1 billion RMB in 2008');
    expect(step.caption.zh).toContain('实现产值451亿元');
  });

  it('an unknown figure in a caption is reported with its line and field', () => {
    const dir = copy();
    const path = join(dir, 'tour.yaml');
    const text = readFileSync(path, 'utf8').replace('{fig:f002-petrochemicals-output-2008} in 2008', '{fig:f002-petrochemicals-output-2009} in 2008');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l.includes('{fig:f002-petrochemicals-output-2009}')) + 1;
    expect(messages(dir)).toEqual([
      `tour.yaml line ${line}, field steps.1.caption.en: unknown figure "f002-petrochemicals-output-2009" in {fig:f002-petrochemicals-output-2009}: it is not an id in figures.csv / 第${line}行 steps.1.caption.en 字段：{fig:f002-petrochemicals-output-2009} 中的数据 "f002-petrochemicals-output-2009" 未知：figures.csv 中没有该编号`,
    ]);
  });
});

describe('npm run data:check', () => {
  it('exits non-zero with the messages on broken data, and a build of it writes nothing', () => {
    const dir = copy();
    const row = editRow(dir, 'figures.csv', 'f002-petrochemicals-output-2008', (r) => (r.year = '20O8'));
    const check = spawnSync('npm', ['run', '--silent', 'data:check', '--', '--data', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status).not.toBe(0);
    expect(check.stderr).toContain(`figures.csv row ${row}, column year: "20O8" is not a year / 第${row}行 year 列："20O8" 不是年份`);

    const built = resolve(ROOT, 'public/data/figures.json');
    const before = { text: readFileSync(built, 'utf8'), mtime: statSync(built).mtimeMs };
    const build = spawnSync('npm', ['run', '--silent', 'data:dataset', '--', '--data', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('nothing was written');
    expect(readFileSync(built, 'utf8')).toBe(before.text);
    expect(statSync(built).mtimeMs).toBe(before.mtime);
  }, 60_000);

  it('passes on the real data and writes nothing', () => {
    const out = execFileSync('npm', ['run', '--silent', 'data:check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/are valid: \d+ sources, \d+ clusters, \d+ zones, \d+ enterprises, \d+ figures/);
  }, 60_000);
});
