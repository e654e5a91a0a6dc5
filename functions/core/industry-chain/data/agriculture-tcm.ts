/**
 * Key-task area "Agriculture and traditional Chinese medicine": corn, rice,
 * pigs and beef cattle; table food, leisure food, beverages and fast-moving
 * consumer goods; ginseng (cultivation, deep processing, testing, e-trading);
 * health products, edible fungi, deer products, seafood; TCM and the northern
 * pharmaceutical industry (production base and trading center).
 */
import type { ChainGroup } from '../model-types.js';

export const agricultureTcm: ChainGroup = {
  id: 'agriculture-tcm',
  name: { en: 'Agriculture and traditional Chinese medicine', zh: '农业与中医药', ko: '농업·한약' },
  chains: [
    {
      id: 'farm',
      name: { en: 'Grain, feed and livestock', zh: '粮食、饲料与畜牧', ko: '곡물·사료·축산' },
      stages: [
        {
          id: 'farm.breeding',
          name: { en: 'Seeds and breeding', zh: '种业', ko: '종자·육종' },
          segments: [
            {
              id: 'farm.seed-breeding',
              name: { en: 'Crop breeding and seeds', zh: '作物育种与种业', ko: '작물 육종·종자' },
              keywords: {
                en: ['crop breeding', 'plant breeding', 'seed', 'seed industry', 'hybrid corn seed', 'germplasm'],
                zh: ['育种', '作物育种', '种业', '种子', '种质资源'],
                ko: ['육종', '작물 육종', '종자', '종자 산업'],
              },
              isic: ['0130', '7210'],
              hs: ['100510', '120991'],
            },
          ],
        },
        {
          id: 'farm.crops',
          name: { en: 'Crops', zh: '种植', ko: '재배' },
          segments: [
            {
              id: 'farm.corn',
              name: { en: 'Corn', zh: '玉米', ko: '옥수수' },
              keywords: {
                en: ['corn', 'maize', 'organic corn', 'fresh corn', 'waxy corn'],
                zh: ['玉米', '有机玉米', '鲜食玉米', '粘玉米'],
                ko: ['옥수수', '찰옥수수', '유기농 옥수수'],
              },
              isic: ['0111'],
              hs: ['100590', '071040'],
            },
            {
              id: 'farm.rice',
              name: { en: 'Rice', zh: '水稻与大米', ko: '쌀' },
              keywords: {
                en: ['rice', 'paddy', 'organic rice', 'japonica rice'],
                zh: ['水稻', '大米', '稻米', '有机大米', '粳米'],
                ko: ['쌀', '벼', '유기농 쌀', '자포니카 쌀'],
              },
              isic: ['0112', '1061'],
              hs: ['100630', '100620'],
            },
          ],
        },
        {
          id: 'farm.processing',
          name: { en: 'Grain processing and feed', zh: '粮食加工与饲料', ko: '곡물 가공·사료' },
          segments: [
            {
              id: 'farm.corn-deep-processing',
              name: { en: 'Corn deep processing', zh: '玉米深加工', ko: '옥수수 가공' },
              keywords: {
                en: ['corn deep processing', 'corn processing', 'corn starch', 'fuel ethanol', 'amino acid'],
                zh: ['玉米深加工', '玉米加工', '玉米淀粉', '燃料乙醇', '氨基酸'],
                ko: ['옥수수 가공', '옥수수 전분', '바이오에탄올', '아미노산'],
              },
              isic: ['1062', '2011'],
              hs: ['110812', '220710', '292241'],
            },
            {
              id: 'farm.feed',
              name: { en: 'Animal feed', zh: '饲料', ko: '사료' },
              keywords: {
                en: ['feed', 'animal feed', 'compound feed', 'feed additive'],
                zh: ['饲料', '配合饲料', '饲料添加剂'],
                ko: ['사료', '배합사료', '사료첨가제'],
              },
              isic: ['1080'],
              hs: ['230990'],
            },
          ],
        },
        {
          id: 'farm.livestock',
          name: { en: 'Livestock', zh: '畜牧养殖', ko: '축산' },
          segments: [
            {
              id: 'farm.pigs',
              name: { en: 'Pig farming', zh: '生猪养殖', ko: '양돈' },
              keywords: {
                en: ['pig', 'pig farming', 'hog', 'swine'],
                zh: ['生猪', '生猪养殖', '养猪'],
                ko: ['양돈', '돼지', '양돈업'],
              },
              isic: ['0145'],
              hs: ['010392'],
            },
            {
              id: 'farm.beef-cattle',
              name: { en: 'Beef cattle', zh: '肉牛养殖', ko: '육우·한우' },
              keywords: {
                en: ['beef cattle', 'cattle', 'beef', 'Hanwoo'],
                zh: ['肉牛', '肉牛养殖', '牛肉', '黄牛'],
                ko: ['육우', '한우', '소고기', '쇠고기'],
              },
              isic: ['0141'],
              hs: ['010229', '020130'],
            },
          ],
        },
        {
          id: 'farm.meat',
          name: { en: 'Meat processing', zh: '肉类加工', ko: '육가공' },
          segments: [
            {
              id: 'farm.meat-processing',
              name: { en: 'Meat processing', zh: '肉类加工', ko: '육가공' },
              keywords: {
                en: ['meat processing', 'pork', 'processed meat', 'chilled meat', 'sausage', 'slaughtering'],
                zh: ['肉类加工', '猪肉', '肉制品', '冷鲜肉', '香肠', '屠宰'],
                ko: ['육가공', '돼지고기', '가공육', '냉장육', '소시지', '도축'],
              },
              isic: ['1010'],
              hs: ['020329', '020230', '160100', '160249'],
            },
          ],
        },
      ],
    },
    {
      id: 'food',
      name: { en: 'Food and beverages', zh: '食品饮料', ko: '식품·음료' },
      stages: [
        {
          id: 'food.processing',
          name: { en: 'Food processing', zh: '食品加工', ko: '식품 가공' },
          segments: [
            {
              id: 'food.table-food',
              name: { en: 'Table food and prepared meals', zh: '餐桌食品与预制菜', ko: '식탁 식품·간편식' },
              keywords: {
                en: ['table food', 'staple food', 'prepared meals', 'ready meal', 'frozen food', 'noodles', 'kimchi'],
                zh: ['餐桌食品', '主食', '预制菜', '速冻食品', '面条', '泡菜'],
                ko: ['식탁 식품', '간편식', '가정간편식', 'HMR', '냉동식품', '김치'],
              },
              isic: ['1075', '1074'],
              hs: ['190230', '200599'],
            },
            {
              id: 'food.leisure-food',
              name: { en: 'Leisure food and snacks', zh: '休闲食品', ko: '스낵·간식' },
              keywords: {
                en: ['leisure food', 'snack', 'confectionery', 'biscuit', 'nuts'],
                zh: ['休闲食品', '零食', '糕点', '糖果', '坚果'],
                ko: ['스낵', '과자', '간식', '제과', '견과류'],
              },
              isic: ['1071', '1073'],
              hs: ['190590', '170490', '200819'],
            },
            {
              id: 'food.beverages',
              name: { en: 'Beverages', zh: '饮料', ko: '음료' },
              keywords: {
                en: ['beverage', 'drinks', 'soft drink', 'juice', 'beer', 'mineral water'],
                zh: ['饮料', '饮品', '果汁', '啤酒', '矿泉水', '功能饮料'],
                ko: ['음료', '음료수', '주스', '맥주', '생수', '소주'],
              },
              isic: ['1104', '1103'],
              hs: ['220299', '220210', '220300'],
            },
          ],
        },
        {
          id: 'food.distribution',
          name: { en: 'Distribution', zh: '流通', ko: '유통' },
          segments: [
            {
              id: 'food.fmcg-distribution',
              name: { en: 'Fast-moving consumer goods distribution', zh: '快消品流通', ko: '소비재 유통' },
              keywords: {
                en: ['fast-moving consumer goods', 'FMCG', 'consumer goods', 'food distribution', 'food retail', 'supermarket'],
                zh: ['快消品', '快速消费品', '食品流通', '食品零售', '商超'],
                ko: ['소비재', '생활소비재', 'FMCG', '식품 유통', '유통'],
              },
              isic: ['4630', '4711'],
            },
          ],
        },
      ],
    },
    {
      id: 'ginseng',
      name: { en: 'Ginseng', zh: '人参', ko: '인삼' },
      stages: [
        {
          id: 'ginseng.cultivation',
          name: { en: 'Cultivation', zh: '种植', ko: '재배' },
          segments: [
            {
              id: 'ginseng.ginseng-cultivation',
              name: { en: 'Ginseng cultivation', zh: '人参种植', ko: '인삼 재배' },
              keywords: {
                en: ['ginseng', 'ginseng cultivation', 'ginseng farming', 'fresh ginseng', 'forest ginseng'],
                zh: ['人参', '人参种植', '林下参', '园参', '鲜人参'],
                ko: ['인삼', '인삼 재배', '수삼', '산양삼', '인삼 농가'],
              },
              isic: ['0128'],
              hs: ['121120'],
            },
          ],
        },
        {
          id: 'ginseng.processing',
          name: { en: 'Deep processing', zh: '深加工', ko: '가공' },
          segments: [
            {
              id: 'ginseng.ginseng-deep-processing',
              name: { en: 'Ginseng deep processing', zh: '人参深加工', ko: '인삼 가공' },
              keywords: {
                en: ['ginseng deep processing', 'ginseng processing', 'red ginseng', 'ginseng extract', 'ginsenoside', 'ginseng products'],
                zh: ['人参深加工', '人参加工', '红参', '人参提取物', '人参皂苷', '人参制品'],
                ko: ['인삼 가공', '홍삼', '인삼 추출물', '진세노사이드', '홍삼 제품', '인삼 제품'],
              },
              isic: ['1079', '2100'],
              hs: ['121120', '130219', '210690'],
            },
          ],
        },
        {
          id: 'ginseng.market',
          name: { en: 'Quality and market', zh: '质量与市场', ko: '품질·유통' },
          segments: [
            {
              id: 'ginseng.ginseng-testing',
              name: { en: 'Ginseng quality testing', zh: '人参质量检测', ko: '인삼 품질검사' },
              keywords: {
                en: ['ginseng testing', 'ginseng quality testing', 'ginseng certification', 'pesticide residue testing'],
                zh: ['人参检测', '人参质量检测', '人参认证', '农残检测'],
                ko: ['인삼 검사', '인삼 품질검사', '인삼 인증', '잔류농약 검사'],
              },
              isic: ['7120'],
            },
            {
              id: 'ginseng.ginseng-e-trading',
              name: { en: 'Ginseng e-trading', zh: '人参电子交易', ko: '인삼 전자거래' },
              keywords: {
                en: ['ginseng e-trading', 'ginseng trading', 'ginseng e-commerce', 'ginseng market', 'ginseng brand'],
                zh: ['人参电子交易', '人参交易', '人参电商', '人参市场', '人参品牌'],
                ko: ['인삼 전자거래', '인삼 거래', '인삼 온라인 판매', '인삼 시장', '인삼 브랜드'],
              },
              isic: ['4610', '4791'],
            },
          ],
        },
      ],
    },
    {
      id: 'health-food',
      name: { en: 'Health food and specialty products', zh: '保健食品与特色产品', ko: '건강식품·특산물' },
      stages: [
        {
          id: 'health-food.specialties',
          name: { en: 'Specialty raw materials', zh: '特色原料', ko: '특산 원료' },
          segments: [
            {
              id: 'health-food.edible-fungi',
              name: { en: 'Edible fungi', zh: '食用菌', ko: '식용 버섯' },
              keywords: {
                en: ['edible fungi', 'mushroom', 'shiitake', 'black fungus', 'wood ear'],
                zh: ['食用菌', '蘑菇', '香菇', '黑木耳', '木耳'],
                ko: ['식용 버섯', '버섯', '표고버섯', '목이버섯'],
              },
              isic: ['0113', '1030'],
              hs: ['070959', '071239'],
            },
            {
              id: 'health-food.deer-products',
              name: { en: 'Deer products', zh: '鹿产品', ko: '사슴 제품' },
              keywords: {
                en: ['deer products', 'deer antler', 'velvet antler', 'sika deer', 'deer farming'],
                zh: ['鹿产品', '鹿茸', '梅花鹿', '养鹿'],
                ko: ['사슴 제품', '녹용', '사슴', '꽃사슴'],
              },
              isic: ['0149', '1079'],
              hs: ['050790'],
            },
            {
              id: 'health-food.seafood',
              name: { en: 'Seafood', zh: '海产品', ko: '수산물' },
              keywords: {
                en: ['seafood', 'aquatic products', 'fish', 'sea cucumber', 'seaweed', 'laver'],
                zh: ['海产品', '水产品', '海鲜', '海参', '海带', '紫菜'],
                ko: ['수산물', '해산물', '해삼', '미역', '조미김'],
              },
              isic: ['1020', '0311'],
              hs: ['030389', '160558', '121221'],
            },
          ],
        },
        {
          id: 'health-food.products',
          name: { en: 'Health products', zh: '保健产品', ko: '건강기능식품' },
          segments: [
            {
              id: 'health-food.health-products',
              name: { en: 'Health food and supplements', zh: '保健食品', ko: '건강기능식품' },
              keywords: {
                en: [
                  'health food',
                  'health products',
                  'health preservation products',
                  'health supplement',
                  'dietary supplement',
                  'functional food',
                  'nutraceutical',
                ],
                zh: ['保健食品', '保健品', '养生产品', '营养补充剂', '功能性食品'],
                ko: ['건강기능식품', '건강식품', '건기식', '영양제', '기능성 식품'],
              },
              isic: ['1079'],
              hs: ['210690'],
            },
          ],
        },
      ],
    },
    {
      id: 'tcm',
      name: { en: 'Traditional Chinese medicine and northern pharmaceuticals', zh: '中医药与北药', ko: '한약·북방 의약' },
      stages: [
        {
          id: 'tcm.herbs',
          name: { en: 'Medicinal herbs', zh: '药材种植', ko: '약재 재배' },
          segments: [
            {
              id: 'tcm.medicinal-herbs',
              name: { en: 'Northern medicinal herb cultivation', zh: '北药药材种植', ko: '북방 약재 재배' },
              keywords: {
                en: ['medicinal herb', 'medicinal materials', 'herb cultivation', 'northern medicinal herbs', 'schisandra'],
                zh: ['中药材', '北药', '药材种植', '道地药材', '五味子'],
                ko: ['약재', '한약재', '약초 재배', '오미자'],
              },
              isic: ['0128'],
              hs: ['121190'],
            },
          ],
        },
        {
          id: 'tcm.processing',
          name: { en: 'Decoction pieces and extracts', zh: '饮片与提取', ko: '음편·추출' },
          segments: [
            {
              id: 'tcm.decoction-pieces',
              name: { en: 'TCM decoction pieces and extracts', zh: '中药饮片与提取物', ko: '한약 음편·추출물' },
              keywords: {
                en: ['decoction pieces', 'herbal extract', 'TCM granules'],
                zh: ['中药饮片', '饮片', '中药提取物', '配方颗粒'],
                ko: ['한약 음편', '생약 추출물', '한약 과립'],
              },
              isic: ['2100'],
              hs: ['121190', '130219'],
            },
          ],
        },
        {
          id: 'tcm.medicines',
          name: { en: 'Medicines', zh: '中成药', ko: '한약 제제' },
          segments: [
            {
              id: 'tcm.tcm-medicines',
              name: { en: 'Traditional Chinese medicines', zh: '中成药', ko: '한방 의약품' },
              keywords: {
                en: ['TCM', 'traditional Chinese medicine', 'Chinese patent medicine', 'modern Chinese medicine', 'herbal medicine'],
                zh: ['中药', '中成药', '中医药', '现代中药'],
                ko: ['한약', '한방 의약품', '중의약', '생약 제제'],
              },
              isic: ['2100'],
              hs: ['300490', '300390'],
            },
          ],
        },
        {
          id: 'tcm.trade',
          name: { en: 'Trading', zh: '交易', ko: '거래' },
          segments: [
            {
              id: 'tcm.northern-pharmaceutical-trading',
              name: { en: 'Northern pharmaceutical trading center', zh: '北药交易中心', ko: '북방 의약품 거래센터' },
              keywords: {
                en: [
                  'northern pharmaceutical',
                  'northern pharmaceutical trading center',
                  'medicinal materials trading',
                  'health products trading center',
                ],
                zh: ['北药交易', '北药交易中心', '药材交易', '医药健康产品交易'],
                ko: ['북방 의약품', '약재 거래', '의약품 거래센터'],
              },
              isic: ['4649', '4610', '5210'],
            },
          ],
        },
      ],
    },
  ],
};
