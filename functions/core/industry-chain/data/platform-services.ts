/**
 * The plan's opening-up and cooperation platforms and people-to-people
 * cooperation, as services organizations sell: aviation logistics, the land
 * port, rail freight, the bonded area and cross-border e-commerce, finance and
 * investment, tourism and sport, education, vocational training, technology
 * testing and industrial design.
 */
import type { ChainGroup } from '../model-types.js';

export const platformServices: ChainGroup = {
  id: 'platform-services',
  name: { en: 'Opening-up platforms and services', zh: '开放合作平台与服务', ko: '개방협력 플랫폼·서비스' },
  chains: [
    {
      id: 'logistics',
      name: { en: 'International logistics', zh: '国际物流', ko: '국제물류' },
      stages: [
        {
          id: 'logistics.aviation-industry',
          name: { en: 'Aviation manufacturing and maintenance', zh: '航空制造与维修', ko: '항공 제조·정비' },
          segments: [
            {
              id: 'logistics.aircraft-maintenance',
              name: { en: 'Aviation manufacturing and maintenance', zh: '航空制造与维修', ko: '항공 제조·정비' },
              keywords: {
                en: ['aviation manufacturing', 'aircraft maintenance', 'MRO', 'aircraft parts', 'general aviation'],
                zh: ['航空制造', '飞机维修', '航空维修', '航空零部件', '通用航空'],
                ko: ['항공 제조', '항공기 정비', 'MRO', '항공 부품'],
              },
              isic: ['3030', '3315'],
              hs: ['880730'],
            },
          ],
        },
        {
          id: 'logistics.transport',
          name: { en: 'Transport', zh: '运输', ko: '운송' },
          segments: [
            {
              id: 'logistics.aviation-logistics',
              name: { en: 'Aviation logistics', zh: '航空物流', ko: '항공물류' },
              keywords: {
                en: ['aviation logistics', 'air cargo', 'air freight', 'airport logistics', 'airport economy', 'express delivery'],
                zh: ['航空物流', '航空货运', '空运', '临空经济', '快递'],
                ko: ['항공물류', '항공화물', '항공 운송', '공항 물류', '특송'],
              },
              isic: ['5120', '5224'],
            },
            {
              id: 'logistics.rail-freight',
              name: { en: 'Rail freight and China-Europe trains', zh: '铁路货运与中欧班列', ko: '철도 화물·중국-유럽 화물열차' },
              keywords: {
                en: ['rail freight', 'freight train', 'China-Europe railway express', 'SINOEURO train', 'multimodal transport'],
                zh: ['铁路货运', '中欧班列', '长满欧', '多式联运'],
                ko: ['철도 화물', '중국-유럽 화물열차', '복합운송', 'TCR'],
              },
              isic: ['4912'],
            },
          ],
        },
        {
          id: 'logistics.hubs',
          name: { en: 'Hubs and warehousing', zh: '枢纽与仓储', ko: '허브·창고' },
          segments: [
            {
              id: 'logistics.land-port',
              name: { en: 'International land port', zh: '国际陆港', ko: '국제 내륙항' },
              keywords: {
                en: ['land port', 'international land port', 'dry port', 'inland port', 'container terminal'],
                zh: ['陆港', '国际陆港', '内陆港', '无水港', '集装箱场站'],
                ko: ['내륙항', '국제 내륙항', '육상항', '컨테이너 터미널'],
              },
              isic: ['5221', '5224'],
            },
            {
              id: 'logistics.warehousing-cold-chain',
              name: { en: 'Warehousing and cold chain', zh: '仓储与冷链物流', ko: '창고·콜드체인' },
              keywords: {
                en: ['logistics', 'warehousing', 'cold chain', 'cold storage', 'third-party logistics', '3PL'],
                zh: ['物流', '仓储', '冷链', '冷链物流', '冷库', '第三方物流'],
                ko: ['물류', '창고', '콜드체인', '냉동창고', '3PL'],
              },
              isic: ['5210', '5229'],
            },
          ],
        },
      ],
    },
    {
      id: 'trade',
      name: { en: 'Cross-border trade', zh: '跨境贸易', ko: '국경 간 무역' },
      stages: [
        {
          id: 'trade.facilities',
          name: { en: 'Bonded facilities', zh: '保税设施', ko: '보세 시설' },
          segments: [
            {
              id: 'trade.bonded-area',
              name: { en: 'Comprehensive bonded area services', zh: '综合保税区服务', ko: '종합보세구역 서비스' },
              keywords: {
                en: ['bonded area', 'comprehensive bonded zone', 'bonded warehouse', 'bonded logistics', 'free trade zone'],
                zh: ['保税区', '综合保税区', '综保区', '保税仓', '保税物流'],
                ko: ['보세구역', '종합보세구역', '보세창고', '보세 물류'],
              },
              isic: ['5210', '5229'],
            },
          ],
        },
        {
          id: 'trade.services',
          name: { en: 'Trade services', zh: '贸易服务', ko: '무역 서비스' },
          segments: [
            {
              id: 'trade.bonded-maintenance',
              name: { en: 'Bonded maintenance', zh: '保税维修', ko: '보세 수리' },
              keywords: {
                en: ['bonded maintenance', 'bonded repair', 'global maintenance', 'remanufacturing'],
                zh: ['保税维修', '两头在外', '全球维修', '再制造'],
                ko: ['보세 수리', '보세 정비', '재제조'],
              },
              isic: ['3312', '3313', '3315'],
            },
            {
              id: 'trade.trade-services',
              name: { en: 'Customs clearance and trade services', zh: '通关与贸易服务', ko: '통관·무역 서비스' },
              keywords: {
                en: ['customs clearance', 'customs broker', 'freight forwarding', 'trade agency', 'single window', 'import and export'],
                zh: ['通关', '报关', '货运代理', '外贸服务', '单一窗口', '进出口'],
                ko: ['통관', '관세사', '포워딩', '무역 대행', '수출입'],
              },
              isic: ['5229', '4610'],
            },
            {
              id: 'trade.exhibitions',
              name: { en: 'Exhibitions and trade fairs', zh: '会展', ko: '전시·박람회' },
              keywords: {
                en: ['exhibition', 'trade fair', 'expo', 'Northeast Asia Expo', 'convention', 'MICE'],
                zh: ['会展', '展会', '博览会', '东北亚博览会'],
                ko: ['전시', '박람회', '전시회', '동북아박람회', 'MICE'],
              },
              isic: ['8230'],
            },
          ],
        },
        {
          id: 'trade.channels',
          name: { en: 'Sales channels', zh: '销售渠道', ko: '판매 채널' },
          segments: [
            {
              id: 'trade.cross-border-e-commerce',
              name: { en: 'Cross-border e-commerce', zh: '跨境电商', ko: '국경 간 전자상거래' },
              keywords: {
                en: ['cross-border e-commerce', 'e-commerce', 'cross-border retail import', 'online retail', 'bonded import'],
                zh: ['跨境电商', '跨境电子商务', '电商', '网购保税进口', '跨境零售'],
                ko: ['국경 간 전자상거래', '해외직구', '역직구', '전자상거래', '크로스보더 이커머스'],
              },
              isic: ['4791'],
            },
          ],
        },
      ],
    },
    {
      id: 'finance',
      name: { en: 'Finance and investment', zh: '金融与投资', ko: '금융·투자' },
      stages: [
        {
          id: 'finance.professional',
          name: { en: 'Professional services', zh: '专业服务', ko: '전문 서비스' },
          segments: [
            {
              id: 'finance.professional-services',
              name: { en: 'Legal, accounting and IP services', zh: '法律、会计与知识产权服务', ko: '법률·회계·지식재산 서비스' },
              keywords: {
                en: ['accounting', 'auditing', 'legal services', 'intellectual property', 'patent agency', 'consulting'],
                zh: ['会计', '审计', '法律服务', '知识产权', '专利代理', '咨询'],
                ko: ['회계', '감사', '법률 서비스', '지식재산', '특허', '컨설팅'],
              },
              isic: ['6910', '6920', '7020'],
            },
          ],
        },
        {
          id: 'finance.institutions',
          name: { en: 'Financial institutions', zh: '金融机构', ko: '금융기관' },
          segments: [
            {
              id: 'finance.banking',
              name: { en: 'Banking and cross-border finance', zh: '银行与跨境金融', ko: '은행·국경 간 금융' },
              keywords: {
                en: [
                  'finance',
                  'banking',
                  'bank',
                  'cross-border finance',
                  'trade finance',
                  'cross-border payment',
                  'supply chain finance',
                  'fintech',
                ],
                zh: ['金融', '银行', '跨境金融', '贸易融资', '跨境支付', '供应链金融', '金融科技'],
                ko: ['금융', '은행', '국경 간 금융', '무역금융', '해외송금', '공급망 금융', '핀테크'],
              },
              isic: ['6419', '6492'],
            },
            {
              id: 'finance.securities-futures',
              name: { en: 'Securities, funds and futures', zh: '证券、基金与期货', ko: '증권·자산운용·선물' },
              keywords: {
                en: ['securities', 'securities company', 'fund management', 'asset management', 'futures'],
                zh: ['证券', '证券公司', '基金管理', '资产管理', '期货'],
                ko: ['증권', '증권사', '자산운용', '선물', '펀드 운용'],
              },
              isic: ['6612', '6630'],
            },
          ],
        },
        {
          id: 'finance.capital',
          name: { en: 'Investment', zh: '投资', ko: '투자' },
          segments: [
            {
              id: 'finance.investment-funds',
              name: { en: 'Investment and industry funds', zh: '投资与产业基金', ko: '투자·산업 펀드' },
              keywords: {
                en: [
                  'investment',
                  'venture capital',
                  'private equity',
                  'industry fund',
                  'investment fund',
                  'cross-border investment',
                  'M&A',
                ],
                zh: ['投资', '风险投资', '私募股权', '产业基金', '投资基金', '跨境投资', '并购'],
                ko: ['투자', '벤처캐피털', '사모펀드', '산업 펀드', '투자 펀드', '해외투자', '인수합병'],
              },
              isic: ['6430', '6499'],
            },
          ],
        },
      ],
    },
    {
      id: 'tourism-sport',
      name: { en: 'Tourism and sport', zh: '旅游与体育', ko: '관광·스포츠' },
      stages: [
        {
          id: 'tourism-sport.products',
          name: { en: 'Destinations and activities', zh: '目的地与活动', ko: '관광지·활동' },
          segments: [
            {
              id: 'tourism-sport.tourism-destinations',
              name: { en: 'Tourism destinations and hotels', zh: '旅游目的地与酒店', ko: '관광지·호텔' },
              keywords: {
                en: ['tourism', 'travel', 'hotel', 'resort', 'inbound tourism', 'industrial tourism', 'film tourism'],
                zh: ['旅游', '文旅', '酒店', '度假区', '入境游', '工业旅游', '影视旅游'],
                ko: ['관광', '여행', '호텔', '리조트', '인바운드 관광', '산업관광'],
              },
              isic: ['5510', '9321'],
            },
            {
              id: 'tourism-sport.sport-fitness',
              name: { en: 'Sport and fitness', zh: '体育与健身', ko: '스포츠·피트니스' },
              keywords: {
                en: ['sport', 'fitness', 'sports event', 'leisure sport', 'gym', 'golf'],
                zh: ['体育', '运动', '健身', '体育赛事', '休闲运动', '高尔夫'],
                ko: ['스포츠', '체육', '피트니스', '스포츠 이벤트', '레저 스포츠', '골프'],
              },
              isic: ['9311', '9312', '9319'],
            },
          ],
        },
        {
          id: 'tourism-sport.distribution',
          name: { en: 'Distribution', zh: '分销', ko: '유통' },
          segments: [
            {
              id: 'tourism-sport.travel-agencies',
              name: { en: 'Travel agencies and tourism distribution', zh: '旅行社与旅游分销', ko: '여행사·관광 유통' },
              keywords: {
                en: ['travel agency', 'tour operator', 'outbound tourism', 'tourism distribution', 'cross-border travel', 'online travel'],
                zh: ['旅行社', '旅游分销', '出境游', '跨境旅游', '在线旅游'],
                ko: ['여행사', '관광 유통', '아웃바운드', '해외여행', '온라인 여행'],
              },
              isic: ['7911', '7912', '7990'],
            },
          ],
        },
      ],
    },
    {
      id: 'education-tech',
      name: { en: 'Education, talent and technology services', zh: '教育、人才与科技服务', ko: '교육·인재·기술 서비스' },
      stages: [
        {
          id: 'education-tech.education',
          name: { en: 'Education and training', zh: '教育与培训', ko: '교육·훈련' },
          segments: [
            {
              id: 'education-tech.higher-education',
              name: { en: 'Higher education and joint schooling', zh: '高等教育与合作办学', ko: '고등교육·공동 학위' },
              keywords: {
                en: ['education', 'higher education', 'university', 'joint programme', 'cooperative education', 'international school'],
                zh: ['教育', '高等教育', '大学', '合作办学', '国际学校'],
                ko: ['교육', '고등교육', '대학', '공동 학위', '국제학교'],
              },
              isic: ['8530'],
            },
            {
              id: 'education-tech.vocational-training',
              name: { en: 'Vocational training', zh: '职业培训', ko: '직업훈련' },
              keywords: {
                en: ['vocational training', 'vocational education', 'skills training', 'technical training', 'corporate training'],
                zh: ['职业培训', '职业教育', '技能培训', '职业技能', '企业培训'],
                ko: ['직업훈련', '직업교육', '기술교육', '기업 교육'],
              },
              isic: ['8522', '8549'],
            },
          ],
        },
        {
          id: 'education-tech.talent-and-research',
          name: { en: 'Talent and research', zh: '人才与研发', ko: '인재·연구개발' },
          segments: [
            {
              id: 'education-tech.talent-services',
              name: { en: 'Talent services and recruitment', zh: '人才服务与招聘', ko: '인재 서비스·채용' },
              keywords: {
                en: ['talent services', 'recruitment', 'headhunting', 'human resources', 'talent intermediary'],
                zh: ['人才服务', '招聘', '猎头', '人力资源', '人才中介'],
                ko: ['인재 서비스', '채용', '헤드헌팅', '인사 서비스', '외국인 인재'],
              },
              isic: ['7810', '7830'],
            },
            {
              id: 'education-tech.rnd-services',
              name: { en: 'R&D and technology transfer', zh: '研发与技术转移', ko: '연구개발·기술이전' },
              keywords: {
                en: ['R&D', 'research and development', 'technology transfer', 'joint laboratory', 'incubator', 'innovation center'],
                zh: ['研发', '技术转移', '成果转化', '联合实验室', '孵化器', '创新中心'],
                ko: ['연구개발', 'R&D', '기술이전', '공동연구소', '창업보육'],
              },
              isic: ['7210', '7490'],
            },
          ],
        },
        {
          id: 'education-tech.services',
          name: { en: 'Technical services', zh: '技术服务', ko: '기술 서비스' },
          segments: [
            {
              id: 'education-tech.technology-testing',
              name: { en: 'Technology testing and certification', zh: '检验检测与认证', ko: '시험·인증' },
              keywords: {
                en: [
                  'technology testing',
                  'testing and certification',
                  'inspection',
                  'calibration',
                  'product certification',
                  'laboratory testing',
                ],
                zh: ['检验检测', '检测认证', '第三方检测', '计量校准', '产品认证', '技术检测'],
                ko: ['시험인증', '시험·인증', '검사', '교정', '제품 인증', '제3자 시험'],
              },
              isic: ['7120'],
            },
            {
              id: 'education-tech.industrial-design',
              name: { en: 'Industrial design', zh: '工业设计', ko: '산업디자인' },
              keywords: {
                en: ['industrial design', 'product design', 'design service', 'user experience design'],
                zh: ['工业设计', '产品设计', '设计服务'],
                ko: ['산업디자인', '제품 디자인', '디자인 서비스'],
              },
              isic: ['7410'],
            },
          ],
        },
      ],
    },
  ],
};
