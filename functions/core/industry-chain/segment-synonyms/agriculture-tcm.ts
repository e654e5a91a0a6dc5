/**
 * Other names of the agriculture and traditional-Chinese-medicine segments:
 * farming, food, ginseng, health food and northern medicines.
 */
import type { SegmentSynonyms } from './types.js';

export const agricultureTcmSynonyms: SegmentSynonyms = {
  'farm.seed-breeding': {
    en: ['hybrid seeds', 'seed company', 'breeding'],
    zh: ['种子公司', '制种', '育种研发'],
    ko: ['종자 개발', '종묘', '품종 개발'],
  },
  'farm.corn': { en: ['corn farming', 'maize growing'], zh: ['玉米种植'], ko: ['옥수수 재배'] },
  'farm.rice': { en: ['rice farming', 'rice mill'], zh: ['水稻种植', '稻谷'], ko: ['벼 재배', '도정'] },
  'farm.corn-deep-processing': {
    en: ['bioethanol', 'ethanol', 'starch'],
    zh: ['淀粉', '玉米淀粉糖', '生物乙醇'],
    ko: ['전분', '에탄올'],
  },
  'farm.feed': { en: ['livestock feed', 'feed mill'], zh: ['饲料厂', '畜禽饲料'], ko: ['사료 제조', '가축 사료'] },
  'farm.pigs': { en: ['pig farm', 'pork production', 'hog farm'], zh: ['养猪场', '猪场'], ko: ['돼지 사육', '양돈장'] },
  'farm.beef-cattle': { en: ['cattle ranch', 'Hanwoo beef', 'cattle farm'], zh: ['养牛', '肉牛场'], ko: ['한우 사육', '축산 농가'] },
  'farm.meat-processing': { en: ['meat products', 'abattoir'], zh: ['肉食品', '屠宰加工'], ko: ['육가공품', '식육 가공'] },
  'food.table-food': {
    en: ['dumplings', 'frozen dumplings', 'instant noodles', 'HMR', 'home meal replacement', 'packaged food'],
    zh: ['速冻水饺', '方便面', '调味品', '半成品菜'],
    ko: ['만두', '라면', '즉석식품'],
  },
  'food.leisure-food': { en: ['cookies', 'chocolate'], zh: ['休闲零食', '饼干', '巧克力'], ko: ['과자류', '쿠키', '초콜릿'] },
  'food.beverages': {
    en: ['craft beer', 'bottled water', 'soju', 'brewery'],
    zh: ['啤酒厂', '白酒', '饮料生产'],
    ko: ['음료 제조', '주류', '양조장'],
  },
  'food.fmcg-distribution': {
    en: ['FMCG distributor', 'food wholesaler', 'grocery distribution', 'consumer goods distribution'],
    zh: ['食品批发', '快消品经销', '商超供应'],
    ko: ['식품 도매', '소비재 유통업', '식자재 유통'],
  },
  'ginseng.ginseng-cultivation': {
    en: ['wild-simulated ginseng', 'ginseng grower', 'ginseng farm'],
    zh: ['人参种植基地', '参农', '山参'],
    ko: ['인삼 농장', '산삼', '인삼 재배지'],
  },
  'ginseng.ginseng-deep-processing': {
    en: ['red ginseng extract', 'ginseng extract powder', 'ginseng supplements maker'],
    zh: ['人参提取', '红参制品', '人参精深加工'],
    ko: ['홍삼 가공', '홍삼 추출물', '인삼 가공품'],
  },
  'ginseng.ginseng-testing': {
    en: ['ginseng testing lab', 'ginseng inspection'],
    zh: ['人参质检', '人参检验'],
    ko: ['인삼 검사기관'],
  },
  'ginseng.ginseng-e-trading': {
    en: ['ginseng online store', 'ginseng marketplace'],
    zh: ['人参网店', '人参交易平台'],
    ko: ['인삼 온라인', '인삼 쇼핑몰', '인삼 유통'],
  },
  'health-food.edible-fungi': { en: ['shiitake mushrooms', 'fungi'], zh: ['菌菇', '食用菌种植'], ko: ['버섯 재배'] },
  'health-food.deer-products': { en: ['deer antler velvet', 'antler'], zh: ['鹿茸制品', '鹿场'], ko: ['녹용 제품', '사슴 농장'] },
  'health-food.seafood': { en: ['fishery products', 'aquaculture'], zh: ['水产养殖', '海鲜加工'], ko: ['수산 가공', '양식'] },
  'health-food.health-products': {
    en: ['vitamins', 'probiotics', 'nutrition products'],
    zh: ['营养品', '益生菌', '膳食补充剂'],
    ko: ['건강 보조식품', '유산균', '비타민'],
  },
  'tcm.medicinal-herbs': {
    en: ['schisandra berries', 'herb farming', 'Chinese herbs'],
    zh: ['药材基地', '中药材种植'],
    ko: ['오미자 재배', '약초'],
  },
  'tcm.decoction-pieces': { en: ['TCM extract', 'granules'], zh: ['中药颗粒', '中药提取'], ko: ['한약 추출물', '한약재 가공'] },
  'tcm.tcm-medicines': { en: ['Chinese medicine', 'herbal medicine maker'], zh: ['中药制剂', '中药企业'], ko: ['한약 제조', '한방 제약'] },
  'tcm.northern-pharmaceutical-trading': { en: ['herb trading market'], zh: ['药材市场'], ko: ['약재 시장'] },
};
