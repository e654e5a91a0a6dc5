/**
 * Key-task area "Top-end equipment and intelligent manufacturing": new-energy
 * and intelligent connected vehicles with their key parts, robots, additive
 * manufacturing, intelligent equipment, control systems and instruments,
 * energy-saving and environmental protection, ice and snow and intelligent
 * farming equipment; plus Changchun's pillars automobile and rail transit, and
 * new materials.
 */
import type { ChainGroup } from '../model-types.js';

export const equipmentManufacturing: ChainGroup = {
  id: 'equipment-manufacturing',
  name: { en: 'Top-end equipment and intelligent manufacturing', zh: '高端装备与智能制造', ko: '첨단 장비·스마트 제조' },
  chains: [
    {
      id: 'nev',
      name: { en: 'New-energy vehicles', zh: '新能源汽车', ko: '신에너지차' },
      stages: [
        {
          id: 'nev.materials',
          name: { en: 'Battery materials', zh: '电池材料', ko: '배터리 소재' },
          segments: [
            {
              id: 'nev.battery-materials',
              name: { en: 'Battery materials', zh: '电池材料', ko: '배터리 소재' },
              keywords: {
                en: ['battery material', 'cathode material', 'anode material', 'electrolyte', 'separator', 'lithium', 'precursor'],
                zh: ['电池材料', '锂电材料', '正极材料', '负极材料', '电解液', '隔膜', '前驱体'],
                ko: ['배터리 소재', '양극재', '음극재', '전해액', '분리막', '리튬', '전구체'],
              },
              isic: ['2011', '2029'],
              hs: ['283691', '282520', '284190'],
            },
          ],
        },
        {
          id: 'nev.components',
          name: { en: 'Cells and core components', zh: '电芯与核心零部件', ko: '셀·핵심부품' },
          segments: [
            {
              id: 'nev.battery-cells',
              name: { en: 'Power battery cells', zh: '动力电池', ko: '배터리 셀' },
              keywords: {
                en: [
                  'battery',
                  'power battery',
                  'lithium-ion battery',
                  'battery cell',
                  'EV battery',
                  'traction battery',
                  'solid-state battery',
                ],
                zh: ['电池', '动力电池', '锂电池', '锂离子电池', '电芯', '固态电池'],
                ko: ['배터리', '이차전지', '2차전지', '배터리 셀', '리튬이온 배터리', '전기차 배터리', '전고체 배터리'],
              },
              isic: ['2720'],
              hs: ['850760'],
            },
            {
              id: 'nev.drive-motors',
              name: { en: 'Drive motors', zh: '驱动电机', ko: '구동 모터' },
              keywords: {
                en: ['drive motor', 'traction motor', 'electric motor', 'permanent magnet motor', 'motor'],
                zh: ['驱动电机', '电机', '永磁电机', '电动机'],
                ko: ['구동 모터', '구동모터', '전기모터', '모터', '영구자석 모터'],
              },
              isic: ['2710'],
              hs: ['850153', '850134'],
            },
          ],
        },
        {
          id: 'nev.systems',
          name: { en: 'Battery, drive and control systems', zh: '三电系统', ko: '배터리·구동·제어 시스템' },
          segments: [
            {
              id: 'nev.battery-packs',
              name: { en: 'Battery packs and BMS', zh: '电池包与电池管理系统', ko: '배터리 팩·BMS' },
              keywords: {
                en: ['battery pack', 'battery system', 'BMS', 'battery management system', 'energy storage system'],
                zh: ['电池包', '电池系统', '电池管理系统', 'BMS', '储能系统'],
                ko: ['배터리 팩', '배터리 시스템', 'BMS', '배터리 관리 시스템', 'ESS', '에너지저장장치'],
              },
              isic: ['2720', '2790'],
              hs: ['850760', '850790'],
            },
            {
              id: 'nev.electric-drive',
              name: { en: 'Electric drive systems', zh: '电驱动系统', ko: '전기 구동 시스템' },
              keywords: {
                en: ['electric drive', 'electric drive system', 'e-axle', 'electric powertrain', 'powertrain', 'reducer'],
                zh: ['电驱动', '电驱系统', '电驱动系统', '电动总成', '三合一电驱', '减速器'],
                ko: ['전기 구동', '전동 구동계', 'e-액슬', '파워트레인', '전기차 구동계'],
              },
              isic: ['2930', '2710'],
              hs: ['850153', '870840'],
            },
            {
              id: 'nev.motor-controllers',
              name: { en: 'Motor controllers and electronic control', zh: '电机控制器与电控', ko: '모터 제어기·전자제어' },
              keywords: {
                en: [
                  'motor controller',
                  'inverter',
                  'electronic control',
                  'e-control',
                  'VCU',
                  'vehicle control unit',
                  'on-board charger',
                  'DC-DC converter',
                ],
                zh: ['电机控制器', '电控', '逆变器', '整车控制器', '车载充电机', 'DC-DC'],
                ko: ['모터 제어기', '인버터', '전자제어', '차량 제어기', 'VCU', '온보드 충전기', 'OBC'],
              },
              isic: ['2930', '2790'],
              hs: ['850440'],
            },
          ],
        },
        {
          id: 'nev.vehicles',
          name: { en: 'Vehicle manufacturing', zh: '整车制造', ko: '완성차 제조' },
          segments: [
            {
              id: 'nev.vehicle-manufacturing',
              name: { en: 'New-energy vehicle manufacturing', zh: '新能源整车制造', ko: '신에너지차 제조' },
              keywords: {
                en: [
                  'new energy vehicle',
                  'NEV',
                  'electric vehicle',
                  'EV',
                  'battery electric vehicle',
                  'plug-in hybrid',
                  'fuel cell vehicle',
                  'electric bus',
                  'vehicle manufacturing',
                ],
                zh: ['新能源汽车', '新能源整车', '电动汽车', '电动车', '纯电动', '插电混动', '氢燃料电池汽车', '整车制造'],
                ko: ['전기차', '전기자동차', '신에너지차', '친환경차', '수소차', '하이브리드', '완성차 제조'],
              },
              isic: ['2910'],
              hs: ['870380', '870360', '870240'],
            },
          ],
        },
        {
          id: 'nev.aftermarket',
          name: { en: 'Charging and aftermarket', zh: '充电与后市场', ko: '충전·애프터마켓' },
          segments: [
            {
              id: 'nev.charging-infrastructure',
              name: { en: 'Charging infrastructure', zh: '充电基础设施', ko: '충전 인프라' },
              keywords: {
                en: ['charging pile', 'charging station', 'EV charger', 'battery swapping'],
                zh: ['充电桩', '充电站', '换电站', '充电设施'],
                ko: ['충전기', '충전소', '전기차 충전', '배터리 교환'],
              },
              isic: ['2790', '3510'],
              hs: ['850440'],
            },
            {
              id: 'nev.battery-recycling',
              name: { en: 'Battery recycling and second life', zh: '动力电池回收与梯次利用', ko: '배터리 재활용·재사용' },
              keywords: {
                en: ['battery recycling', 'second-life battery', 'cascade utilization', 'black mass'],
                zh: ['电池回收', '动力电池回收', '梯次利用', '再生利用'],
                ko: ['배터리 재활용', '폐배터리', '배터리 재사용', '블랙매스'],
              },
              isic: ['3830'],
              hs: ['854913'],
            },
          ],
        },
      ],
    },
    {
      id: 'icv',
      name: { en: 'Intelligent connected vehicles', zh: '智能网联汽车', ko: '지능형 커넥티드카' },
      stages: [
        {
          id: 'icv.perception',
          name: { en: 'Perception', zh: '感知', ko: '인지' },
          segments: [
            {
              id: 'icv.lidar-sensors',
              name: { en: 'Lidar and automotive sensors', zh: '激光雷达与车载传感器', ko: '라이다·차량용 센서' },
              keywords: {
                en: ['lidar', 'radar', 'millimeter wave radar', 'automotive sensor', 'ADAS sensor', 'vehicle camera', 'ultrasonic sensor'],
                zh: ['激光雷达', '毫米波雷达', '车载传感器', '车载摄像头', '超声波雷达'],
                ko: ['라이다', '레이더', '차량용 센서', '차량용 카메라', 'ADAS 센서'],
              },
              isic: ['2790', '2651', '2930'],
              hs: ['852610', '903149'],
            },
          ],
        },
        {
          id: 'icv.decision',
          name: { en: 'Decision, control and connectivity', zh: '决策控制与通信', ko: '판단·제어·통신' },
          segments: [
            {
              id: 'icv.autonomous-driving',
              name: { en: 'Autonomous driving systems', zh: '自动驾驶系统', ko: '자율주행 시스템' },
              keywords: {
                en: [
                  'intelligent connected vehicle',
                  'ICV',
                  'autonomous driving',
                  'self-driving',
                  'ADAS',
                  'driver assistance',
                  'domain controller',
                ],
                zh: ['智能网联汽车', '智能网联', '自动驾驶', '智能驾驶', '辅助驾驶', 'ADAS', '域控制器'],
                ko: ['지능형 커넥티드카', '자율주행', '첨단운전자보조시스템', 'ADAS', '도메인 컨트롤러'],
              },
              isic: ['2930', '6201'],
              hs: ['853710'],
            },
            {
              id: 'icv.vehicle-connectivity',
              name: { en: 'Vehicle connectivity and V2X', zh: '车联网与V2X', ko: '차량 통신·V2X' },
              keywords: {
                en: ['V2X', 'C-V2X', 'connected car', 'vehicle connectivity', 'telematics', 'T-Box', 'internet of vehicles'],
                zh: ['车联网', 'V2X', 'C-V2X', '车载通信', 'T-Box', '车路协同'],
                ko: ['V2X', '커넥티드카', '차량 통신', '텔레매틱스', 'C-V2X'],
              },
              isic: ['2630', '6190'],
              hs: ['851762'],
            },
          ],
        },
        {
          id: 'icv.cockpit',
          name: { en: 'Smart cockpit', zh: '智能座舱', ko: '스마트 콕핏' },
          segments: [
            {
              id: 'icv.smart-cockpit',
              name: { en: 'Smart cockpit', zh: '智能座舱', ko: '스마트 콕핏' },
              keywords: {
                en: ['smart cockpit', 'digital cockpit', 'infotainment', 'head-up display', 'HUD', 'automotive display'],
                zh: ['智能座舱', '车载信息娱乐', '抬头显示', 'HUD', '车载显示屏'],
                ko: ['스마트 콕핏', '디지털 콕핏', '인포테인먼트', '헤드업 디스플레이', 'HUD'],
              },
              isic: ['2930', '2640'],
              hs: ['852729', '852859'],
            },
          ],
        },
        {
          id: 'icv.services',
          name: { en: 'Testing and mobility services', zh: '测试与出行服务', ko: '시험·모빌리티 서비스' },
          segments: [
            {
              id: 'icv.icv-testing',
              name: { en: 'ICV testing and demonstration', zh: '智能网联汽车测试示范', ko: '자율주행 시험·실증' },
              keywords: {
                en: ['autonomous vehicle testing', 'ICV test field', 'proving ground', 'road test'],
                zh: ['智能网联测试', '测试示范区', '封闭测试场', '道路测试'],
                ko: ['자율주행 시험', '자율주행 실증', '주행 시험장', '도로 주행 시험'],
              },
              isic: ['7120'],
            },
            {
              id: 'icv.smart-mobility',
              name: { en: 'Smart mobility services', zh: '智慧出行服务', ko: '스마트 모빌리티 서비스' },
              keywords: {
                en: ['smart mobility', 'robotaxi', 'mobility service', 'ride-hailing', 'autonomous shuttle', 'MaaS'],
                zh: ['智慧出行', '自动驾驶出租车', '共享出行', 'Robotaxi', '网约车'],
                ko: ['스마트 모빌리티', '로보택시', '모빌리티 서비스', '자율주행 셔틀', 'MaaS'],
              },
              isic: ['4922'],
            },
          ],
        },
      ],
    },
    {
      id: 'auto',
      name: { en: 'Automobiles and parts', zh: '汽车及零部件', ko: '자동차·부품' },
      stages: [
        {
          id: 'auto.parts',
          name: { en: 'Parts and electronics', zh: '零部件与汽车电子', ko: '부품·전장' },
          segments: [
            {
              id: 'auto.auto-parts',
              name: { en: 'Automotive parts', zh: '汽车零部件', ko: '자동차 부품' },
              keywords: {
                en: ['auto parts', 'automotive parts', 'automotive components', 'chassis', 'car body parts', 'brake', 'car seat'],
                zh: ['汽车零部件', '汽车配件', '底盘', '车身', '制动系统', '汽车座椅', '内饰'],
                ko: ['자동차 부품', '차량 부품', '섀시', '차체', '브레이크', '시트', '내장재'],
              },
              isic: ['2930'],
              hs: ['870829', '870830', '870899', '940120'],
            },
            {
              id: 'auto.automotive-electronics',
              name: { en: 'Automotive electronics', zh: '汽车电子', ko: '자동차 전장' },
              keywords: {
                en: ['automotive electronics', 'automobile electronics', 'car electronics', 'ECU', 'body electronics', 'wiring harness'],
                zh: ['汽车电子', '电子控制单元', 'ECU', '车身电子', '线束'],
                ko: ['자동차 전장', '전장부품', '전장', 'ECU', '와이어링 하네스'],
              },
              isic: ['2930', '2790'],
              hs: ['853710', '854430', '851180'],
            },
          ],
        },
        {
          id: 'auto.vehicles',
          name: { en: 'Vehicle manufacturing', zh: '整车制造', ko: '완성차 제조' },
          segments: [
            {
              id: 'auto.vehicle-manufacturing',
              name: { en: 'Automobile manufacturing', zh: '汽车整车制造', ko: '자동차 제조' },
              keywords: {
                en: [
                  'automobile',
                  'automotive',
                  'car',
                  'passenger vehicle',
                  'commercial vehicle',
                  'truck',
                  'vehicle manufacturing',
                  'automaker',
                ],
                zh: ['汽车', '汽车制造', '整车', '乘用车', '商用车', '卡车'],
                ko: ['자동차', '완성차', '승용차', '상용차', '트럭', '자동차 제조'],
              },
              isic: ['2910', '2920'],
              hs: ['870323', '870332', '870422'],
            },
          ],
        },
        {
          id: 'auto.aftermarket',
          name: { en: 'Aftermarket', zh: '后市场', ko: '애프터마켓' },
          segments: [
            {
              id: 'auto.auto-aftermarket',
              name: { en: 'Automotive aftermarket', zh: '汽车后市场', ko: '자동차 애프터마켓' },
              keywords: {
                en: ['auto aftermarket', 'car maintenance', 'auto repair', 'used car', 'car rental'],
                zh: ['汽车后市场', '汽车维修', '二手车', '汽车租赁'],
                ko: ['자동차 정비', '중고차', '애프터마켓', '렌터카'],
              },
              isic: ['4520', '4510', '7710'],
            },
          ],
        },
      ],
    },
    {
      id: 'robotics',
      name: { en: 'Robots', zh: '机器人', ko: '로봇' },
      stages: [
        {
          id: 'robotics.components',
          name: { en: 'Core components', zh: '核心零部件', ko: '핵심부품' },
          segments: [
            {
              id: 'robotics.robot-components',
              name: { en: 'Robot core components', zh: '机器人核心零部件', ko: '로봇 핵심부품' },
              keywords: {
                en: ['robot component', 'servo motor', 'speed reducer', 'RV reducer', 'harmonic reducer', 'robot controller'],
                zh: ['机器人零部件', '伺服电机', 'RV减速器', '谐波减速器', '机器人控制器'],
                ko: ['로봇 부품', '서보모터', '감속기', '하모닉 감속기', '로봇 제어기'],
              },
              isic: ['2710', '2814', '2829'],
              hs: ['850152', '848340', '853710'],
            },
          ],
        },
        {
          id: 'robotics.robots',
          name: { en: 'Robots', zh: '机器人本体', ko: '로봇 본체' },
          segments: [
            {
              id: 'robotics.industrial-robots',
              name: { en: 'Industrial robots', zh: '工业机器人', ko: '산업용 로봇' },
              keywords: {
                en: ['industrial robot', 'robot', 'robot arm', 'welding robot', 'painting robot', 'collaborative robot', 'cobot', 'AGV'],
                zh: ['工业机器人', '机器人', '机械臂', '焊接机器人', '协作机器人', 'AGV'],
                ko: ['산업용 로봇', '로봇', '로봇팔', '용접 로봇', '협동로봇', 'AGV'],
              },
              isic: ['2829'],
              hs: ['847950'],
            },
            {
              id: 'robotics.service-robots',
              name: { en: 'Service robots', zh: '服务机器人', ko: '서비스 로봇' },
              keywords: {
                en: ['service robot', 'medical robot', 'delivery robot', 'logistics robot', 'companion robot', 'care robot'],
                zh: ['服务机器人', '医疗机器人', '配送机器人', '陪伴机器人', '养老机器人'],
                ko: ['서비스 로봇', '의료 로봇', '배송 로봇', '돌봄 로봇', '안내 로봇'],
              },
              isic: ['2829', '2750'],
              hs: ['847989', '847950'],
            },
          ],
        },
        {
          id: 'robotics.integration',
          name: { en: 'System integration', zh: '系统集成', ko: '시스템 통합' },
          segments: [
            {
              id: 'robotics.robot-system-integration',
              name: { en: 'Robot system integration', zh: '机器人系统集成', ko: '로봇 시스템 통합' },
              keywords: {
                en: ['robot system integration', 'automation line', 'automated production line', 'robotic cell'],
                zh: ['机器人系统集成', '自动化生产线', '自动化产线'],
                ko: ['로봇 시스템 통합', '자동화 라인', '자동화 설비'],
              },
              isic: ['3320', '2829'],
            },
          ],
        },
      ],
    },
    {
      id: 'smart-equipment',
      name: { en: 'Intelligent equipment and control systems', zh: '智能装备与控制系统', ko: '스마트 장비·제어시스템' },
      stages: [
        {
          id: 'smart-equipment.instruments',
          name: { en: 'Instruments and control', zh: '仪器仪表与控制系统', ko: '계측·제어' },
          segments: [
            {
              id: 'smart-equipment.instruments-meters',
              name: { en: 'Intelligent instruments and meters', zh: '智能仪器仪表', ko: '스마트 계측기기' },
              keywords: {
                en: [
                  'instruments and meters',
                  'intelligent instrument',
                  'smart meter',
                  'flow meter',
                  'measuring instrument',
                  'test instrument',
                ],
                zh: ['仪器仪表', '智能仪表', '智能电表', '流量计', '测量仪器'],
                ko: ['계측기', '스마트 계량기', '스마트 미터', '유량계', '측정기기'],
              },
              isic: ['2651'],
              hs: ['902830', '902610', '903089'],
            },
            {
              id: 'smart-equipment.control-systems',
              name: { en: 'Intelligent control systems', zh: '智能控制系统', ko: '지능형 제어시스템' },
              keywords: {
                en: ['intelligent control system', 'control system', 'industrial control', 'PLC', 'DCS', 'automation control'],
                zh: ['智能控制系统', '控制系统', '工业控制', 'PLC', 'DCS', '数控系统'],
                ko: ['지능형 제어시스템', '제어시스템', '산업용 제어', 'PLC', 'DCS', '자동제어'],
              },
              isic: ['2710', '2651'],
              hs: ['853710', '903289'],
            },
          ],
        },
        {
          id: 'smart-equipment.machines',
          name: { en: 'Intelligent machines', zh: '智能装备', ko: '스마트 장비' },
          segments: [
            {
              id: 'smart-equipment.cnc-machine-tools',
              name: { en: 'CNC machine tools', zh: '数控机床', ko: 'CNC 공작기계' },
              keywords: {
                en: ['CNC machine tool', 'machine tool', 'machining center', 'CNC'],
                zh: ['数控机床', '机床', '加工中心'],
                ko: ['CNC 공작기계', '공작기계', '머시닝센터', 'CNC'],
              },
              isic: ['2822'],
              hs: ['845710', '845811'],
            },
            {
              id: 'smart-equipment.additive-manufacturing',
              name: { en: 'Additive manufacturing', zh: '增材制造', ko: '적층제조' },
              keywords: {
                en: ['additive manufacturing', 'additive printing', '3D printing', '3D printer', 'metal 3D printing'],
                zh: ['增材制造', '3D打印', '3D打印机', '金属3D打印'],
                ko: ['적층제조', '3D 프린팅', '3D 프린터', '금속 3D 프린팅'],
              },
              isic: ['2829'],
              hs: ['848510', '848520'],
            },
            {
              id: 'smart-equipment.intelligent-equipment',
              name: { en: 'Intelligent special-purpose equipment', zh: '智能专用装备', ko: '스마트 전용장비' },
              keywords: {
                en: [
                  'intelligent equipment',
                  'intelligent manufacturing equipment',
                  'smart equipment',
                  'special-purpose machinery',
                  'packaging machinery',
                  'intelligent logistics equipment',
                ],
                zh: ['智能装备', '智能制造装备', '专用设备', '包装机械', '智能物流装备'],
                ko: ['스마트 장비', '지능형 장비', '전용장비', '포장기계', '물류 자동화 장비'],
              },
              isic: ['2829', '2816'],
              hs: ['847989', '842890'],
            },
          ],
        },
        {
          id: 'smart-equipment.solutions',
          name: { en: 'Intelligent manufacturing solutions', zh: '智能制造解决方案', ko: '스마트 제조 솔루션' },
          segments: [
            {
              id: 'smart-equipment.smart-factory',
              name: { en: 'Smart factory solutions', zh: '智能工厂解决方案', ko: '스마트공장 솔루션' },
              keywords: {
                en: ['smart factory', 'intelligent manufacturing', 'smart manufacturing', 'digital factory'],
                zh: ['智能工厂', '智能制造', '数字化工厂', '智能制造解决方案'],
                ko: ['스마트공장', '스마트 제조', '디지털 공장', '지능형 제조'],
              },
              isic: ['7110', '6202'],
            },
          ],
        },
      ],
    },
    {
      id: 'rail',
      name: { en: 'Rail transit equipment', zh: '轨道交通装备', ko: '철도차량·장비' },
      stages: [
        {
          id: 'rail.components',
          name: { en: 'Systems and components', zh: '系统与部件', ko: '시스템·부품' },
          segments: [
            {
              id: 'rail.traction-systems',
              name: { en: 'Traction and train control systems', zh: '牵引与列车控制系统', ko: '견인·열차제어 시스템' },
              keywords: {
                en: ['traction system', 'traction converter', 'train control', 'railway signalling'],
                zh: ['牵引系统', '牵引变流器', '牵引电机', '列车控制', '信号系统'],
                ko: ['견인 시스템', '견인 전동기', '열차 제어', '철도 신호'],
              },
              isic: ['2710', '3020'],
              hs: ['850440', '850153', '853010'],
            },
            {
              id: 'rail.rail-components',
              name: { en: 'Bogies and car-body components', zh: '转向架与车体部件', ko: '대차·차체 부품' },
              keywords: {
                en: ['bogie', 'rail vehicle parts', 'rail components', 'coupler', 'car body'],
                zh: ['转向架', '车体', '轨道车辆零部件', '车钩'],
                ko: ['대차', '철도차량 부품', '연결기', '철도 차체'],
              },
              isic: ['3020'],
              hs: ['860712', '860799'],
            },
          ],
        },
        {
          id: 'rail.vehicles',
          name: { en: 'Rolling stock', zh: '整车', ko: '철도차량' },
          segments: [
            {
              id: 'rail.rolling-stock',
              name: { en: 'Rail transit vehicles', zh: '轨道交通车辆', ko: '철도차량' },
              keywords: {
                en: [
                  'rail transit',
                  'rail transit equipment',
                  'rolling stock',
                  'high-speed train',
                  'EMU',
                  'metro car',
                  'light rail',
                  'tram',
                ],
                zh: ['轨道交通', '轨道交通装备', '动车组', '高铁', '地铁车辆', '城轨车辆', '有轨电车'],
                ko: ['철도차량', '철도', '고속열차', '전동차', '지하철 차량', '경전철', '트램'],
              },
              isic: ['3020'],
              hs: ['860310', '860390', '860500'],
            },
          ],
        },
        {
          id: 'rail.services',
          name: { en: 'Maintenance', zh: '检修运维', ko: '유지보수' },
          segments: [
            {
              id: 'rail.rail-maintenance',
              name: { en: 'Rail vehicle maintenance', zh: '轨道车辆检修', ko: '철도차량 정비' },
              keywords: {
                en: ['rail maintenance', 'rolling stock maintenance', 'train overhaul'],
                zh: ['轨道车辆检修', '轨道交通运维', '动车组检修'],
                ko: ['철도차량 정비', '철도 유지보수', '중정비'],
              },
              isic: ['3315'],
            },
          ],
        },
      ],
    },
    {
      id: 'green-equipment',
      name: { en: 'Energy-saving and environmental protection equipment', zh: '节能环保装备', ko: '에너지절약·환경보호 장비' },
      stages: [
        {
          id: 'green-equipment.equipment',
          name: { en: 'Equipment', zh: '装备', ko: '장비' },
          segments: [
            {
              id: 'green-equipment.energy-saving-equipment',
              name: { en: 'Energy-saving equipment', zh: '节能装备', ko: '에너지절약 장비' },
              keywords: {
                en: [
                  'energy-saving equipment',
                  'energy saving',
                  'energy conservation',
                  'heat pump',
                  'high-efficiency boiler',
                  'waste heat recovery',
                ],
                zh: ['节能装备', '节能设备', '节能', '热泵', '高效锅炉', '余热回收'],
                ko: ['에너지절약 장비', '에너지 절감', '히트펌프', '고효율 보일러', '폐열 회수'],
              },
              isic: ['2819', '2815'],
              hs: ['841861', '841950'],
            },
            {
              id: 'green-equipment.pollution-control-equipment',
              name: { en: 'Environmental protection equipment', zh: '环保装备', ko: '환경보호 장비' },
              keywords: {
                en: [
                  'environmental protection equipment',
                  'intelligent environmental protection equipment',
                  'pollution control',
                  'water treatment equipment',
                  'wastewater treatment',
                  'dust removal',
                  'waste treatment equipment',
                ],
                zh: ['环保装备', '环保设备', '智能环保装备', '污染治理', '水处理设备', '污水处理', '除尘', '固废处理'],
                ko: ['환경보호 장비', '환경 설비', '수처리 설비', '폐수 처리', '대기오염 방지', '집진기'],
              },
              isic: ['2829'],
              hs: ['842121', '842139'],
            },
          ],
        },
        {
          id: 'green-equipment.monitoring',
          name: { en: 'Monitoring', zh: '环境监测', ko: '환경 모니터링' },
          segments: [
            {
              id: 'green-equipment.environmental-monitoring',
              name: { en: 'Environmental monitoring', zh: '环境监测', ko: '환경 모니터링' },
              keywords: {
                en: ['environmental monitoring', 'emission monitoring', 'air quality monitoring', 'gas analyzer'],
                zh: ['环境监测', '在线监测', '空气质量监测', '气体分析仪'],
                ko: ['환경 모니터링', '대기질 측정', '배출 감시', '가스 분석기'],
              },
              isic: ['2651', '7120'],
              hs: ['902710', '902780'],
            },
          ],
        },
        {
          id: 'green-equipment.services',
          name: { en: 'Environmental services', zh: '环境服务', ko: '환경 서비스' },
          segments: [
            {
              id: 'green-equipment.environmental-services',
              name: { en: 'Environmental engineering and services', zh: '环境工程与服务', ko: '환경 엔지니어링·서비스' },
              keywords: {
                en: [
                  'environmental services',
                  'environmental engineering',
                  'remediation',
                  'energy performance contracting',
                  'resource recycling',
                ],
                zh: ['环境工程', '环保服务', '生态修复', '合同能源管理', '资源回收'],
                ko: ['환경 엔지니어링', '환경 서비스', '토양 정화', 'ESCO', '자원 순환'],
              },
              isic: ['3900', '3700', '7110'],
            },
          ],
        },
      ],
    },
    {
      id: 'ice-snow',
      name: { en: 'Ice and snow equipment', zh: '冰雪装备', ko: '빙설 장비' },
      stages: [
        {
          id: 'ice-snow.equipment',
          name: { en: 'Equipment and gear', zh: '装备与器材', ko: '장비·용품' },
          segments: [
            {
              id: 'ice-snow.ice-snow-gear',
              name: { en: 'Ice and snow sports gear', zh: '冰雪运动器材', ko: '빙설 스포츠 용품' },
              keywords: {
                en: ['ice and snow equipment', 'ski', 'snowboard', 'ice skate', 'ski boot', 'winter sports equipment'],
                zh: ['冰雪装备', '冰雪器材', '滑雪板', '冰刀', '滑雪服', '冰雪运动装备'],
                ko: ['빙설 장비', '스키', '스노보드', '스케이트', '스키 장비', '동계 스포츠 용품'],
              },
              isic: ['3230'],
              hs: ['950611', '950612', '950670'],
            },
            {
              id: 'ice-snow.snow-making-equipment',
              name: { en: 'Snow-making and venue equipment', zh: '造雪与场馆设备', ko: '인공눈·경기장 설비' },
              keywords: {
                en: ['snowmaking', 'snow making machine', 'snow groomer', 'ice resurfacer', 'ski lift'],
                zh: ['造雪机', '压雪车', '浇冰车', '滑雪场索道', '滑雪场设备'],
                ko: ['인공 제설기', '제설 장비', '정설차', '스키 리프트', '스키장 설비'],
              },
              isic: ['2829', '2816'],
              hs: ['842489', '843020', '842860'],
            },
          ],
        },
        {
          id: 'ice-snow.venues',
          name: { en: 'Venues and operation', zh: '场馆运营', ko: '시설 운영' },
          segments: [
            {
              id: 'ice-snow.ice-snow-venues',
              name: { en: 'Ice and snow venues', zh: '冰雪场馆运营', ko: '빙설 시설 운영' },
              keywords: {
                en: ['ski resort', 'ice rink', 'winter sports venue', 'ice and snow tourism'],
                zh: ['滑雪场', '滑冰场', '冰雪场馆', '冰雪旅游'],
                ko: ['스키장', '아이스링크', '빙상장', '빙설 관광'],
              },
              isic: ['9311'],
            },
          ],
        },
      ],
    },
    {
      id: 'agri-machinery',
      name: { en: 'Intelligent farming equipment', zh: '智能农机装备', ko: '스마트 농기계' },
      stages: [
        {
          id: 'agri-machinery.components',
          name: { en: 'Components', zh: '零部件', ko: '부품' },
          segments: [
            {
              id: 'agri-machinery.farm-machinery-components',
              name: { en: 'Farm machinery components', zh: '农机零部件', ko: '농기계 부품' },
              keywords: {
                en: ['farm machinery parts', 'agricultural machinery components', 'hydraulic parts'],
                zh: ['农机零部件', '农机配件', '液压件'],
                ko: ['농기계 부품', '유압 부품'],
              },
              isic: ['2821', '2812'],
              hs: ['843390', '841229'],
            },
          ],
        },
        {
          id: 'agri-machinery.machines',
          name: { en: 'Machines', zh: '整机', ko: '완제품' },
          segments: [
            {
              id: 'agri-machinery.intelligent-farm-machinery',
              name: { en: 'Intelligent farm machinery', zh: '智能农机', ko: '스마트 농기계' },
              keywords: {
                en: [
                  'intelligent farming equipment',
                  'farming equipment',
                  'agricultural machinery',
                  'tractor',
                  'combine harvester',
                  'autonomous tractor',
                  'seeder',
                ],
                zh: ['智能农机', '农机', '农业机械', '拖拉机', '收割机', '联合收割机', '播种机'],
                ko: ['스마트 농기계', '농기계', '트랙터', '콤바인', '자율주행 트랙터', '파종기'],
              },
              isic: ['2821'],
              hs: ['870193', '843351', '843230'],
            },
          ],
        },
        {
          id: 'agri-machinery.services',
          name: { en: 'Precision agriculture', zh: '精准农业', ko: '정밀농업' },
          segments: [
            {
              id: 'agri-machinery.precision-agriculture',
              name: { en: 'Precision agriculture and agricultural drones', zh: '精准农业与植保无人机', ko: '정밀농업·농업용 드론' },
              keywords: {
                en: ['precision agriculture', 'smart farming', 'smart farm', 'agricultural drone', 'crop spraying drone'],
                zh: ['精准农业', '智慧农业', '植保无人机', '农业无人机'],
                ko: ['정밀농업', '스마트팜', '농업용 드론', '방제 드론'],
              },
              isic: ['0161', '2829'],
              hs: ['880623', '842441'],
            },
          ],
        },
      ],
    },
    {
      id: 'new-materials',
      name: { en: 'New materials', zh: '新材料', ko: '신소재' },
      stages: [
        {
          id: 'new-materials.base',
          name: { en: 'Base materials', zh: '基础材料', ko: '기초 소재' },
          segments: [
            {
              id: 'new-materials.carbon-fiber',
              name: { en: 'Carbon fiber', zh: '碳纤维', ko: '탄소섬유' },
              keywords: {
                en: ['carbon fiber', 'carbon fibre', 'new material', 'PAN precursor'],
                zh: ['碳纤维', '新材料', '碳纤维原丝'],
                ko: ['탄소섬유', '신소재'],
              },
              isic: ['2030'],
              hs: ['681511'],
            },
            {
              id: 'new-materials.advanced-alloys',
              name: { en: 'Lightweight alloys', zh: '轻量化合金', ko: '경량 합금' },
              keywords: {
                en: ['lightweight alloy', 'aluminum alloy', 'magnesium alloy', 'titanium alloy', 'lightweight material'],
                zh: ['轻量化合金', '铝合金', '镁合金', '钛合金', '轻量化材料'],
                ko: ['경량 합금', '알루미늄 합금', '마그네슘 합금', '티타늄 합금', '경량 소재'],
              },
              isic: ['2420'],
              hs: ['760120', '810411'],
            },
            {
              id: 'new-materials.advanced-polymers',
              name: { en: 'Advanced polymers and chemical materials', zh: '高性能高分子与化工材料', ko: '고기능 고분자·화학소재' },
              keywords: {
                en: [
                  'advanced polymer',
                  'engineering plastic',
                  'specialty chemicals',
                  'polyimide',
                  'biodegradable plastic',
                  'polylactic acid',
                ],
                zh: ['高分子材料', '工程塑料', '特种化学品', '聚酰亚胺', '可降解塑料', '聚乳酸'],
                ko: ['고분자 소재', '엔지니어링 플라스틱', '특수화학', '폴리이미드', '생분해 플라스틱'],
              },
              isic: ['2013', '2029'],
              hs: ['390770', '391190'],
            },
          ],
        },
        {
          id: 'new-materials.composites',
          name: { en: 'Composites', zh: '复合材料', ko: '복합소재' },
          segments: [
            {
              id: 'new-materials.composites',
              name: { en: 'Composite materials and parts', zh: '复合材料及制品', ko: '복합소재·부품' },
              keywords: {
                en: ['composite material', 'CFRP', 'carbon fiber composite', 'composite parts'],
                zh: ['复合材料', '碳纤维复合材料', '复材'],
                ko: ['복합소재', '탄소섬유 복합재', 'CFRP', '복합재 부품'],
              },
              isic: ['2220', '2399'],
              hs: ['681519', '392690'],
            },
          ],
        },
      ],
    },
  ],
};
