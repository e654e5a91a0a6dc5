/**
 * Other names of the opening-up platform and service segments: logistics,
 * trade, finance, tourism and sport, education and technology services.
 */
import type { SegmentSynonyms } from './types.js';

export const platformServicesSynonyms: SegmentSynonyms = {
  'logistics.aircraft-maintenance': {
    en: ['aircraft MRO', 'aviation maintenance', 'aircraft components'],
    zh: ['航空器维修', '飞机部件'],
    ko: ['항공 MRO'],
  },
  'logistics.aviation-logistics': {
    en: ['air logistics', 'express courier'],
    zh: ['航空快递', '航空运输'],
    ko: ['항공 특송'],
  },
  'logistics.rail-freight': {
    en: ['China-Europe rail freight', 'China-Europe train', 'rail logistics', 'block train'],
    zh: ['铁路物流', '班列'],
    ko: ['철도 물류', '화물열차'],
  },
  'logistics.land-port': {
    en: ['container yard', 'inland container depot'],
    zh: ['集装箱堆场', '陆港物流'],
    ko: ['내륙 컨테이너 기지', '컨테이너 야드'],
  },
  'logistics.warehousing-cold-chain': {
    en: ['cold storage warehouse', 'refrigerated transport', 'logistics company', 'warehouse'],
    zh: ['冷藏运输', '物流公司', '仓库'],
    ko: ['냉장 물류', '물류 회사', '물류센터'],
  },
  'trade.bonded-area': {
    en: ['bonded zone', 'free trade zone services'],
    zh: ['保税仓库', '保税园区'],
    ko: ['자유무역지역'],
  },
  'trade.bonded-maintenance': {
    en: ['bonded repair services', 'remanufactured parts'],
    zh: ['保税检测维修'],
    ko: ['보세 정비 서비스'],
  },
  'trade.trade-services': {
    en: ['freight forwarder', 'import export agent'],
    zh: ['报关行', '货代', '进出口代理'],
    ko: ['관세사 사무소', '포워더', '수출입 대행'],
  },
  'trade.exhibitions': {
    en: ['trade fair organiser', 'trade fair organizer', 'exhibition organizer', 'trade show'],
    zh: ['展览公司', '会展服务'],
    ko: ['박람회 주최', '전시 기획', '컨벤션'],
  },
  'trade.cross-border-e-commerce': {
    en: ['ecommerce platform', 'online marketplace', 'cross-border online retail'],
    zh: ['跨境电商平台', '海外购'],
    ko: ['역직구 플랫폼', '이커머스'],
  },
  'finance.professional-services': {
    en: ['patent attorney', 'law firm', 'accounting firm', 'IP law'],
    zh: ['知识产权代理', '律师事务所', '会计师事务所'],
    ko: ['특허 사무소', '법률 사무소', '회계법인'],
  },
  'finance.banking': {
    en: ['payments', 'commercial bank'],
    zh: ['商业银行', '支付服务'],
    ko: ['시중은행', '결제 서비스'],
  },
  'finance.securities-futures': {
    en: ['asset manager', 'brokerage', 'mutual fund'],
    zh: ['公募基金', '券商', '资管'],
    ko: ['자산 운용사', '증권 회사', '운용사'],
  },
  'finance.investment-funds': {
    en: ['VC', 'PE fund', 'investor', 'investment firm'],
    zh: ['投资公司', '创投', 'VC'],
    ko: ['투자사', 'VC'],
  },
  'tourism-sport.tourism-destinations': {
    en: ['hotels and resorts', 'tourist attraction', 'hospitality'],
    zh: ['景区', '度假村', '酒店管理'],
    ko: ['호텔 운영', '관광지 운영', '숙박'],
  },
  'tourism-sport.sport-fitness': {
    en: ['fitness centre', 'sports club'],
    zh: ['健身房', '健身中心', '体育俱乐部'],
    ko: ['헬스장', '골프장', '스포츠 센터'],
  },
  'tourism-sport.travel-agencies': {
    en: ['tour agency', 'tour operator services', 'OTA'],
    zh: ['旅游公司', '地接社'],
    ko: ['여행 대리점', '여행 상품'],
  },
  'education-tech.higher-education': {
    en: ['joint degree programme', 'joint degree', 'college', 'graduate school'],
    zh: ['高校', '中外合作办学', '研究生院'],
    ko: ['대학교', '대학원'],
  },
  'education-tech.vocational-training': {
    en: ['vocational school', 'skills centre', 'technical college'],
    zh: ['职业学校', '技工学校', '职业技能培训'],
    ko: ['기술학교', '직업전문학교'],
  },
  'education-tech.talent-services': {
    en: ['headhunter', 'recruiting agency', 'staffing'],
    zh: ['人力资源服务', '招聘平台'],
    ko: ['헤드헌터', '인력 파견', '채용 대행'],
  },
  'education-tech.rnd-services': {
    en: ['technology transfer office', 'TTO', 'business incubator', 'research institute services'],
    zh: ['科技成果转化', '技术转让', '科技孵化'],
    ko: ['기술사업화', '액셀러레이터'],
  },
  'education-tech.technology-testing': {
    en: ['food safety testing', 'food testing', 'certification body', 'test lab', 'testing laboratory', 'quality inspection'],
    zh: ['食品安全检测', '食品检测', '第三方检测机构', '质检'],
    ko: ['식품 안전 검사', '식품 검사', '시험 기관', '인증기관'],
  },
  'education-tech.industrial-design': {
    en: ['product design studio', 'design agency'],
    zh: ['产品设计公司', '外观设计'],
    ko: ['디자인 회사'],
  },
};
