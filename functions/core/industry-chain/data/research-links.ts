/**
 * Research links: segments that universities and research institutes serve
 * (technology transfer, joint labs, contract research), with the research
 * field that serves them. Changchun's strengths show: optics, applied
 * chemistry, vehicle engineering, agriculture, ginseng and special animals.
 */
import type { ResearchLink } from '../model-types.js';

export const researchLinks: ResearchLink[] = [
  // Information technology
  {
    segment: 'semi.compound-semiconductors',
    field: { en: 'Wide-bandgap semiconductor materials', zh: '宽禁带半导体材料', ko: '와이드밴드갭 반도체 소재' },
  },
  { segment: 'semi.chip-design', field: { en: 'Integrated circuit design', zh: '集成电路设计', ko: '집적회로 설계' } },
  {
    segment: 'semi.chip-fabrication',
    field: { en: 'Microelectronics and semiconductor processes', zh: '微电子与半导体工艺', ko: '마이크로전자·반도체 공정' },
  },
  { segment: 'semi.power-semiconductors', field: { en: 'Power electronics', zh: '电力电子', ko: '전력전자' } },
  { segment: 'display.display-materials', field: { en: 'Organic optoelectronic materials', zh: '有机光电材料', ko: '유기 광전자 소재' } },
  { segment: 'display.display-panels', field: { en: 'Display technology', zh: '显示技术', ko: '디스플레이 기술' } },
  {
    segment: 'display.vr-ar-devices',
    field: { en: 'Virtual reality and human-computer interaction', zh: '虚拟现实与人机交互', ko: '가상현실·인간-컴퓨터 상호작용' },
  },
  {
    segment: 'software.artificial-intelligence',
    field: { en: 'Artificial intelligence and machine learning', zh: '人工智能与机器学习', ko: '인공지능·기계학습' },
  },
  { segment: 'software.big-data', field: { en: 'Data science', zh: '数据科学', ko: '데이터 과학' } },
  { segment: 'software.basic-software', field: { en: 'Software engineering', zh: '软件工程', ko: '소프트웨어 공학' } },
  { segment: 'iot-5g.sensors', field: { en: 'Sensing and MEMS', zh: '传感与微机电系统', ko: '센싱·MEMS' } },
  { segment: 'iot-5g.5g-equipment', field: { en: 'Wireless communications', zh: '无线通信', ko: '무선통신' } },
  {
    segment: 'iot-5g.industrial-internet',
    field: { en: 'Industrial internet and digital twins', zh: '工业互联网与数字孪生', ko: '산업인터넷·디지털 트윈' },
  },
  {
    segment: 'appliances.smart-major-appliances',
    field: { en: 'Refrigeration and HVAC engineering', zh: '制冷与暖通工程', ko: '냉동공조공학' },
  },
  { segment: 'optoelectronics.optical-components', field: { en: 'Optical engineering', zh: '光学工程', ko: '광학공학' } },
  { segment: 'optoelectronics.lasers', field: { en: 'Laser technology', zh: '激光技术', ko: '레이저 기술' } },
  { segment: 'optoelectronics.led-lighting', field: { en: 'Semiconductor lighting', zh: '半导体照明', ko: '반도체 조명' } },
  {
    segment: 'optoelectronics.photoelectric-instruments',
    field: { en: 'Precision optical measurement', zh: '精密光学测量', ko: '정밀 광학 측정' },
  },
  {
    segment: 'optoelectronics.satellites-remote-sensing',
    field: { en: 'Space optics and remote sensing', zh: '空间光学与遥感', ko: '우주광학·원격탐사' },
  },
  // Vehicles
  {
    segment: 'nev.battery-materials',
    field: { en: 'Electrochemistry and battery materials', zh: '电化学与电池材料', ko: '전기화학·전지 소재' },
  },
  {
    segment: 'nev.battery-cells',
    field: { en: 'Lithium-ion and solid-state batteries', zh: '锂离子与固态电池', ko: '리튬이온·전고체 전지' },
  },
  {
    segment: 'nev.battery-packs',
    field: { en: 'Battery management and thermal safety', zh: '电池管理与热安全', ko: '배터리 관리·열 안전' },
  },
  { segment: 'nev.drive-motors', field: { en: 'Electric machines', zh: '电机工程', ko: '전기기기' } },
  { segment: 'nev.electric-drive', field: { en: 'Electric powertrains', zh: '电驱动总成', ko: '전동 파워트레인' } },
  {
    segment: 'nev.motor-controllers',
    field: { en: 'Motor control and power conversion', zh: '电机控制与电能变换', ko: '모터 제어·전력 변환' },
  },
  { segment: 'nev.vehicle-manufacturing', field: { en: 'Vehicle engineering', zh: '车辆工程', ko: '차량공학' } },
  {
    segment: 'icv.lidar-sensors',
    field: { en: 'Environmental perception and sensor fusion', zh: '环境感知与传感器融合', ko: '환경 인지·센서 퓨전' },
  },
  {
    segment: 'icv.autonomous-driving',
    field: { en: 'Autonomous driving and vehicle control', zh: '自动驾驶与车辆控制', ko: '자율주행·차량 제어' },
  },
  { segment: 'icv.vehicle-connectivity', field: { en: 'Vehicular networking (V2X)', zh: '车联网通信', ko: '차량 통신(V2X)' } },
  {
    segment: 'auto.vehicle-manufacturing',
    field: { en: 'Automotive engineering and vehicle dynamics', zh: '汽车工程与车辆动力学', ko: '자동차공학·차량 동역학' },
  },
  { segment: 'auto.automotive-electronics', field: { en: 'Automotive electronics', zh: '汽车电子', ko: '자동차 전자' } },
  // Equipment and materials
  {
    segment: 'robotics.robot-components',
    field: { en: 'Precision transmission and servo control', zh: '精密传动与伺服控制', ko: '정밀 전동·서보 제어' },
  },
  { segment: 'robotics.industrial-robots', field: { en: 'Robotics', zh: '机器人学', ko: '로봇공학' } },
  { segment: 'robotics.service-robots', field: { en: 'Human-robot interaction', zh: '人机交互', ko: '인간-로봇 상호작용' } },
  {
    segment: 'smart-equipment.additive-manufacturing',
    field: { en: 'Additive manufacturing processes', zh: '增材制造工艺', ko: '적층제조 공정' },
  },
  { segment: 'smart-equipment.control-systems', field: { en: 'Control engineering', zh: '控制工程', ko: '제어공학' } },
  { segment: 'smart-equipment.instruments-meters', field: { en: 'Measurement and instrumentation', zh: '测控技术与仪器', ko: '계측공학' } },
  {
    segment: 'smart-equipment.cnc-machine-tools',
    field: { en: 'Machine tools and manufacturing engineering', zh: '机床与制造工程', ko: '공작기계·생산공학' },
  },
  { segment: 'rail.rolling-stock', field: { en: 'Rail vehicle engineering', zh: '轨道车辆工程', ko: '철도차량공학' } },
  { segment: 'rail.traction-systems', field: { en: 'Traction power and control', zh: '牵引供电与控制', ko: '견인 전력·제어' } },
  { segment: 'green-equipment.pollution-control-equipment', field: { en: 'Environmental engineering', zh: '环境工程', ko: '환경공학' } },
  { segment: 'green-equipment.energy-saving-equipment', field: { en: 'Thermal energy engineering', zh: '热能工程', ko: '열에너지공학' } },
  { segment: 'agri-machinery.intelligent-farm-machinery', field: { en: 'Agricultural engineering', zh: '农业工程', ko: '농업공학' } },
  {
    segment: 'agri-machinery.precision-agriculture',
    field: { en: 'Precision agriculture and agricultural informatics', zh: '精准农业与农业信息化', ko: '정밀농업·농업정보학' },
  },
  { segment: 'new-materials.carbon-fiber', field: { en: 'Carbon fiber technology', zh: '碳纤维技术', ko: '탄소섬유 기술' } },
  { segment: 'new-materials.advanced-alloys', field: { en: 'Metallic materials', zh: '金属材料', ko: '금속재료' } },
  { segment: 'new-materials.advanced-polymers', field: { en: 'Polymer chemistry', zh: '高分子化学', ko: '고분자화학' } },
  { segment: 'new-materials.composites', field: { en: 'Composite materials', zh: '复合材料', ko: '복합재료' } },
  // Medical care and health
  {
    segment: 'biopharma.drug-discovery',
    field: { en: 'Medicinal chemistry and pharmacology', zh: '药物化学与药理学', ko: '의약화학·약리학' },
  },
  { segment: 'biopharma.biomedical-materials', field: { en: 'Biomedical materials', zh: '生物医用材料', ko: '생체의료재료' } },
  { segment: 'biopharma.cdmo', field: { en: 'Bioprocess engineering', zh: '生物工艺工程', ko: '바이오공정공학' } },
  { segment: 'biopharma.antibody-drugs', field: { en: 'Antibody engineering', zh: '抗体工程', ko: '항체공학' } },
  { segment: 'biopharma.immunotherapy', field: { en: 'Immunology and cell therapy', zh: '免疫学与细胞治疗', ko: '면역학·세포치료' } },
  { segment: 'biopharma.vaccines', field: { en: 'Vaccinology', zh: '疫苗学', ko: '백신학' } },
  { segment: 'chem-pharma.apis', field: { en: 'Synthetic and process chemistry', zh: '合成与工艺化学', ko: '합성·공정화학' } },
  {
    segment: 'medical-devices.diagnostic-equipment',
    field: { en: 'Biomedical engineering and medical imaging', zh: '生物医学工程与医学影像', ko: '의공학·의료영상' },
  },
  { segment: 'medical-devices.therapeutic-equipment', field: { en: 'Surgical robotics', zh: '手术机器人', ko: '수술 로봇' } },
  {
    segment: 'medical-devices.implants',
    field: { en: 'Orthopedic and dental biomechanics', zh: '骨科与口腔生物力学', ko: '정형·치과 생체역학' },
  },
  { segment: 'medical-devices.rehabilitation-devices', field: { en: 'Rehabilitation engineering', zh: '康复工程', ko: '재활공학' } },
  { segment: 'healthcare.rehabilitation-services', field: { en: 'Rehabilitation medicine', zh: '康复医学', ko: '재활의학' } },
  { segment: 'healthcare.elderly-care', field: { en: 'Gerontology and geriatric care', zh: '老年学与老年护理', ko: '노인학·노인 간호' } },
  { segment: 'beauty.cosmetics', field: { en: 'Cosmetic science and dermatology', zh: '化妆品科学与皮肤学', ko: '화장품과학·피부과학' } },
  // Agriculture and TCM
  { segment: 'farm.seed-breeding', field: { en: 'Crop genetics and breeding', zh: '作物遗传育种', ko: '작물 유전육종' } },
  { segment: 'farm.corn-deep-processing', field: { en: 'Food and fermentation engineering', zh: '食品与发酵工程', ko: '식품·발효공학' } },
  { segment: 'farm.pigs', field: { en: 'Animal breeding and veterinary science', zh: '动物育种与兽医学', ko: '동물 육종·수의학' } },
  { segment: 'farm.beef-cattle', field: { en: 'Animal nutrition and breeding', zh: '动物营养与育种', ko: '동물 영양·육종' } },
  {
    segment: 'ginseng.ginseng-cultivation',
    field: { en: 'Ginseng agronomy and disease control', zh: '人参栽培与病害防治', ko: '인삼 재배·병해 방제' },
  },
  {
    segment: 'ginseng.ginseng-deep-processing',
    field: { en: 'Ginseng chemistry and ginsenosides', zh: '人参化学与人参皂苷', ko: '인삼 화학·진세노사이드' },
  },
  {
    segment: 'ginseng.ginseng-testing',
    field: { en: 'Analytical chemistry and quality standards', zh: '分析化学与质量标准', ko: '분석화학·품질 표준' },
  },
  { segment: 'health-food.health-products', field: { en: 'Functional food science', zh: '功能食品科学', ko: '기능성 식품과학' } },
  { segment: 'health-food.edible-fungi', field: { en: 'Mycology', zh: '菌物学', ko: '균학' } },
  { segment: 'health-food.deer-products', field: { en: 'Special economic animal science', zh: '特种经济动物学', ko: '특수경제동물학' } },
  {
    segment: 'tcm.medicinal-herbs',
    field: { en: 'Pharmacognosy and medicinal plant cultivation', zh: '生药学与药用植物栽培', ko: '생약학·약용식물 재배' },
  },
  { segment: 'tcm.tcm-medicines', field: { en: 'Traditional Chinese pharmacy', zh: '中药学', ko: '중약학' } },
  // Culture and services
  { segment: 'film-tv.post-production', field: { en: 'Digital media technology', zh: '数字媒体技术', ko: '디지털 미디어 기술' } },
  { segment: 'digital-content.animation', field: { en: 'Animation and digital arts', zh: '动画与数字艺术', ko: '애니메이션·디지털 아트' } },
  {
    segment: 'digital-content.games',
    field: { en: 'Game design and computer graphics', zh: '游戏设计与计算机图形学', ko: '게임 디자인·컴퓨터 그래픽스' },
  },
  {
    segment: 'education-tech.technology-testing',
    field: { en: 'Metrology and conformity assessment', zh: '计量与合格评定', ko: '계량·적합성 평가' },
  },
  { segment: 'education-tech.industrial-design', field: { en: 'Industrial design', zh: '工业设计', ko: '산업디자인' } },
];
