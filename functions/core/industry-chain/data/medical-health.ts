/**
 * Key-task area "Medical care and health service": medicine, medical devices,
 * protective equipment and emergency supplies, biomedicine (antibody drugs,
 * immunotherapy, biomedical materials, contract manufacturing), chemical
 * medicine, top-end medical institutions, health examination, rehabilitation,
 * elderly care, skin care and cosmetology. Northern pharmaceuticals sit with
 * traditional Chinese medicine (agriculture-tcm.ts).
 */
import type { ChainGroup } from '../model-types.js';

export const medicalHealth: ChainGroup = {
  id: 'medical-health',
  name: { en: 'Medical care and health', zh: '医疗健康', ko: '의료·헬스케어' },
  chains: [
    {
      id: 'biopharma',
      name: { en: 'Biomedicine', zh: '生物医药', ko: '바이오의약' },
      stages: [
        {
          id: 'biopharma.research',
          name: { en: 'Research and materials', zh: '研发与原材料', ko: '연구개발·원료' },
          segments: [
            {
              id: 'biopharma.drug-discovery',
              name: { en: 'New drug R&D', zh: '新药研发', ko: '신약 개발' },
              keywords: {
                en: ['biomedicine', 'drug discovery', 'new drug development', 'CRO', 'preclinical research', 'clinical trial'],
                zh: ['生物医药', '新药研发', '药物研发', 'CRO', '临床前研究', '临床试验'],
                ko: ['바이오의약', '신약 개발', '신약개발', 'CRO', '전임상', '임상시험'],
              },
              isic: ['7210'],
            },
            {
              id: 'biopharma.research-reagents',
              name: { en: 'Research reagents and bioprocess materials', zh: '科研试剂与生物工艺耗材', ko: '연구용 시약·바이오 공정 소재' },
              keywords: {
                en: ['research reagent', 'laboratory reagent', 'cell culture media', 'bioprocess consumables', 'laboratory equipment'],
                zh: ['科研试剂', '试剂', '细胞培养基', '生物工艺耗材', '实验室设备'],
                ko: ['연구용 시약', '시약', '배양배지', '바이오 공정 소모품', '실험장비'],
              },
              isic: ['2029', '2100'],
              hs: ['382200', '382100'],
            },
            {
              id: 'biopharma.biomedical-materials',
              name: { en: 'Biomedical materials', zh: '生物医用材料', ko: '바이오 의료소재' },
              keywords: {
                en: ['biomedical material', 'biomaterial', 'hyaluronic acid', 'collagen', 'tissue engineering'],
                zh: ['生物医用材料', '生物材料', '透明质酸', '玻尿酸', '胶原蛋白', '组织工程'],
                ko: ['바이오 의료소재', '생체재료', '히알루론산', '콜라겐', '조직공학'],
              },
              isic: ['2100', '3250'],
              hs: ['391390', '350400'],
            },
          ],
        },
        {
          id: 'biopharma.manufacturing',
          name: { en: 'Contract development and manufacturing', zh: '合同研发生产', ko: '위탁개발생산' },
          segments: [
            {
              id: 'biopharma.cdmo',
              name: { en: 'Biopharmaceutical CDMO/CMO', zh: '生物药CDMO/CMO', ko: '바이오의약품 CDMO·CMO' },
              keywords: {
                en: ['CDMO', 'CMO', 'contract development and manufacturing', 'contract manufacturing', 'biopharmaceutical outsourcing'],
                zh: ['CDMO', 'CMO', '合同研发生产', '合同生产', '委托生产', '生物药外包'],
                ko: ['CDMO', 'CMO', '위탁개발생산', '위탁생산', '바이오 위탁생산'],
              },
              isic: ['2100'],
            },
          ],
        },
        {
          id: 'biopharma.products',
          name: { en: 'Biologics', zh: '生物药', ko: '바이오의약품' },
          segments: [
            {
              id: 'biopharma.antibody-drugs',
              name: { en: 'Antibody drugs', zh: '抗体药物', ko: '항체의약품' },
              keywords: {
                en: ['antibody drug', 'antibody', 'monoclonal antibody', 'biosimilar', 'ADC', 'antibody-drug conjugate'],
                zh: ['抗体药物', '抗体', '单抗', '单克隆抗体', '生物类似药', '抗体偶联药物'],
                ko: ['항체의약품', '항체', '단일클론항체', '바이오시밀러', '항체약물접합체'],
              },
              isic: ['2100'],
              hs: ['300215'],
            },
            {
              id: 'biopharma.immunotherapy',
              name: { en: 'Immunotherapy and cell therapy', zh: '免疫治疗与细胞治疗', ko: '면역치료·세포치료' },
              keywords: {
                en: ['immunotherapy', 'immunotherapy drug', 'cell therapy', 'CAR-T', 'gene therapy', 'cancer immunotherapy'],
                zh: ['免疫治疗', '免疫疗法', '细胞治疗', 'CAR-T', '基因治疗', '肿瘤免疫'],
                ko: ['면역치료', '면역항암제', '세포치료', 'CAR-T', '유전자치료'],
              },
              isic: ['2100', '7210'],
              hs: ['300251', '300249'],
            },
            {
              id: 'biopharma.vaccines',
              name: { en: 'Vaccines and biological products', zh: '疫苗与生物制品', ko: '백신·생물학적 제제' },
              keywords: {
                en: ['vaccine', 'biological product', 'blood product', 'biologics'],
                zh: ['疫苗', '生物制品', '血液制品'],
                ko: ['백신', '생물학적 제제', '혈액제제'],
              },
              isic: ['2100'],
              hs: ['300241', '300212'],
            },
          ],
        },
      ],
    },
    {
      id: 'chem-pharma',
      name: { en: 'Chemical medicine', zh: '化学药', ko: '화학의약품' },
      stages: [
        {
          id: 'chem-pharma.ingredients',
          name: { en: 'Active ingredients', zh: '原料药', ko: '원료의약품' },
          segments: [
            {
              id: 'chem-pharma.apis',
              name: { en: 'Active pharmaceutical ingredients', zh: '化学原料药', ko: '원료의약품' },
              keywords: {
                en: ['active pharmaceutical ingredient', 'API', 'pharmaceutical intermediate', 'bulk drug'],
                zh: ['原料药', '化学原料药', '医药中间体'],
                ko: ['원료의약품', '의약품 원료', '의약품 중간체'],
              },
              isic: ['2100'],
              hs: ['294190', '293359', '294200'],
            },
          ],
        },
        {
          id: 'chem-pharma.formulations',
          name: { en: 'Formulations', zh: '制剂', ko: '완제의약품' },
          segments: [
            {
              id: 'chem-pharma.chemical-drugs',
              name: { en: 'Chemical drug formulations', zh: '化学药制剂', ko: '화학합성의약품' },
              keywords: {
                en: [
                  'chemical medicine',
                  'chemical drug',
                  'medicine',
                  'pharmaceutical',
                  'generic drug',
                  'small molecule drug',
                  'tablet',
                  'injection',
                ],
                zh: ['化学药', '化学药品', '药品', '仿制药', '小分子药', '片剂', '注射剂'],
                ko: ['화학의약품', '합성의약품', '의약품', '제네릭', '복제약', '주사제'],
              },
              isic: ['2100'],
              hs: ['300490', '300420'],
            },
          ],
        },
        {
          id: 'chem-pharma.distribution',
          name: { en: 'Distribution', zh: '流通', ko: '유통' },
          segments: [
            {
              id: 'chem-pharma.pharmaceutical-distribution',
              name: { en: 'Pharmaceutical distribution', zh: '医药流通', ko: '의약품 유통' },
              keywords: {
                en: ['pharmaceutical distribution', 'drug wholesale', 'pharmacy', 'pharmaceutical logistics'],
                zh: ['医药流通', '药品批发', '药店', '医药物流'],
                ko: ['의약품 유통', '의약품 도매', '약국', '의약품 물류'],
              },
              isic: ['4649', '4772'],
            },
          ],
        },
      ],
    },
    {
      id: 'medical-devices',
      name: { en: 'Medical devices', zh: '医疗器械', ko: '의료기기' },
      stages: [
        {
          id: 'medical-devices.components',
          name: { en: 'Components, consumables and implants', zh: '零部件、耗材与植入物', ko: '부품·소모품·임플란트' },
          segments: [
            {
              id: 'medical-devices.device-components',
              name: { en: 'Medical device components', zh: '医疗器械零部件', ko: '의료기기 부품' },
              keywords: {
                en: ['medical device component', 'medical sensor', 'precision medical parts', 'medical optics'],
                zh: ['医疗器械零部件', '医用传感器', '精密医疗部件'],
                ko: ['의료기기 부품', '의료용 센서', '정밀 의료부품'],
              },
              isic: ['3250', '2651'],
              hs: ['901890'],
            },
            {
              id: 'medical-devices.medical-consumables',
              name: { en: 'Medical consumables', zh: '医用耗材', ko: '의료 소모품' },
              keywords: {
                en: ['medical consumables', 'syringe', 'catheter', 'infusion set', 'wound dressing', 'disposable medical supplies'],
                zh: ['医用耗材', '注射器', '导管', '输液器', '敷料', '一次性医疗用品'],
                ko: ['의료 소모품', '주사기', '카테터', '수액세트', '드레싱'],
              },
              isic: ['3250'],
              hs: ['901831', '901839', '300590'],
            },
            {
              id: 'medical-devices.implants',
              name: { en: 'Implants and orthopedic devices', zh: '植入与骨科器械', ko: '임플란트·정형외과 기기' },
              keywords: {
                en: ['implant', 'orthopedic implant', 'dental implant', 'artificial joint', 'stent'],
                zh: ['植入器械', '骨科器械', '种植牙', '人工关节', '支架'],
                ko: ['임플란트', '치과 임플란트', '인공관절', '스텐트', '정형외과 기기'],
              },
              isic: ['3250'],
              hs: ['902131', '902129', '902190'],
            },
          ],
        },
        {
          id: 'medical-devices.equipment',
          name: { en: 'Equipment', zh: '设备', ko: '장비' },
          segments: [
            {
              id: 'medical-devices.diagnostic-equipment',
              name: { en: 'Diagnostic equipment and IVD', zh: '诊断设备与体外诊断', ko: '진단기기·체외진단' },
              keywords: {
                en: [
                  'medical device',
                  'medical equipment',
                  'diagnostic equipment',
                  'clinical diagnosis',
                  'medical imaging',
                  'IVD',
                  'in vitro diagnostics',
                  'ultrasound',
                ],
                zh: ['医疗器械', '医疗设备', '诊断设备', '临床诊断', '医学影像', '体外诊断', 'IVD', '超声'],
                ko: ['의료기기', '의료장비', '진단기기', '의료영상', '체외진단', 'IVD', '초음파'],
              },
              isic: ['2660', '3250'],
              hs: ['901812', '902212', '382219'],
            },
            {
              id: 'medical-devices.therapeutic-equipment',
              name: { en: 'Therapeutic and surgical equipment', zh: '治疗与手术设备', ko: '치료·수술 장비' },
              keywords: {
                en: ['therapeutic equipment', 'surgical equipment', 'surgical robot', 'ventilator', 'dialysis machine'],
                zh: ['治疗设备', '手术设备', '手术机器人', '呼吸机', '透析机'],
                ko: ['치료기기', '수술 장비', '수술 로봇', '인공호흡기', '투석기'],
              },
              isic: ['2660', '3250'],
              hs: ['901890', '901920'],
            },
            {
              id: 'medical-devices.rehabilitation-devices',
              name: { en: 'Rehabilitation and elderly-care devices', zh: '康复与养老器械', ko: '재활·요양 기기' },
              keywords: {
                en: [
                  'rehabilitation device',
                  'rehabilitation equipment',
                  'wheelchair',
                  'hearing aid',
                  'elderly care device',
                  'exoskeleton',
                ],
                zh: ['康复器械', '康复设备', '轮椅', '助听器', '养老器械', '外骨骼'],
                ko: ['재활기기', '재활 장비', '휠체어', '보청기', '요양 기기'],
              },
              isic: ['3250', '3092'],
              hs: ['901910', '871390', '902140'],
            },
          ],
        },
      ],
    },
    {
      id: 'protective',
      name: { en: 'Protective equipment and emergency supplies', zh: '防护用品与应急物资', ko: '방호용품·응급물자' },
      stages: [
        {
          id: 'protective.materials',
          name: { en: 'Materials', zh: '材料', ko: '소재' },
          segments: [
            {
              id: 'protective.protective-materials',
              name: { en: 'Protective materials', zh: '防护材料', ko: '방호 소재' },
              keywords: {
                en: ['protective material', 'meltblown fabric', 'nonwoven fabric', 'filter material'],
                zh: ['防护材料', '熔喷布', '无纺布', '过滤材料'],
                ko: ['방호 소재', '멜트블로운', '부직포', '필터 소재'],
              },
              isic: ['1399'],
              hs: ['560313', '560312'],
            },
          ],
        },
        {
          id: 'protective.products',
          name: { en: 'Protective products', zh: '防护产品', ko: '방호 제품' },
          segments: [
            {
              id: 'protective.protective-equipment',
              name: { en: 'Personal protective equipment', zh: '个人防护用品', ko: '개인보호구' },
              keywords: {
                en: ['protective equipment', 'PPE', 'face mask', 'protective suit', 'medical gloves', 'goggles'],
                zh: ['防护用品', '防护装备', '口罩', '医用口罩', '防护服', '医用手套', '护目镜'],
                ko: ['방호용품', '개인보호구', '마스크', '방호복', '의료용 장갑', '보호안경'],
              },
              isic: ['3250', '1410'],
              hs: ['630790', '621010', '401519'],
            },
          ],
        },
        {
          id: 'protective.reserves',
          name: { en: 'Emergency reserves', zh: '应急储备', ko: '비상 비축' },
          segments: [
            {
              id: 'protective.emergency-supplies',
              name: { en: 'Emergency supplies', zh: '应急物资', ko: '응급물자' },
              keywords: {
                en: ['emergency supplies', 'emergency kit', 'disinfectant', 'emergency reserve', 'public health emergency'],
                zh: ['应急物资', '应急包', '消毒剂', '应急储备', '公共卫生应急'],
                ko: ['응급물자', '응급키트', '소독제', '비상 비축', '공중보건 비상'],
              },
              isic: ['2029', '5210'],
              hs: ['380894', '300650'],
            },
          ],
        },
      ],
    },
    {
      id: 'healthcare',
      name: { en: 'Medical care and health services', zh: '医疗与健康服务', ko: '의료·건강 서비스' },
      stages: [
        {
          id: 'healthcare.prevention',
          name: { en: 'Prevention', zh: '预防', ko: '예방' },
          segments: [
            {
              id: 'healthcare.health-examination',
              name: { en: 'Health examination', zh: '健康体检', ko: '건강검진' },
              keywords: {
                en: ['health examination', 'health check-up', 'medical check-up', 'health screening', 'health management'],
                zh: ['健康体检', '体检', '健康检查', '健康管理'],
                ko: ['건강검진', '종합검진', '검진센터', '건강관리'],
              },
              isic: ['8690'],
            },
          ],
        },
        {
          id: 'healthcare.treatment',
          name: { en: 'Treatment', zh: '诊疗', ko: '진료' },
          segments: [
            {
              id: 'healthcare.medical-institutions',
              name: { en: 'Medical institutions', zh: '医疗机构', ko: '의료기관' },
              keywords: {
                en: ['medical institution', 'medical care', 'hospital', 'clinic', 'international hospital', 'specialty hospital'],
                zh: ['医疗机构', '医疗服务', '医院', '诊所', '国际医院', '专科医院'],
                ko: ['의료기관', '의료 서비스', '병원', '의원', '국제병원', '전문병원'],
              },
              isic: ['8610', '8620'],
            },
          ],
        },
        {
          id: 'healthcare.recovery',
          name: { en: 'Rehabilitation and care', zh: '康复与照护', ko: '재활·돌봄' },
          segments: [
            {
              id: 'healthcare.rehabilitation-services',
              name: { en: 'Rehabilitation services', zh: '康复服务', ko: '재활 서비스' },
              keywords: {
                en: ['rehabilitation', 'rehabilitation center', 'chronic disease management', 'physiotherapy'],
                zh: ['康复', '康复服务', '康复医院', '慢病管理', '物理治疗'],
                ko: ['재활', '재활 서비스', '재활병원', '만성질환 관리', '물리치료'],
              },
              isic: ['8690', '8610'],
            },
            {
              id: 'healthcare.elderly-care',
              name: { en: 'Elderly care', zh: '养老服务', ko: '노인 돌봄' },
              keywords: {
                en: ['elderly care', 'old age care', 'senior care', 'nursing home', 'aged care'],
                zh: ['养老', '养老服务', '养老院', '医养结合', '老年护理'],
                ko: ['노인 돌봄', '요양', '요양원', '노인요양', '실버케어'],
              },
              isic: ['8730', '8810'],
            },
          ],
        },
      ],
    },
    {
      id: 'beauty',
      name: { en: 'Skin care and cosmetology', zh: '美容与化妆品', ko: '뷰티·화장품' },
      stages: [
        {
          id: 'beauty.ingredients',
          name: { en: 'Ingredients', zh: '原料', ko: '원료' },
          segments: [
            {
              id: 'beauty.cosmetic-ingredients',
              name: { en: 'Cosmetic ingredients', zh: '化妆品原料', ko: '화장품 원료' },
              keywords: {
                en: ['cosmetic ingredient', 'cosmetic raw material', 'botanical extract', 'active ingredient'],
                zh: ['化妆品原料', '植物提取物', '功效原料'],
                ko: ['화장품 원료', '식물 추출물', '기능성 원료'],
              },
              isic: ['2029', '2023'],
              hs: ['330290', '130219'],
            },
          ],
        },
        {
          id: 'beauty.products',
          name: { en: 'Products', zh: '产品', ko: '제품' },
          segments: [
            {
              id: 'beauty.cosmetics',
              name: { en: 'Skin care and cosmetics', zh: '护肤品与化妆品', ko: '스킨케어·화장품' },
              keywords: {
                en: ['cosmetics', 'skin care', 'skincare', 'K-beauty', 'makeup', 'functional cosmetics'],
                zh: ['化妆品', '护肤品', '护肤', '美妆', '韩妆', '彩妆'],
                ko: ['화장품', '스킨케어', '기초화장품', 'K-뷰티', '색조화장품', '기능성 화장품'],
              },
              isic: ['2023'],
              hs: ['330499', '330410', '330420'],
            },
          ],
        },
        {
          id: 'beauty.services',
          name: { en: 'Services', zh: '服务', ko: '서비스' },
          segments: [
            {
              id: 'beauty.medical-aesthetics',
              name: { en: 'Cosmetology and medical aesthetics', zh: '美容与医疗美容', ko: '피부미용·의료미용' },
              keywords: {
                en: ['cosmetology', 'medical aesthetics', 'beauty salon', 'aesthetic clinic', 'dermatology clinic'],
                zh: ['美容', '医疗美容', '医美', '美容院', '皮肤科'],
                ko: ['피부미용', '의료미용', '에스테틱', '피부과', '성형'],
              },
              isic: ['9602', '8620'],
            },
          ],
        },
      ],
    },
  ],
};
