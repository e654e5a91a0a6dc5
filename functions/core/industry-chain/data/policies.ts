/**
 * The plan's policy measures that bear on cooperation between organizations
 * (section 4, "Policy Measures"), each with the segments and cooperation
 * modes it applies to. Empty `segments` or `modes` means "any".
 */
import type { PolicyMeasure } from '../model-types.js';

export const policies: PolicyMeasure[] = [
  {
    id: 'negative-list-national-treatment',
    name: { en: 'National treatment plus negative list', zh: '准入前国民待遇加负面清单', ko: '설립 전 내국민대우·네거티브 리스트' },
    summary: {
      en: 'Foreign investors get pre-establishment national treatment in every sector not on the negative list.',
      zh: '外商投资在负面清单以外的领域享受准入前国民待遇。',
      ko: '네거티브 리스트에 없는 모든 분야에서 외국인 투자자에게 설립 전 내국민대우를 부여합니다.',
    },
    segments: [],
    modes: ['JOINT_VENTURE', 'INVESTMENT'],
    crossBorderOnly: true,
  },
  {
    id: 'vehicle-manufacturing-foreign-share',
    name: {
      en: 'Foreign-share limits lifted in vehicle manufacturing',
      zh: '放宽汽车制造外资股比限制',
      ko: '자동차 제조 외국인 지분 제한 완화',
    },
    summary: {
      en: 'Limits on foreign shares in passenger and commercial vehicle manufacturing, and on a foreign investor having more than two joint ventures, are lifted step by step.',
      zh: '逐步放开商用车和乘用车制造外资股比限制以及合资企业不超过两家的限制。',
      ko: '승용차·상용차 제조의 외국인 지분 제한과 합작법인 2개 제한을 단계적으로 해제합니다.',
    },
    segments: ['nev.vehicle-manufacturing', 'auto.vehicle-manufacturing'],
    modes: ['JOINT_VENTURE', 'INVESTMENT'],
    crossBorderOnly: true,
  },
  {
    id: 'financial-services-foreign-share',
    name: {
      en: 'Foreign-share limits lifted in securities, funds and futures',
      zh: '放开证券、基金、期货公司外资股比限制',
      ko: '증권·자산운용·선물사 외국인 지분 제한 해제',
    },
    summary: {
      en: 'Foreign investors may hold any share of securities companies, fund management companies and futures companies.',
      zh: '取消证券公司、证券投资基金管理公司和期货公司的外资股比限制。',
      ko: '증권사, 자산운용사, 선물사의 외국인 지분 제한을 없앱니다.',
    },
    segments: ['finance.securities-futures', 'finance.investment-funds'],
    modes: ['JOINT_VENTURE', 'INVESTMENT'],
    crossBorderOnly: true,
  },
  {
    id: 'show-broker-foreign-share',
    name: {
      en: 'Foreign-share limits lifted for show brokers',
      zh: '放开演出经纪机构外资股比限制',
      ko: '공연 기획사 외국인 지분 제한 해제',
    },
    summary: {
      en: 'Foreign investors may hold any share of performance brokerage agencies.',
      zh: '取消演出经纪机构的外资股比限制。',
      ko: '공연 기획사의 외국인 지분 제한을 없앱니다.',
    },
    segments: ['performing-arts.show-brokerage', 'performing-arts.cultural-performances'],
    modes: ['JOINT_VENTURE', 'INVESTMENT'],
    crossBorderOnly: true,
  },
  {
    id: 'wholly-foreign-owned-travel-agencies',
    name: { en: 'Wholly foreign-owned travel agencies', zh: '外商独资旅行社', ko: '외국인 단독투자 여행사' },
    summary: {
      en: 'Wholly foreign-owned travel agencies may pilot outbound tourism for mainland residents.',
      zh: '允许外商独资旅行社试点经营中国内地居民出境旅游业务（台湾地区除外）。',
      ko: '외국인 단독투자 여행사가 중국 본토 주민의 해외여행 업무를 시범 운영할 수 있습니다.',
    },
    segments: ['tourism-sport.travel-agencies'],
    modes: ['INVESTMENT', 'JOINT_VENTURE'],
    crossBorderOnly: true,
  },
  {
    id: 'biomedical-rnd-green-channel',
    name: { en: 'Green channel for biomedical R&D imports', zh: '生物医药研发进口绿色通道', ko: '바이오의약 연구개발 수입 그린채널' },
    summary: {
      en: 'Materials, reagents and equipment imported for new-drug R&D, and special test articles of global studies, clear quarantine and inspection faster.',
      zh: '为新药研发用材料、试剂和进口设备建立绿色通道，优化全球协同研发特殊物品的检疫查验流程。',
      ko: '신약 연구개발용 소재·시약·수입 장비와 글로벌 공동연구 특수 물품의 검역·검사 절차를 간소화합니다.',
    },
    segments: [
      'biopharma.drug-discovery',
      'biopharma.research-reagents',
      'biopharma.cdmo',
      'biopharma.antibody-drugs',
      'biopharma.immunotherapy',
      'biopharma.vaccines',
    ],
    modes: ['JOINT_RND', 'JOINT_LAB', 'SUPPLY_AGREEMENT', 'CONTRACT_MANUFACTURING'],
    crossBorderOnly: true,
  },
  {
    id: 'drug-first-import-port',
    name: {
      en: 'First-import port for drugs and biological products',
      zh: '药品和生物制品首次进口口岸',
      ko: '의약품·생물학적 제제 최초 수입 항구',
    },
    summary: {
      en: 'The zone may apply to become a port where drugs and biological products are first imported into China.',
      zh: '支持示范区按程序申请设立药品和生物制品首次进口口岸。',
      ko: '시범구가 의약품과 생물학적 제제의 최초 수입 항구 지정을 신청할 수 있도록 지원합니다.',
    },
    segments: [
      'chem-pharma.apis',
      'chem-pharma.chemical-drugs',
      'chem-pharma.pharmaceutical-distribution',
      'biopharma.antibody-drugs',
      'biopharma.immunotherapy',
      'biopharma.vaccines',
    ],
    modes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
    crossBorderOnly: true,
  },
  {
    id: 'food-inspection-mutual-recognition',
    name: {
      en: 'Mutual recognition of food and agricultural inspection',
      zh: '食品农产品检验检疫国际互认',
      ko: '식품·농산물 검사검역 상호인정',
    },
    summary: {
      en: 'Inspection, quarantine and traceability results for food and agricultural products are recognized across borders, with more third-party results accepted.',
      zh: '探索食品农产品检验检疫和追溯标准国际互认，扩大第三方检验结果采信范围。',
      ko: '식품·농산물의 검사·검역·이력 추적 결과를 상호 인정하고 제3자 검사 결과 인정 범위를 넓힙니다.',
    },
    segments: [
      'farm.corn',
      'farm.rice',
      'farm.meat-processing',
      'food.table-food',
      'food.leisure-food',
      'food.beverages',
      'ginseng.ginseng-cultivation',
      'ginseng.ginseng-deep-processing',
      'ginseng.ginseng-testing',
      'health-food.health-products',
      'health-food.edible-fungi',
      'health-food.deer-products',
      'health-food.seafood',
    ],
    modes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
    crossBorderOnly: true,
  },
  {
    id: 'bonded-maintenance',
    name: { en: 'Bonded "two-ends-abroad" maintenance', zh: '"两头在外"保税维修', ko: '"양단 해외" 보세 수리' },
    summary: {
      en: 'Eligible firms outside special customs areas may repair foreign goods under bond if the work is high-value, high-tech and environmentally sound.',
      zh: '符合条件的区外企业可开展高附加值、高技术含量、符合环保要求的"两头在外"保税维修业务。',
      ko: '요건을 갖춘 기업은 고부가가치·고기술·친환경 조건을 충족하는 "양단 해외" 보세 수리 업무를 할 수 있습니다.',
    },
    segments: [
      'trade.bonded-maintenance',
      'logistics.aircraft-maintenance',
      'rail.rail-maintenance',
      'medical-devices.diagnostic-equipment',
      'smart-equipment.cnc-machine-tools',
    ],
    modes: ['SUPPLY_AGREEMENT', 'CONTRACT_MANUFACTURING'],
    crossBorderOnly: true,
  },
  {
    id: 'cross-border-e-commerce-retail-import',
    name: { en: 'Cross-border e-commerce retail import pilot', zh: '跨境电商零售进口试点', ko: '국경 간 전자상거래 소매 수입 시범' },
    summary: {
      en: 'Building on the Changchun cross-border e-commerce pilot zone, firms may import goods for retail sale online under the pilot rules.',
      zh: '依托长春跨境电商综合试验区开展跨境电商进出口业务，落实跨境电商零售进口试点政策。',
      ko: '창춘 국경 간 전자상거래 종합시험구를 기반으로 온라인 소매 수입 시범 정책을 시행합니다.',
    },
    segments: [
      'trade.cross-border-e-commerce',
      'beauty.cosmetics',
      'health-food.health-products',
      'food.leisure-food',
      'food.beverages',
      'ginseng.ginseng-e-trading',
    ],
    modes: ['DISTRIBUTION'],
    crossBorderOnly: true,
  },
  {
    id: 'aeo-mutual-recognition',
    name: { en: 'China-ROK AEO mutual recognition', zh: '中韩海关AEO互认', ko: '한중 세관 AEO 상호인정' },
    summary: {
      en: 'Authorized economic operators certified by either customs service get faster clearance in the other country.',
      zh: '推进中韩海关AEO互认合作，经认证企业在对方通关更便利。',
      ko: '어느 한쪽 세관의 AEO 인증 기업은 상대국에서 더 빠르게 통관합니다.',
    },
    segments: [],
    modes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION', 'CONTRACT_MANUFACTURING'],
    crossBorderOnly: true,
  },
  {
    id: 'china-rok-cooperation-fund',
    name: { en: 'China-ROK Cooperation and Finance Fund', zh: '中韩合作金融基金', ko: '한중 협력 금융 펀드' },
    summary: {
      en: 'A market-run China-ROK cooperation fund in Changchun invests in zone projects and joint ventures into third markets.',
      zh: '支持在长春设立市场化运作的中韩合作金融基金，投资示范区项目并共同开拓第三方市场。',
      ko: '창춘에 시장 원리로 운용되는 한중 협력 금융 펀드를 설립해 시범구 사업과 제3국 공동 진출에 투자합니다.',
    },
    segments: [],
    modes: ['INVESTMENT'],
    crossBorderOnly: true,
  },
  {
    id: 'cross-border-financial-services',
    name: {
      en: 'Foreign-funded financial institutions and cross-border funds',
      zh: '外资金融机构与跨境资金',
      ko: '외자 금융기관·국경 간 자금',
    },
    summary: {
      en: 'Foreign-funded financial institutions may offer cross-border investment, M&A and centralized cross-border fund management to zone firms.',
      zh: '支持外资金融机构在示范区提供跨境投资并购、跨境资金集中运营等金融服务。',
      ko: '외자 금융기관이 시범구 기업에 국경 간 투자·인수합병과 자금 집중 운용 서비스를 제공할 수 있습니다.',
    },
    segments: ['finance.banking', 'finance.investment-funds'],
    modes: ['INVESTMENT', 'JOINT_VENTURE'],
    crossBorderOnly: true,
  },
  {
    id: 'talent-entry-facilitation',
    name: {
      en: '144-hour visa-free transit and talent "one card"',
      zh: '144小时过境免签与外国人才"一卡通"',
      ko: '144시간 무비자 환승·외국인 인재 "원카드"',
    },
    summary: {
      en: 'Visa-free transit, the talent one-card service, multi-entry approvals and easier residence for families ease exchanges of experts and trainees.',
      zh: '研究实施144小时过境免签，开展外国高端人才"一卡通"服务，便利科技人员多次出入境和家属居留。',
      ko: '무비자 환승, 인재 원카드 서비스, 복수 출입국 승인, 가족 체류 편의로 전문가·연수생 교류를 돕습니다.',
    },
    segments: [],
    modes: ['TALENT_TRAINING', 'JOINT_RND', 'JOINT_LAB'],
    crossBorderOnly: true,
  },
  {
    id: 'fifth-air-right',
    name: { en: 'Fifth air freedom at Longjia International Airport', zh: '龙嘉国际机场第五航权', ko: '룽자 국제공항 제5자유 운수권' },
    summary: {
      en: 'Changchun Longjia International Airport may expand air rights, including the fifth freedom, opening new international cargo and passenger routes.',
      zh: '支持长春龙嘉国际机场按需扩大包括第五航权在内的航权安排，开辟国际航线。',
      ko: '창춘 룽자 국제공항이 제5자유를 포함한 운수권을 확대해 국제 화물·여객 노선을 엽니다.',
    },
    segments: ['logistics.aviation-logistics', 'trade.cross-border-e-commerce', 'tourism-sport.travel-agencies'],
    modes: [],
  },
  {
    id: 'vocational-training-foreign-investment',
    name: {
      en: 'Foreign investment in vocational training and joint schooling',
      zh: '外资职业技能培训与合作办学',
      ko: '외국인 직업훈련 투자·공동 학위',
    },
    summary: {
      en: 'Foreign investors may set up vocational skill training institutions, and universities of both countries may run joint programmes in the zone.',
      zh: '支持外商投资职业技能培训机构，支持两国知名高校在示范区开展高水平合作办学。',
      ko: '외국인의 직업훈련기관 설립과 양국 유명 대학의 시범구 내 공동 학위 운영을 지원합니다.',
    },
    segments: ['education-tech.vocational-training', 'education-tech.higher-education'],
    modes: ['TALENT_TRAINING', 'JOINT_VENTURE', 'INVESTMENT'],
    crossBorderOnly: true,
  },
  {
    id: 'joint-labs-and-testing-bases',
    name: {
      en: 'Joint laboratories, testing bases and design centers',
      zh: '共建实验室、技术检测示范基地与工业设计中心',
      ko: '공동 연구소·시험 기지·디자인 센터',
    },
    summary: {
      en: 'Enterprises of both countries are supported in jointly building laboratories, technology testing demonstration bases and industrial design service centers.',
      zh: '支持两国企业共建实验室、技术检测示范基地、科技示范园和工业设计服务中心。',
      ko: '양국 기업의 공동 연구소, 기술 시험 시범기지, 산업디자인 서비스 센터 건립을 지원합니다.',
    },
    segments: ['education-tech.rnd-services', 'education-tech.technology-testing', 'education-tech.industrial-design'],
    modes: ['JOINT_LAB', 'JOINT_RND'],
    crossBorderOnly: true,
  },
];
