/**
 * Held-out organization descriptions for suggestSegments: written in English,
 * Chinese and Korean as firms, institutes and service providers describe
 * themselves, each with the segments a zone officer would list for it, BEFORE
 * the second round of suggestion tuning and never used to tune it. The demo
 * organizations' descriptions are the Done-when measure; these say how the
 * suggester does on text nobody tuned for. Do not add synonyms or weights
 * for these rows: write new rows instead.
 */
import type { Locale } from '../../functions/core/vocabulary.js';

export interface HeldOutDescription {
  locale: Locale;
  text: string;
  /** The segments the organization would list, main one first. */
  listed: string[];
}

export const HELD_OUT_DESCRIPTIONS: readonly HeldOutDescription[] = [
  // English
  {
    locale: 'en',
    text: 'We design automotive-grade microcontrollers and power management ICs for body electronics, fabless, with tape-outs at foundries in Asia.',
    listed: ['semi.chip-design', 'auto.automotive-electronics'],
  },
  {
    locale: 'en',
    text: 'Manufacturer of cathode active materials (NCM and LFP) and electrolyte for lithium-ion battery makers.',
    listed: ['nev.battery-materials'],
  },
  {
    locale: 'en',
    text: 'Installs and operates DC fast chargers and battery-swap stations along highways, and recycles spent EV batteries.',
    listed: ['nev.charging-infrastructure', 'nev.battery-recycling'],
  },
  {
    locale: 'en',
    text: 'Contract research lab offering pharmacokinetics studies, cell lines and antibodies for research use, and ELISA kits.',
    listed: ['biopharma.research-reagents', 'biopharma.drug-discovery'],
  },
  {
    locale: 'en',
    text: 'Private hospital group with general hospitals and check-up centres in three provinces.',
    listed: ['healthcare.medical-institutions', 'healthcare.health-examination'],
  },
  {
    locale: 'en',
    text: 'Family-run dairy and beef cattle ranch that also slaughters and packs chilled beef.',
    listed: ['farm.beef-cattle', 'farm.meat-processing'],
  },
  {
    locale: 'en',
    text: 'Post-production house: visual effects, colour grading, sound mixing and dubbing for feature films and streaming series.',
    listed: ['film-tv.post-production'],
  },
  {
    locale: 'en',
    text: 'Freight forwarder and customs broker handling import declarations and certificates of origin for bonded-zone shippers.',
    listed: ['trade.trade-services'],
  },
  {
    locale: 'en',
    text: 'Five-axis CNC machining centres and metal 3D printers for aerospace and mould makers.',
    listed: ['smart-equipment.cnc-machine-tools', 'smart-equipment.additive-manufacturing'],
  },
  {
    locale: 'en',
    text: 'Cloud data centre operator providing colocation, GPU compute and managed hosting.',
    listed: ['software.data-centers'],
  },
  // Chinese
  {
    locale: 'zh',
    text: '公司主营车载激光雷达和毫米波雷达的研发与生产，并为主机厂提供自动驾驶感知算法。',
    listed: ['icv.lidar-sensors', 'icv.autonomous-driving'],
  },
  {
    locale: 'zh',
    text: '我们是一家从事人参种植、红参加工及人参皂苷提取的农业产业化龙头企业。',
    listed: ['ginseng.ginseng-cultivation', 'ginseng.ginseng-deep-processing'],
  },
  {
    locale: 'zh',
    text: '专业生产医用一次性输液器、注射器和导管等医用耗材，产品通过国家二类医疗器械注册。',
    listed: ['medical-devices.medical-consumables'],
  },
  {
    locale: 'zh',
    text: '本公司从事中药材种植基地建设和中药饮片炮制，拥有GMP饮片车间。',
    listed: ['tcm.medicinal-herbs', 'tcm.decoction-pieces'],
  },
  {
    locale: 'zh',
    text: '长春一家从事动画制作和网络游戏开发的数字文化企业，拥有多个原创动漫IP。',
    listed: ['digital-content.animation', 'digital-content.games', 'digital-content.character-licensing'],
  },
  {
    locale: 'zh',
    text: '提供跨境电商保税仓储、国际快递和冷链配送服务的综合物流企业。',
    listed: ['logistics.warehousing-cold-chain', 'trade.cross-border-e-commerce'],
  },
  {
    locale: 'zh',
    text: '研发和生产智能冰箱、洗衣机等家电产品，并提供智能家居互联平台。',
    listed: ['appliances.smart-major-appliances', 'appliances.smart-home-systems'],
  },
  {
    locale: 'zh',
    text: '专注于工业机器人减速器、伺服电机和控制器等核心零部件的研发制造。',
    listed: ['robotics.robot-components'],
  },
  {
    locale: 'zh',
    text: '从事玉米深加工，生产淀粉、酒精和饲料，年加工玉米五十万吨。',
    listed: ['farm.corn-deep-processing', 'farm.feed'],
  },
  {
    locale: 'zh',
    text: '第三方检验检测认证机构，提供产品检测、计量校准和认证服务。',
    listed: ['education-tech.technology-testing'],
  },
  // Korean
  {
    locale: 'ko',
    text: '당사는 전기차용 배터리 팩과 배터리 관리 시스템(BMS)을 설계하고 생산합니다.',
    listed: ['nev.battery-packs'],
  },
  {
    locale: 'ko',
    text: '반도체 후공정 전문 기업으로 패키징과 테스트 서비스를 제공합니다.',
    listed: ['semi.packaging-testing'],
  },
  {
    locale: 'ko',
    text: '인삼 및 홍삼을 원료로 한 건강기능식품을 제조하고 중국 온라인몰에서 판매합니다.',
    listed: ['health-food.health-products', 'ginseng.ginseng-deep-processing'],
  },
  {
    locale: 'ko',
    text: '스마트공장 구축 솔루션과 MES, 산업용 IoT 플랫폼을 제조기업에 공급합니다.',
    listed: ['smart-equipment.smart-factory', 'iot-5g.industrial-internet'],
  },
  {
    locale: 'ko',
    text: '피부과 전문의가 운영하는 미용 클리닉으로 레이저 시술과 보톡스 시술을 합니다.',
    listed: ['beauty.medical-aesthetics'],
  },
  {
    locale: 'ko',
    text: '화장품 원료인 식물 추출물과 히알루론산을 개발해 화장품 브랜드에 공급합니다.',
    listed: ['beauty.cosmetic-ingredients'],
  },
  {
    locale: 'ko',
    text: '요양원과 재활병원을 운영하며 노인 돌봄 서비스를 제공합니다.',
    listed: ['healthcare.elderly-care', 'healthcare.rehabilitation-services'],
  },
  {
    locale: 'ko',
    text: '드라마와 예능 프로그램을 제작하고 OTT 플랫폼에 배급합니다.',
    listed: ['film-tv.film-production', 'film-tv.distribution-broadcasting'],
  },
  {
    locale: 'ko',
    text: '대학 연구소로서 수소연료전지와 이차전지 소재를 연구하고 기업과 공동연구를 합니다.',
    listed: ['education-tech.rnd-services', 'nev.battery-materials'],
  },
  {
    locale: 'ko',
    text: '자율주행 트랙터와 드론 방제 서비스를 제공하는 스마트농업 기업입니다.',
    listed: ['agri-machinery.intelligent-farm-machinery', 'agri-machinery.precision-agriculture'],
  },
];
