/**
 * The built-in tour, as data (validated by tour-schema.ts in the unit tests and when the app reads it).
 * Every figure here is in public/data/figures.json with the kind said here (reported, target,
 * projected, corrected); the captions and notes are the atlas's own words in both languages.
 * To add a step: append an object below; `npm test` checks it against the schema and the dataset.
 */
import type { TourInput } from '../utils/tour-schema';

export const BUILT_IN_TOUR: TourInput = {
  version: 1,
  id: 'built-in',
  title: { en: "Dalian's five industrial clusters", zh: '大连五大产业集群' },
  steps: [
    {
      view: 'overview',
      caption: {
        en: 'Dalian in 2012: the high-tech industry produced about 650 billion yuan a year. China Daily printed “650 million yuan ($104 billion)”; the correction is ours and unconfirmed.',
        zh: '2012年的大连：高新技术产业年产值约6500亿元。《中国日报》原文印作“6.5亿元（1040亿美元）”；此更正为本图集所作，未经证实。',
      },
      notes: {
        en: 'Source: China Daily, 31 December 2012. Output from emerging industries exceeded 10 billion yuan. The service industry’s value added was 255 billion yuan in 2011 and was projected to reach 286 billion yuan in 2012 — a projection, not a result. Enterprises with a main business income above 20 million yuan applied for 1,977 patents in 2011; granted patents in Dalian exceeded 30,000, double the figure of five years before.',
        zh: '来源：《中国日报》2012年12月31日。新兴产业产值超过100亿元。服务业增加值2011年为2550亿元，预计2012年达到2860亿元——这是预计值，并非实际结果。2011年，主营业务收入2000万元以上的企业申请专利1977件；大连累计授权专利超过3万件，是五年前的两倍。',
      },
    },
    {
      zone: 'dagushan',
      cluster: 'petrochemicals',
      caption: {
        en: 'Petrochemicals, Dagushan: 38 enterprises produced 44.3 billion RMB in 2008. The target: 100 billion RMB by 2015.',
        zh: '石化，大孤山：2008年38家企业实现产值443亿元。目标：到2015年达到1000亿元。',
      },
      notes: {
        en: 'A complete chain from oil refining to PX to PET. Leading enterprise: West Pacific Petrochemical (WEPEC); Yisheng Dahua is among the large projects. The 2008 output is reported; 100 billion by the end of the Twelfth Five-Year Plan is a target, not an outcome. The park’s place on the map is an estimate.',
        zh: '从炼油到PX再到PET的完整产业链。龙头企业：西太平洋石化（WEPEC）；逸盛大化是大型项目之一。2008年产值为报告值；到“十二五”末达到1000亿元是目标值，并非实际结果。园区在地图上的位置是估计值。',
      },
    },
    {
      zone: 'high-tech-zone',
      cluster: 'software',
      caption: {
        en: 'Software and service outsourcing, Hi-tech Zone: sales grew about 40 % a year from 2002 to 2008. The target: 100 billion RMB by 2015.',
        zh: '软件和服务外包，高新区：2002至2008年销售收入年均增长约40%。目标：到2015年达到1000亿元。',
      },
      notes: {
        en: 'Anchor enterprises include HP, Genpact, IBM, Dell, Cisco, Oracle and Neusoft. Citywide software and information sales were 30.6 billion RMB in 2008 (reported, from the research notes). In 2012 the zone’s featured industries led by software and outsourcing reported 114.5 billion RMB of revenue. 100 billion by 2015 is a target.',
        zh: '主要企业包括惠普、简柏特、IBM、戴尔、思科、甲骨文和东软。2008年全市软件和信息产业销售额为306亿元（报告值，见研究资料）。2012年，高新区以软件和服务外包为主的特色产业收入为1145亿元（报告值）。到2015年达到1000亿元是目标值。',
      },
    },
    {
      zone: 'huayuankou',
      cluster: 'new-materials',
      caption: {
        en: 'New materials, Huayuankou: more than 14 new-material projects launched. The target: an annual output of 100 billion RMB by 2015.',
        zh: '新材料，花园口：已启动14个以上新材料项目。目标：到2015年年产值达到1000亿元。',
      },
      notes: {
        en: 'In 2012 China Daily reported seven major projects under construction, with an investment of 5.55 billion yuan, and projected 20 billion yuan of output from the zone’s emerging (bio and new-material) industries for that year — a projection. The anchor in the data: the Huake engineering-plastics base. The zone’s place on the map is an estimate.',
        zh: '2012年《中国日报》报道，区内7个重大项目在建，投资55.5亿元，并预计当年新兴产业（生物和新材料）产值达到200亿元——这是预计值。数据中的主要企业：Huake工程塑料基地。经济区在地图上的位置是估计值。',
      },
    },
    {
      zone: 'bonded-area',
      cluster: 'automotive',
      caption: {
        en: 'Automotive, Development Zone and Bonded Area: more than 80 vehicle and parts enterprises; output above 10 billion RMB by 2008. The target: 100 billion RMB by 2015.',
        zh: '汽车，开发区和保税区：80多家整车和零部件企业；2008年产值超过100亿元。目标：到2015年达到1000亿元。',
      },
      notes: {
        en: '43 of the enterprises are of large scale. Anchors in the Bonded Area: Chery, SG Automotive and the Dongfeng-Nissan Dalian plant. Chery’s Dalian base: an investment of 4.7 billion RMB and 200,000 vehicles a year planned (2009). 100 billion by 2015 is a target.',
        zh: '其中43家规模较大。保税区的主要企业：奇瑞汽车、曙光汽车和东风日产大连工厂。奇瑞大连基地投资47亿元，规划年产20万辆（2009年）。到2015年达到1000亿元是目标值。',
      },
    },
    {
      zone: 'development-zone',
      cluster: 'electronics',
      chart: true,
      caption: {
        en: 'Electronic information, Development Zone: 86 large-scale manufacturers, 31 billion RMB of output in 2008. The target: over 80 billion RMB by 2015.',
        zh: '电子信息，开发区：86家规模较大的制造企业，2008年产值310亿元。目标：到2015年超过800亿元。',
      },
      notes: {
        en: 'The chart shows the 2008 output against the 2015 target. Intel announced a US$2.5 billion investment in Fab 68 in 2007; production started in 2010. In 2020 SK hynix agreed to buy Intel’s NAND business, the Dalian fab included, for US$9 billion. The target is a plan, not an outcome.',
        zh: '图表显示2008年产值与2015年目标。英特尔2007年宣布投资25亿美元建设68号工厂，2010年投产。2020年，SK海力士同意以90亿美元收购英特尔NAND业务，包括大连工厂。目标是规划，并非实际结果。',
      },
    },
    {
      view: 'zones',
      camera: { lon: 122.05, lat: 39.22, zoom: 8.8 },
      caption: {
        en: 'Five clusters, five zones: each cluster’s 2015 target lies between 80 and 100 billion RMB.',
        zh: '五个集群，五个园区：各集群2015年的目标都在800亿至1000亿元之间。',
      },
      notes: {
        en: 'The plan’s heading puts each key cluster at 50–100 billion RMB of output. Every figure in the atlas names its source and its kind: reported, target, projected, derived or corrected. Zone locations and outlines are estimates.',
        zh: '规划清单的标题将每个重点产业集群的产值定为500亿至1000亿元。图集中的每个数字都注明来源和类型：报告值、目标值、预计值、推算值或更正值。园区的位置和轮廓均为估计。',
      },
    },
  ],
};
