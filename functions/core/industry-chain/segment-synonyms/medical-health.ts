/**
 * Other names of the medical-care and health segments: biopharmaceuticals,
 * chemical pharmaceuticals, medical devices, protective supplies, healthcare
 * services and beauty.
 */
import type { SegmentSynonyms } from './types.js';

export const medicalHealthSynonyms: SegmentSynonyms = {
  'biopharma.drug-discovery': {
    en: ['CRO services', 'contract research', 'drug development', 'biotech', 'pharmaceutical R&D', 'new drug'],
    zh: ['新药开发', '药物发现', '创新药', '生物技术公司'],
    ko: ['신약 연구', '바이오텍', '임상 CRO', '혁신 신약'],
  },
  'biopharma.research-reagents': {
    en: ['cell culture medium', 'bioprocess materials', 'single-use bioreactor bags'],
    zh: ['生物试剂', '培养基', '实验耗材'],
    ko: ['세포배양배지', '바이오 시약', '실험 소모품'],
  },
  'biopharma.biomedical-materials': {
    en: ['hyaluronic acid filler', 'medical collagen'],
    zh: ['医用材料', '医用胶原蛋白', '生物医用高分子'],
    ko: ['의료용 소재', '의료용 콜라겐', '생체 소재'],
  },
  'biopharma.cdmo': {
    en: ['biologics CDMO', 'biologics contract manufacturing', 'contract development', 'fill-finish', 'biomanufacturing'],
    zh: ['生物药CDMO', '生物药合同生产', '生物制药外包', 'CXO'],
    ko: ['바이오 CDMO', '바이오의약품 위탁생산', '위탁개발', '바이오 생산 대행'],
  },
  'biopharma.antibody-drugs': {
    en: ['mAb', 'bispecific antibody', 'therapeutic antibody'],
    zh: ['抗体药', '双抗', '单克隆抗体药物', '抗体新药'],
    ko: ['항체 신약', '이중항체', '항체치료제'],
  },
  'biopharma.immunotherapy': {
    en: ['CAR-T cell therapy', 'cell and gene therapy', 'CGT', 'stem cell therapy'],
    zh: ['细胞疗法', '干细胞治疗', '基因疗法'],
    ko: ['세포치료제', '줄기세포 치료', '유전자 치료제'],
  },
  'biopharma.vaccines': {
    en: ['mRNA vaccine', 'vaccine development', 'animal vaccine', 'plasma products'],
    zh: ['mRNA疫苗', '疫苗研发', '兽用疫苗'],
    ko: ['백신 개발', 'mRNA 백신', '동물 백신'],
  },
  'chem-pharma.apis': {
    en: ['API manufacturer', 'drug substance', 'fine chemicals for pharma'],
    zh: ['原料药生产', '医药原料'],
    ko: ['API 제조'],
  },
  'chem-pharma.chemical-drugs': {
    en: ['generics', 'finished dosage', 'pharmaceutical company', 'drug maker'],
    zh: ['制药企业', '化药', '药品生产'],
    ko: ['제네릭 의약품', '제약회사', '완제의약품'],
  },
  'chem-pharma.pharmaceutical-distribution': {
    en: ['drug wholesaler', 'pharmaceutical wholesaler', 'pharmacy chain', 'drugstore'],
    zh: ['医药批发', '连锁药店', '医药配送'],
    ko: ['의약품 도매상', '약국 체인', '의약품 유통업'],
  },
  'medical-devices.device-components': {
    en: ['medical device parts', 'precision medical components'],
    zh: ['医疗器械配件', '医疗零部件'],
    ko: ['의료기기 부품 제조', '의료 부품'],
  },
  'medical-devices.medical-consumables': {
    en: ['disposables', 'medical disposables', 'infusion'],
    zh: ['一次性注射器', '医用导管', '高值耗材', '低值耗材'],
    ko: ['일회용 의료용품', '의료용 카테터', '의료 소모품 제조'],
  },
  'medical-devices.implants': {
    en: ['orthopedic devices', 'joint replacement', 'cardiac stent'],
    zh: ['人工植入物', '口腔种植体', '心脏支架'],
    ko: ['정형외과 임플란트'],
  },
  'medical-devices.diagnostic-equipment': {
    en: ['IVD reagents', 'diagnostic kit', 'CT scanner', 'MRI', 'ultrasound scanner', 'point-of-care testing', 'medical imaging equipment'],
    zh: ['体外诊断试剂', '诊断试剂', '影像设备', '超声设备', '即时检测'],
    ko: ['체외진단 키트', '진단 키트', '의료 영상 장비', '초음파 진단기'],
  },
  'medical-devices.therapeutic-equipment': {
    en: ['surgical instruments', 'physiotherapy equipment'],
    zh: ['手术器械', '治疗仪'],
    ko: ['수술기구', '치료 장비'],
  },
  'medical-devices.rehabilitation-devices': {
    en: ['mobility aids', 'elderly care equipment'],
    zh: ['康复辅具', '助行器'],
    ko: ['재활 보조기기', '전동 휠체어'],
  },
  'protective.protective-materials': {
    en: ['nonwoven', 'meltblown', 'filter media'],
    zh: ['非织造布', '熔喷材料'],
    ko: ['멜트블로운 필터', '부직포 원단'],
  },
  'protective.protective-equipment': {
    en: ['N95', 'mask', 'KF94', 'coverall', 'safety gloves'],
    zh: ['防护口罩', 'N95口罩', '劳保用品'],
    ko: ['KF94', '보호장비', '방진 마스크'],
  },
  'protective.emergency-supplies': {
    en: ['disinfection products', 'first aid kit', 'emergency stockpile'],
    zh: ['消毒用品', '急救包'],
    ko: ['소독용품', '구급함'],
  },
  'healthcare.health-examination': {
    en: ['check-up centre', 'medical screening'],
    zh: ['体检中心', '健康筛查'],
    ko: ['건강검진센터', '건강 검진 기관'],
  },
  'healthcare.medical-institutions': {
    en: ['private hospital', 'general hospital', 'healthcare provider', 'medical centre'],
    zh: ['民营医院', '综合医院', '医疗中心'],
    ko: ['종합병원', '메디컬센터'],
  },
  'healthcare.rehabilitation-services': {
    en: ['physiotherapy clinic', 'rehab centre', 'rehabilitation hospital'],
    zh: ['康复中心', '理疗'],
    ko: ['재활센터'],
  },
  'healthcare.elderly-care': {
    en: ['care home', 'assisted living', 'eldercare'],
    zh: ['养老机构', '老年公寓', '护理院'],
    ko: ['요양 시설', '데이케어센터'],
  },
  'beauty.cosmetic-ingredients': {
    en: ['skincare ingredients', 'cosmetic actives'],
    zh: ['化妆品原材料', '美妆原料'],
    ko: ['코스메틱 원료', '화장품 소재'],
  },
  'beauty.cosmetics': {
    en: ['beauty products', 'skin care products', 'K-beauty skincare', 'cosmetic brand'],
    zh: ['韩国化妆品', '美容产品', '化妆品品牌'],
    ko: ['화장품 브랜드', '뷰티 제품'],
  },
  'beauty.medical-aesthetics': {
    en: ['plastic surgery', 'dermatology'],
    zh: ['医美机构', '整形', '医疗美容机构'],
    ko: ['피부과 의원', '성형외과', '미용 클리닉'],
  },
};
