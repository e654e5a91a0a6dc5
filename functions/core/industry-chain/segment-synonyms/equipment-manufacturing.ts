/**
 * Other names of the equipment-manufacturing segments (new-energy and
 * connected vehicles, automobiles, robots, intelligent equipment, rail,
 * environmental, ice-and-snow and farm equipment, new materials).
 *
 * Notes for reviewers: hydrogen fuel cells are listed under power battery
 * cells (the vehicle's power source; the model has no hydrogen segment), and
 * steel under lightweight alloys (automotive high-strength steel is the
 * lightweighting material the plan means); both would merit a segment of
 * their own if the zone attracts such firms.
 */
import type { SegmentSynonyms } from './types.js';

export const equipmentManufacturingSynonyms: SegmentSynonyms = {
  'nev.battery-materials': {
    en: [
      'electrolyte solution',
      'LFP',
      'lithium iron phosphate',
      'NCM',
      'ternary cathode',
      'graphite anode',
      'lithium hydroxide',
      'battery separator',
      'copper foil',
    ],
    zh: ['电解质', '磷酸铁锂', '三元材料', '三元正极', '石墨负极', '氢氧化锂', '锂电池隔膜', '铜箔', '锂电池材料'],
    ko: ['전해질', '리튬인산철', 'LFP', '삼원계 양극재', '음극 소재', '수산화리튬', '동박', '2차전지 소재', '이차전지 소재'],
  },
  'nev.battery-cells': {
    en: [
      'Li-ion',
      'lithium battery',
      'battery maker',
      'fuel cell',
      'hydrogen fuel cell',
      'fuel cell stack',
      'sodium-ion battery',
      'prismatic cell',
      'pouch cell',
    ],
    zh: ['锂电', '电池制造', '燃料电池', '氢燃料电池', '燃料电池电堆', '钠离子电池', '电芯制造'],
    ko: ['연료전지', '수소연료전지', '연료전지 스택', '리튬 배터리', '나트륨이온 배터리', '파우치형 배터리'],
  },
  'nev.drive-motors': {
    en: ['e-motor', 'EV motor', 'PMSM'],
    zh: ['新能源汽车电机', '扁线电机'],
    ko: ['전기차 모터', 'EV 모터'],
  },
  'nev.battery-packs': {
    en: ['energy storage', 'ESS', 'battery module', 'pack assembly'],
    zh: ['储能', '储能电池', '电池模组', 'PACK'],
    ko: ['배터리 모듈'],
  },
  'nev.electric-drive': {
    en: ['electric axle', 'EDU', 'electric drive unit', 'three-in-one drive'],
    zh: ['电驱动总成', '电驱', '电桥'],
    ko: ['전동화 구동계', '전기 구동 장치', 'EDU'],
  },
  'nev.motor-controllers': {
    en: ['traction inverter', 'motor control unit', 'OBC', 'power electronics controller'],
    zh: ['电机控制', '逆变器总成', 'OBC'],
    ko: ['모터 컨트롤러', '구동 인버터', '전력변환장치'],
  },
  'nev.vehicle-manufacturing': {
    en: ['electric car', 'hybrid vehicle', 'EV maker', 'hydrogen vehicle', 'electric truck'],
    zh: ['新能源车', '电动客车', '混动汽车', '氢能汽车', '新能源商用车'],
    ko: ['수소 자동차', '전기버스', '전기 트럭', '친환경 자동차'],
  },
  'nev.charging-infrastructure': {
    en: ['charging point', 'fast charger', 'wallbox', 'battery swap station'],
    zh: ['充电设备', '快充', '充电运营'],
    ko: ['급속충전기', '충전 설비', '충전 사업'],
  },
  'nev.battery-recycling': {
    en: ['used battery', 'battery reuse', 'spent battery'],
    zh: ['废旧电池', '电池回收利用', '退役电池'],
    ko: ['폐배터리 재활용', '사용후 배터리', '배터리 리사이클링'],
  },
  'icv.lidar-sensors': {
    en: ['mmWave radar', 'millimetre-wave radar', 'automotive radar', 'surround-view camera'],
    zh: ['车载雷达', '环视摄像头', '4D毫米波雷达'],
    ko: ['라이다 센서', '차량용 레이더', '밀리미터파 레이더'],
  },
  'icv.autonomous-driving': {
    en: ['self-driving software', 'L4', 'autonomous vehicle software', 'autopilot'],
    zh: ['无人驾驶', '自动驾驶软件', '智驾'],
    ko: ['자율주행차', '자율주행 소프트웨어', '무인 자동차'],
  },
  'icv.vehicle-connectivity': {
    en: ['telematics box', 'TCU', 'connected vehicle'],
    zh: ['车载终端', '车路云'],
    ko: ['차량 통신 모듈', '커넥티드 차량'],
  },
  'icv.smart-cockpit': {
    en: ['in-vehicle infotainment', 'IVI', 'car display', 'cockpit domain'],
    zh: ['车机', '中控屏', '座舱域控'],
    ko: ['차량용 디스플레이', '인포테인먼트 시스템', '콕핏'],
  },
  'icv.icv-testing': {
    en: ['AV testing', 'test track'],
    zh: ['自动驾驶测试', '测试场'],
    ko: ['자율주행 테스트베드', '시험 주행장'],
  },
  'icv.smart-mobility': {
    en: ['car sharing', 'ride sharing', 'mobility platform'],
    zh: ['出行服务', '共享汽车', '网约车平台'],
    ko: ['카셰어링', '차량 공유', '모빌리티 플랫폼'],
  },
  'auto.auto-parts': {
    en: ['auto parts supplier', 'stamping', 'stamped parts', 'car parts', 'tier 1 supplier', 'interior trim', 'suspension'],
    zh: ['汽车冲压件', '冲压件', '一级供应商', '悬架', '汽车内饰'],
    ko: ['프레스 부품', '차량 부품 제조', '서스펜션', '1차 협력사'],
  },
  'auto.automotive-electronics': {
    en: ['automotive wiring harness', 'automotive ECU'],
    zh: ['汽车线束', '汽车电子部件', '车载电子'],
    ko: ['자동차 전자부품', '차량용 전장'],
  },
  'auto.vehicle-manufacturing': {
    en: ['car maker', 'OEM automaker', 'car manufacturer'],
    zh: ['汽车厂', '主机厂', '整车厂'],
    ko: ['자동차 회사', '완성차 업체'],
  },
  'auto.auto-aftermarket': {
    en: ['used car dealer', 'car repair', 'auto service'],
    zh: ['二手车交易', '汽车服务', '汽车保养'],
    ko: ['중고차 매매', '자동차 수리', '카센터'],
  },
  'robotics.robot-components': {
    en: ['harmonic drive', 'reducer for robots', 'robot joint', 'servo drive'],
    zh: ['减速器', '伺服驱动', '机器人关节'],
    ko: ['RV 감속기', '로봇 관절'],
  },
  'robotics.industrial-robots': {
    en: ['robotic arm', 'palletizing robot', 'SCARA'],
    zh: ['工业机械手', '码垛机器人', 'SCARA'],
    ko: ['산업로봇', '다관절 로봇'],
  },
  'robotics.service-robots': {
    en: ['humanoid robot', 'cleaning robot', 'guide robot'],
    zh: ['人形机器人', '服务型机器人', '导览机器人'],
    ko: ['휴머노이드', '서빙 로봇'],
  },
  'robotics.robot-system-integration': {
    en: ['robot integrator', 'robotic automation'],
    zh: ['机器人集成', '自动化集成'],
    ko: ['로봇 SI', '로봇 자동화'],
  },
  'smart-equipment.instruments-meters': {
    en: ['gauge', 'metering equipment'],
    zh: ['计量仪表', '分析仪器'],
    ko: ['계측 장비', '측정 장비'],
  },
  'smart-equipment.control-systems': {
    en: ['industrial automation', 'SCADA', 'motion control'],
    zh: ['自动化控制', '运动控制', 'SCADA'],
    ko: ['자동제어 시스템', '모션 제어', 'SCADA'],
  },
  'smart-equipment.cnc-machine-tools': {
    en: ['5-axis machining', 'lathe', 'milling machine'],
    zh: ['五轴机床', '车床', '铣床'],
    ko: ['선반', '밀링 머신'],
  },
  'smart-equipment.additive-manufacturing': {
    en: ['3D printed parts', 'metal AM'],
    zh: ['3D打印服务', '增材'],
    ko: ['3D 프린팅 서비스'],
  },
  'smart-equipment.intelligent-equipment': {
    en: [
      'production equipment',
      'battery production equipment',
      'battery manufacturing equipment',
      'automation equipment',
      'packaging machine',
      'manufacturing equipment',
    ],
    zh: ['生产设备', '锂电设备', '锂电生产设备', '自动化设备', '非标设备', '包装设备'],
    ko: ['생산 장비', '2차전지 장비', '이차전지 장비', '배터리 장비', '자동화 장비', '제조 장비'],
  },
  'smart-equipment.smart-factory': {
    en: ['digital manufacturing', 'factory automation solution'],
    zh: ['数字化车间', '灯塔工厂'],
    ko: ['스마트 팩토리'],
  },
  'rail.traction-systems': {
    en: ['railway signaling', 'train control system', 'CBTC'],
    zh: ['列控系统', '铁路信号'],
    ko: ['열차제어시스템'],
  },
  'rail.rail-components': {
    en: ['bogie frame', 'rail car parts', 'railway parts'],
    zh: ['轨道交通零部件', '车体部件'],
    ko: ['철도 부품'],
  },
  'rail.rolling-stock': {
    en: ['railcar', 'passenger train'],
    zh: ['列车', '高速列车', '城轨'],
    ko: ['열차', '도시철도 차량'],
  },
  'rail.rail-maintenance': {
    en: ['train maintenance', 'railway maintenance'],
    zh: ['铁路维修', '轨道维保'],
    ko: ['철도 정비', '차량 정비창'],
  },
  'green-equipment.energy-saving-equipment': {
    en: ['energy efficiency', 'heat recovery'],
    zh: ['节能改造', '热能回收'],
    ko: ['에너지 효율'],
  },
  'green-equipment.pollution-control-equipment': {
    en: ['water treatment', 'wastewater treatment plant', 'air pollution control', 'scrubber'],
    zh: ['水处理', '废气处理', '除尘设备'],
    ko: ['수처리', '폐수처리 설비', '대기 방지 시설'],
  },
  'green-equipment.environmental-monitoring': {
    en: ['air quality monitor', 'emission analyzer', 'water quality monitoring'],
    zh: ['水质监测', '环境监测设备'],
    ko: ['대기질 측정기', '수질 측정', '환경 측정'],
  },
  'ice-snow.ice-snow-gear': {
    en: ['ski equipment', 'skates', 'skiwear'],
    zh: ['滑雪装备', '滑雪器材', '冰鞋'],
    ko: ['스키 용품', '스키복', '보드복'],
  },
  'ice-snow.snow-making-equipment': {
    en: ['snow cannon', 'snow gun'],
    zh: ['造雪设备', '人工造雪'],
    ko: ['제설기', '인공설 장비'],
  },
  'ice-snow.ice-snow-venues': {
    en: ['skating rink', 'ski area'],
    zh: ['滑雪度假区', '冰场'],
    ko: ['스키 리조트', '빙상 경기장'],
  },
  'agri-machinery.farm-machinery-components': {
    en: ['tractor parts'],
    zh: ['农机部件', '拖拉机配件'],
    ko: ['트랙터 부품'],
  },
  'agri-machinery.intelligent-farm-machinery': {
    en: ['harvester', 'farm equipment', 'agricultural equipment'],
    zh: ['农业装备', '智能农机装备'],
    ko: ['수확기', '농업기계', '이앙기'],
  },
  'agri-machinery.precision-agriculture': {
    en: ['farm drone', 'agri-drone', 'agtech'],
    zh: ['智慧农场', '数字农业'],
    ko: ['농업 드론', '드론 방제', '스마트 농업'],
  },
  'new-materials.carbon-fiber': {
    en: ['carbon fiber precursor'],
    zh: ['碳纤维丝', '碳纤维材料'],
    ko: ['탄소섬유 원사'],
  },
  'new-materials.advanced-alloys': {
    en: ['aluminium alloy', 'aluminium', 'aluminum', 'steel', 'high-strength steel', 'die casting', 'metal materials'],
    zh: ['钢材', '钢铁', '高强钢', '铝材', '压铸', '金属材料'],
    ko: ['철강', '강판', '고장력강', '알루미늄', '다이캐스팅', '금속 소재'],
  },
  'new-materials.advanced-polymers': {
    en: ['plastics', 'resin', 'chemical materials', 'PLA'],
    zh: ['塑料', '树脂', '化工新材料'],
    ko: ['플라스틱', '수지', '화학 소재'],
  },
  'new-materials.composites': {
    en: ['composites', 'fiber-reinforced plastic', 'FRP'],
    zh: ['碳纤维制品', '玻璃钢'],
    ko: ['복합재', '섬유강화플라스틱'],
  },
};
