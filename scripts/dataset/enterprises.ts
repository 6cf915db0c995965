/**
 * Every company document 002 names, and those the research notes name in the five zones.
 *
 * - Chinese names of foreign companies are their established Chinese brand names, not translations.
 * - `origin` is the country or region of the headquarters where it is common knowledge or stated
 *   by the research notes; otherwise null.
 * - No site coordinate is sourced for any enterprise (research notes, section A), so `site` is null.
 * - Not included, because the schema needs one of the five zones and none fits: Hengli (Changxing
 *   Island) and PetroChina Dalian (refinery location not given); both appear in figures' scope notes.
 */
import type { Enterprise, Localized } from '../../src/lib/data/schemas.ts';
import { aliases, both, zhTr } from './text.ts';

const DOC = 'doc-002-clusters';
const CHINA = both('China', '中国');
const USA = both('United States', '美国');

const INVESTOR = zhTr('Investor (named in document 002)', '投资企业（002号文件列名）');
const SOFTWARE_ZONE_NOTE = zhTr(
  'Document 002 lists it among the companies "investing in Dalian" under the High Tech Zone software cluster; its zone is the cluster\'s, and no site is published.',
  '002号文件将其列为高新区软件产业集群中"正在大连投资"的企业；所属园区取自该集群，未公布具体厂址。',
);

/** One of the nine software investors of document 002. */
function softwareInvestor(id: string, name: Localized, names: string[], pinyinOf: string[], origin: Localized | null): Enterprise {
  return {
    id,
    name,
    aliases: aliases(names, pinyinOf),
    clusterId: 'software',
    zoneId: 'high-tech-zone',
    role: INVESTOR,
    origin,
    site: null,
    note: SOFTWARE_ZONE_NOTE,
    sourceIds: [DOC],
  };
}

export const enterprises: Enterprise[] = [
  // Petrochemicals, Dagushan.
  {
    id: 'wepec',
    name: both('Dalian West Pacific Petrochemical Co. (WEPEC)', '大连西太平洋石油化工有限公司'),
    aliases: aliases(['West Pacific Petrochemical', 'WEPEC', '西太', '大连西太', '西太平洋石化'], ['西太', '西太平洋石化']),
    clusterId: 'petrochemicals',
    zoneId: 'dagushan',
    role: zhTr('Leading enterprise', '龙头企业'),
    origin: both('China (Sino-French joint venture)', '中国（中法合资）'),
    site: null,
    note: zhTr(
      'Refinery established in 1990, the first Sino-foreign joint-venture refinery approved by the State Council; about 10 Mt a year; shareholders PetroChina, Sinochem, Dalian Construction Investment and Total. No site coordinate is published; it is placed in the Dagushan park.',
      '1990年成立的炼油企业，是国务院批准的首家中外合资炼厂；年加工能力约1000万吨；股东为中国石油、中化、大连建设投资和道达尔。未公布厂址坐标，置于大孤山园区。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'shicijianshang-detdz-2022', 'cdjx-caijing-wepec', 'chinapulse-argus-2021-10-21'],
  },
  {
    id: 'yisheng-dahua',
    name: both('Yisheng Dahua Petrochemical', '逸盛大化石化有限公司'),
    aliases: aliases(['Yisheng Petrochemical', 'Yisheng', '逸盛', '逸盛大化', '逸盛石化'], ['逸盛', '逸盛大化']),
    clusterId: 'petrochemicals',
    zoneId: 'dagushan',
    role: zhTr('Large petrochemical project (PTA producer)', '大型石化项目（PTA生产企业）'),
    origin: null,
    site: null,
    note: zhTr(
      'Document 002 calls it "Yisheng Petrochemical". With Hengli, its PTA capacity in Dalian was 17 Mt a year in 2020 (a reposted 2021 report).',
      '002号文件称其为"逸盛石化"。据一份2021年报告（转载），2020年其与恒力在大连的PTA产能合计每年1700万吨。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'shicijianshang-detdz-2022', 'zachmalone-2021-petrochem'],
  },
  {
    id: 'fujia-dahua',
    name: both('Fujia Dahua', '福佳大化'),
    aliases: aliases(['Fujia', '福佳', '福佳大化'], ['福佳', '福佳大化']),
    clusterId: 'petrochemicals',
    zoneId: 'dagushan',
    role: zhTr('Park enterprise (PX producer)', '园区企业（PX生产企业）'),
    origin: null,
    site: null,
    note: zhTr(
      'Named with WEPEC and Yisheng Dahua in the Dagushan chemical park (2022 review, a repost); with Hengli, its PX capacity in Dalian was 5.9 Mt a year in 2020. Not named in document 002.',
      '2022年评估报告（转载）将其与西太、逸盛大化并列为大孤山化工园区企业；2020年其与恒力在大连的PX产能合计每年590万吨。002号文件未提及。',
    ),
    sourceIds: ['research-figures', 'shicijianshang-detdz-2022', 'zachmalone-2021-petrochem'],
  },

  // Software and service outsourcing, High Tech Zone: the nine investors of document 002.
  softwareInvestor('hp', both('HP', '惠普'), ['HP', 'Hewlett-Packard', '惠普'], ['惠普'], USA),
  softwareInvestor('genpact', both('Genpact', '简柏特'), ['GENPACT', '简柏特'], ['简柏特'], null),
  softwareInvestor('ibm', both('IBM', 'IBM'), ['IBM', 'International Business Machines'], [], USA),
  softwareInvestor('dell', both('Dell', '戴尔'), ['DELL', '戴尔'], ['戴尔'], USA),
  softwareInvestor('cisco', both('Cisco', '思科'), ['CISCO', '思科'], ['思科'], USA),
  softwareInvestor('oracle', both('Oracle', '甲骨文'), ['ORACLE', '甲骨文'], ['甲骨文'], USA),
  {
    id: 'neusoft',
    name: both('Neusoft', '东软'),
    aliases: aliases(['NEUSOFT', 'Neusoft Dalian', 'Dalian Neusoft Information Institute', 'Neusoft International Park', '东软', '东软（大连）', '大连东软信息学院'], ['东软']),
    clusterId: 'software',
    zoneId: 'high-tech-zone',
    role: INVESTOR,
    origin: CHINA,
    site: null,
    note: zhTr(
      'Two sites in the zone: the Dalian Neusoft Information Institute in Dalian Software Park phase I (opened 2001) and the Neusoft International Park on Lushun South Road (phase II). Among the top three Chinese software exporters with DHC and HiSoft (High-tech Zone, January 2013). No site coordinate is published.',
      '在高新区有两处：大连软件园一期的大连东软信息学院（2001年开办）和旅顺南路上的东软国际软件园（二期）。与华信、海辉同为中国前三大软件出口企业（高新区，2013年1月）。未公布厂址坐标。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'wp-lushun-south-road', 'peoples-daily-2001-08-02', 'kiddlux-htz-2013'],
  },
  {
    id: 'dhc-huaxin',
    name: both('DHC (Dalian Hi-Think Computer Technology, "Huaxin")', '大连华信计算机技术股份有限公司'),
    aliases: aliases(['HUAXIN', 'Huaxin', 'DHC', 'Dalian Hi-Think', '华信', '大连华信'], ['华信', '大连华信']),
    clusterId: 'software',
    zoneId: 'high-tech-zone',
    role: INVESTOR,
    origin: CHINA,
    site: null,
    note: zhTr(
      'A Dalian-born software outsourcer ("HUAXIN" in document 002); Japanese Wikipedia places it in the High-tech Zone. No site coordinate is published.',
      '大连本土软件外包企业（002号文件写作"HUAXIN"）；日文维基百科称其位于高新区。未公布厂址坐标。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'weblio-ja-wp-hitech-zone', 'news-china-com-2018-08-31'],
  },
  {
    id: 'hisoft',
    name: both('HiSoft', '海辉'),
    aliases: aliases(['HISOFT', 'HiSoft Technology', '海辉', '海辉软件'], ['海辉']),
    clusterId: 'software',
    zoneId: 'high-tech-zone',
    role: INVESTOR,
    origin: CHINA,
    site: null,
    note: zhTr(
      'One of the early Dalian IT firms in the High-tech Zone (Japanese Wikipedia). No site coordinate is published.',
      '高新区早期的大连IT企业之一（日文维基百科）。未公布厂址坐标。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'weblio-ja-wp-hitech-zone', 'kiddlux-htz-2013'],
  },
  {
    id: 'yida-group',
    name: both('Yida Group', '亿达集团'),
    aliases: aliases(['Yida', '亿达', '亿达集团'], ['亿达']),
    clusterId: 'software',
    zoneId: 'high-tech-zone',
    role: zhTr('Developer and operator of Dalian Software Park', '大连软件园的开发和运营企业'),
    origin: CHINA,
    site: null,
    note: zhTr(
      'Runs Dalian Software Park, a company-run park started in June 1998 (research notes). Not named in document 002.',
      '运营大连软件园，该园区1998年6月起步，由企业运营（研究笔记）。002号文件未提及。',
    ),
    sourceIds: ['research-zone-locations', 'twwtn-wp-dalian-software-park', 'runsky-2003-08-13-dsp'],
  },

  // New materials, Huayuankou.
  {
    id: 'huake-engineering-plastics',
    name: zhTr('Huake engineering-plastics base', 'Huake工程塑料基地'),
    aliases: aliases(['Huake'], []),
    clusterId: 'new-materials',
    zoneId: 'huayuankou',
    role: zhTr('Engineering-plastics project (5.7 billion RMB investment, 2009)', '工程塑料项目（2009年投资57亿元）'),
    origin: null,
    site: null,
    note: zhTr(
      'Named only as "Huake" in China Daily Dalian, 2009-11-02 (via the research notes); its Chinese characters are not given, so the Chinese name keeps the romanised form.',
      '仅见于《中国日报》大连版2009年11月2日报道中的"Huake"（经研究笔记转述）；未给出中文写法，故中文名保留拼音形式。',
    ),
    sourceIds: ['research-figures', 'cd-dalian-2009-11-02'],
  },

  // Automobiles, Bonded Area.
  {
    id: 'chery',
    name: both('Chery Automobile', '奇瑞汽车'),
    aliases: aliases(['Chery', 'Chery Automobiles', 'Chery Dalian', '奇瑞', '奇瑞汽车大连基地'], ['奇瑞']),
    clusterId: 'automotive',
    zoneId: 'bonded-area',
    role: zhTr('Signed contract (vehicle project in the Bonded Area)', '已签约（保税区整车项目）'),
    origin: CHINA,
    site: null,
    note: zhTr(
      'Dalian base on reclaimed land at Dayaowan in the Bonded Zone (大连保税区大窑湾填海区): 4.7 billion RMB, groundbreaking September 2009, start of production 28 August 2012, 200,000 vehicles a year planned. No site coordinate is published.',
      '大连基地位于大连保税区大窑湾填海区：投资47亿元，2009年9月奠基，2012年8月28日投产，规划年产20万辆。未公布厂址坐标。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'lgmi-eeo-2012-09-06', 'imosi-2012-03-20', 'dlftz-87-first-chery', 'automotive-logistics-chery-dalian'],
  },
  {
    id: 'sg-automotive',
    name: both('SG Automotive', '曙光汽车'),
    aliases: aliases(['SG', 'Shuguang', '曙光', '曙光汽车'], ['曙光']),
    clusterId: 'automotive',
    zoneId: 'bonded-area',
    role: zhTr('Signed contract (vehicle project in the Bonded Area)', '已签约（保税区整车项目）'),
    origin: CHINA,
    site: null,
    note: zhTr(
      'With Chery and a third vehicle project, in less than 3 km² east of the Dayaowan car terminal (2012). No site coordinate is published.',
      '与奇瑞及另一个整车项目同在大窑湾汽车码头以东不足3平方公里的区域内（2012年）。未公布厂址坐标。',
    ),
    sourceIds: [DOC, 'research-figures', 'imosi-2012-03-20'],
  },
  {
    id: 'dongfeng-nissan-dalian',
    name: zhTr('Dongfeng-Nissan Dalian plant', '东风日产大连工厂'),
    aliases: aliases(['Dongfeng-Nissan', 'Dongfeng Nissan', 'Nissan Dalian', '东风日产'], ['东风日产']),
    clusterId: 'automotive',
    zoneId: 'bonded-area',
    role: zhTr('Vehicle plant (construction from 2012)', '整车工厂（2012年开工）'),
    origin: both('China (Sino-Japanese joint venture)', '中国（中日合资）'),
    site: null,
    note: zhTr(
      'Zone inferred, not stated: the research notes give no address, but the plant\'s output figures are published by the Dalian Free Trade Zone (Bonded Zone) administration. Construction started in June 2012 (5 billion RMB, 150,000 vehicles a year at first). Not named in document 002.',
      '所属园区为推断，资料未明确：研究笔记未给出地址，但该厂的产量数据由大连保税区（自贸区）管委会发布。2012年6月开工（投资50亿元，初期年产15万辆）。002号文件未提及。',
    ),
    sourceIds: ['research-figures', 'shine-dongfeng-nissan', 'dlftz-330-dongfeng-nissan'],
  },

  // Electronic information, Development Zone.
  {
    id: 'intel',
    name: both('Intel (Fab 68, Dalian)', '英特尔（大连68号工厂）'),
    aliases: aliases(['INTEL', 'Intel Fab 68', 'Fab 68', '英特尔', '英特尔大连芯片厂'], ['英特尔']),
    clusterId: 'electronics',
    zoneId: 'development-zone',
    role: zhTr('Anchor (INTEL-centred cluster)', '核心企业（以英特尔为核心的集群）'),
    origin: USA,
    site: null,
    note: zhTr(
      'A US$2.5 billion 300 mm fab in the Development Zone: groundbreaking 8 September 2007, production from 26 October 2010; converted to 3D NAND from 2016 and sold to SK hynix (deal October 2020, first closing December 2021). No site coordinate is published.',
      '位于开发区的25亿美元12英寸晶圆厂：2007年9月8日奠基，2010年10月26日投产；2016年起转产3D NAND，后出售给SK海力士（2020年10月签约，2021年12月首期交割）。未公布厂址坐标。',
    ),
    sourceIds: [DOC, 'research-zone-locations', 'mic-2009-06-26-intel', 'gaeatimes-ians-2010-10-27', 'simmtester-2007-09-10', 'sina-cs-2007-09-10'],
  },
  {
    id: 'sk-hynix-solidigm',
    name: both('SK hynix (Solidigm)', 'SK海力士（Solidigm）'),
    aliases: aliases(['SK hynix', 'Solidigm', 'SK海力士', '海力士'], ['海力士']),
    clusterId: 'electronics',
    zoneId: 'development-zone',
    role: zhTr('Operator of the former Intel fab (NAND)', '原英特尔工厂的运营方（NAND）'),
    origin: both('South Korea', '韩国'),
    site: null,
    note: zhTr(
      'Bought Intel\'s NAND business with the Dalian fab (US$9 billion, agreed October 2020; first closing of US$7 billion in December 2021); the SSD unit was renamed Solidigm. Not named in document 002.',
      '收购英特尔NAND业务及大连工厂（90亿美元，2020年10月签约；2021年12月首期交割70亿美元）；固态硬盘业务更名为Solidigm。002号文件未提及。',
    ),
    sourceIds: ['research-figures', 'research-zone-locations', 'nasdaq-rtt-2020-10-19', 'famagusta-gazette-sk-hynix', 'donga-2021-12-31'],
  },
];
