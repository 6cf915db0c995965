/**
 * The five key industrial clusters of document 002, in the page's order. The English of `general`
 * and `objective` is the page's own text, lightly cleaned (spacing, capitals); the Chinese is our
 * translation and is marked as such. The value chains keep to the steps the page (and, for PTA's
 * place, the research notes) name. `aliases` are for search: the legend's short names (the locale key
 * `cluster.<id>` in src/locales), other common English forms, and the pinyin of the Chinese names.
 */
import type { Cluster } from '../../src/lib/data/schemas.ts';
import { aliases, zhTr } from './text.ts';

const DOC = 'doc-002-clusters';

export const clusters: Cluster[] = [
  {
    id: 'petrochemicals',
    name: zhTr('Dagu Mountain Petrochemical Industrial Cluster', '大孤山石化产业集群'),
    sourceName: 'Dagu Mountain Petrochemical Industrial Clusters',
    aliases: aliases(['Petrochemicals', 'Petrochemical', 'Petrochemical industry', '石化', '石化产业', '石化产业集群'], ['石化', '大孤山石化产业集群']),
    general: zhTr(
      'In Dagu Mountain Petrochemical Industrial Park, there are several large petrochemical projects, such as West Pacific Petrochemical and Yisheng Petrochemical, which own a complete industrial chain of petrochemical facilities from oil refining to PX to PET. In 2008, 38 petrochemical enterprises in this park achieved an output value of 44.3 billion RMB.',
      '大孤山石化产业园区内有西太平洋石化、逸盛石化等多个大型石化项目，拥有从炼油到PX再到PET的完整石化产业链。2008年，园区内38家石化企业实现产值443亿元。',
    ),
    objective: zhTr(
      'With West Pacific Petrochemical as its leading enterprise, and with PTA and methyl alcohol as its principal parts, the park is focusing on the development of the intensive processing of crude oil, and polymer chemical industries of basic chemical materials and synthetic resin. By the end of the Twelfth Five-Year Plan, the output value of 100 billion RMB will be reached.',
      '以西太平洋石化为龙头企业，以PTA和甲醇为主体，园区重点发展原油深加工以及基础化工原料和合成树脂等高分子化工产业。到"十二五"末，产值将达到1000亿元。',
    ),
    valueChain: [
      zhTr('Crude oil refining', '原油炼制'),
      zhTr('PX (paraxylene)', 'PX（对二甲苯）'),
      zhTr('PTA (purified terephthalic acid)', 'PTA（精对苯二甲酸）'),
      zhTr('PET (polyester)', 'PET（聚酯）'),
    ],
    valueChainSourceIds: [DOC, 'research-zone-locations'],
    zoneIds: ['dagushan'],
    baselineFigureId: 'f002-petrochemicals-output-2008',
    targetFigureId: 'f002-petrochemicals-target-2015',
    sourceIds: [DOC],
  },
  {
    id: 'software',
    name: zhTr('Software and Service Outsourcing Industrial Cluster, High Tech Zone', '高新区软件和服务外包产业集群'),
    sourceName: 'Software Industry in High Tech Development Zone and Service Outsourcing Industrial Clusters',
    aliases: aliases(['Software & service outsourcing', 'Software and service outsourcing', 'Software', 'Service outsourcing', '软件和服务外包', '软件', '服务外包', '软件和服务外包产业集群'], ['软件', '软件和服务外包', '高新区软件和服务外包产业集群']),
    general: zhTr(
      'Currently, a group of well-known enterprises both at home and abroad, such as HP, GENPACT, IBM, DELL, CISCO, ORACLE, NEUSOFT, HUAXIN, and HISOFT, are investing in Dalian. Between 2002 and 2008, sales revenues of the software industry continuously increased, up about 40% on average.',
      '目前，惠普、简柏特、IBM、戴尔、思科、甲骨文、东软、华信、海辉等一批国内外知名企业正在大连投资。2002年至2008年，软件产业销售收入持续增长，年均增长约40%。',
    ),
    objective: zhTr(
      'The Development Zone focuses on system integration and quickening the development of embedded software, internetwork, and high-end software. By the end of the Twelfth Five Year Plan, the sales revenue of software and service outsourcing will surpass 100 billion RMB, forming the biggest, most mature and most competitive software clusters in the whole country, ranking at first place in China.',
      '开发区重点发展系统集成，加快发展嵌入式软件、网络软件和高端软件。到"十二五"末，软件和服务外包销售收入将突破1000亿元，形成全国规模最大、最成熟、最具竞争力的软件产业集群，位居全国首位。',
    ),
    valueChain: [
      zhTr('Embedded, network and high-end software', '嵌入式软件、网络软件和高端软件'),
      zhTr('System integration', '系统集成'),
      zhTr('Service outsourcing', '服务外包'),
    ],
    valueChainSourceIds: [DOC],
    zoneIds: ['high-tech-zone'],
    baselineFigureId: 'r-software-sales-2008',
    targetFigureId: 'f002-software-target-2015',
    sourceIds: [DOC, 'research-figures'],
  },
  {
    id: 'new-materials',
    name: zhTr('Huayuankou New Materials Industrial Cluster', '花园口新材料产业集群'),
    sourceName: 'Huayuankou Industrial Clusters for New Materials',
    aliases: aliases(['New materials', 'New material', '新材料', '新材料产业集群'], ['新材料', '花园口新材料产业集群']),
    general: zhTr(
      'More than 14 new projects for new materials in the zone have been launched, including new materials for aerospace, carbon fiber, special gas, nanometer, photovoltaic battery, and engineering plastics of high performance. In 2008, it was listed as the Core Zone and Industrial Base for new materials by the State.',
      '区内已启动14个以上新材料新项目，包括航空航天新材料、碳纤维、特种气体、纳米材料、光伏电池和高性能工程塑料等。2008年，该区被国家列为新材料核心区和产业基地。',
    ),
    objective: zhTr(
      'By the end of the Twelfth Five Year Plan, the cluster will have an annual output of 100 billion RMB.',
      '到"十二五"末，该集群年产值将达到1000亿元。',
    ),
    valueChain: [
      zhTr('New materials for aerospace', '航空航天新材料'),
      zhTr('Carbon fibre', '碳纤维'),
      zhTr('Special gas', '特种气体'),
      zhTr('Nanometer materials', '纳米材料'),
      zhTr('Photovoltaic batteries', '光伏电池'),
      zhTr('High-performance engineering plastics', '高性能工程塑料'),
    ],
    valueChainSourceIds: [DOC],
    zoneIds: ['huayuankou'],
    baselineFigureId: 'f002-new-materials-projects',
    targetFigureId: 'f002-new-materials-target-2015',
    sourceIds: [DOC, 'doc-000-hightech-2012'],
  },
  {
    id: 'automotive',
    name: zhTr('Automobile Industry Cluster in the Development Zone and Bonded Area', '开发区和保税区汽车产业集群'),
    sourceName: 'Automobile Industry Clusters in Development Zone and Bonded Area',
    aliases: aliases(['Automotive', 'Automobile', 'Automobiles', 'Automobile industry', 'Vehicles', '汽车', '汽车产业', '汽车产业集群'], ['汽车', '开发区和保税区汽车产业集群']),
    general: zhTr(
      'There are more than 80 automobile enterprises and automotive parts businesses, of which 43 are of large scale. By 2008, the output value exceeded 10 billion RMB. In the Bonded Area, enterprises such as Chery Automobiles, SG Automotive and electric vehicles have signed contracts.',
      '区内有汽车整车及零部件企业80多家，其中规模以上企业43家。到2008年，产值超过100亿元。在保税区，奇瑞汽车、曙光汽车以及电动汽车等企业已经签约。',
    ),
    objective: zhTr(
      'The cluster will concentrate on automobile parts businesses with high added value, centering on the vehicle projects. By the end of the Twelfth Five Year Plan, the vehicles industry in the Development Zone and Bonded Area will have an annual output of 100 billion RMB, becoming an important production base for the vehicles, new energy automobiles and automobile parts.',
      '该集群将以整车项目为中心，集中发展高附加值的汽车零部件产业。到"十二五"末，开发区和保税区汽车产业年产值将达到1000亿元，成为整车、新能源汽车和汽车零部件的重要生产基地。',
    ),
    valueChain: [
      zhTr('Automobile parts with high added value', '高附加值汽车零部件'),
      zhTr('Vehicles, including new energy automobiles', '整车（含新能源汽车）'),
    ],
    valueChainSourceIds: [DOC],
    zoneIds: ['development-zone', 'bonded-area'],
    baselineFigureId: 'f002-automotive-output-2008',
    targetFigureId: 'f002-automotive-target-2015',
    sourceIds: [DOC],
  },
  {
    id: 'electronics',
    name: zhTr('Electronic Information Industrial Cluster in the Development Zone', '开发区电子信息产业集群'),
    sourceName: 'Electronic Information Industrial Clusters in the Development Zone',
    aliases: aliases(['Electronic information', 'Electronics', 'Electronic information industry', '电子信息', '电子信息产业集群'], ['电子信息', '开发区电子信息产业集群']),
    general: zhTr(
      '86 manufacturers for electronic information are of large scale, covering electronic parts and components, peripheral devices of computers and their consumable items, communications, and industrial electronics. By 2008, the output value amounted to 31 billion RMB.',
      '规模以上电子信息制造企业86家，涵盖电子元器件、计算机外部设备及耗材、通信和工业电子等领域。到2008年，产值达到310亿元。',
    ),
    objective: zhTr(
      'Centered on INTEL and focused on developing electronic information, integrated circuits and their supporting industries, the cluster will form a first-rate industrial base for assembly in the international market, integrating talent cultivation, design and development, production and processing, packing and testing, logistic distribution and delivery. By the end of the Twelfth Five Year Plan, it will produce an annual output of over 80 billion RMB.',
      '以英特尔为核心，重点发展电子信息、集成电路及其配套产业，该集群将形成集人才培养、设计研发、生产加工、封装测试、物流配送于一体、面向国际市场的一流产业基地。到"十二五"末，年产值将超过800亿元。',
    ),
    valueChain: [
      zhTr('Talent cultivation', '人才培养'),
      zhTr('Design and development', '设计研发'),
      zhTr('Production and processing', '生产加工'),
      zhTr('Packing and testing', '封装测试'),
      zhTr('Logistic distribution and delivery', '物流配送'),
    ],
    valueChainSourceIds: [DOC],
    zoneIds: ['development-zone'],
    baselineFigureId: 'f002-electronics-output-2008',
    targetFigureId: 'f002-electronics-target-2015',
    sourceIds: [DOC],
  },
];
