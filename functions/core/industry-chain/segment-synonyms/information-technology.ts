/**
 * Other names of the information-technology segments: abbreviations, product
 * names and trade terms firms use for themselves, in English, Chinese and
 * Korean. Reviewed like the model data: each term should make a zone officer
 * think of this segment first.
 *
 * Note for reviewers: the model has no segment of its own for passive
 * components and circuit boards (ISIC 2610 covers them with chips). They are
 * listed under chip packaging and testing, the nearest stage (IC substrates,
 * board-level assembly); a separate segment would be the better long-term fix.
 */
import type { SegmentSynonyms } from './types.js';

export const informationTechnologySynonyms: SegmentSynonyms = {
  'semi.compound-semiconductors': {
    en: ['third-generation semiconductor', 'SiC substrate', 'GaN-on-Si', 'epitaxy', 'indium phosphide'],
    zh: ['碳化硅衬底', '氮化镓外延', '宽禁带半导体', '磷化铟'],
    ko: ['SiC 웨이퍼', '탄화규소 기판', '와이드밴드갭', '에피택시'],
  },
  'semi.chip-design': {
    en: ['ASIC', 'SoC design', 'chip designer', 'IP core'],
    zh: ['芯片设计公司', 'IC设计公司', 'SoC设计', '芯片IP'],
    ko: ['SoC 설계', '반도체 IP'],
  },
  'semi.chip-fabrication': {
    en: ['wafer foundry', 'semiconductor manufacturing', 'chipmaker', 'memory chip', 'DRAM', 'NAND'],
    zh: ['晶圆厂', '芯片制造商', '存储芯片', '积体电路'],
    ko: ['반도체 제조', '메모리 반도체', 'D램', '낸드'],
  },
  'semi.power-semiconductors': {
    en: ['power electronics', 'power MOSFET', 'SiC power device', 'gate driver', 'power discrete'],
    zh: ['功率半导体器件', '功率芯片', '电力电子器件', 'SiC功率器件'],
    ko: ['파워반도체', '전력전자 소자', 'IGBT 모듈'],
  },
  'semi.packaging-testing': {
    en: [
      'PCB',
      'printed circuit board',
      'PCBA',
      'SMT',
      'surface mount',
      'MLCC',
      'multilayer ceramic capacitor',
      'passive component',
      'capacitor',
      'IC substrate',
      'electronic component',
    ],
    zh: [
      '印制电路板',
      '印刷电路板',
      'PCB',
      '线路板',
      '电路板',
      'SMT贴片',
      'MLCC',
      '多层陶瓷电容',
      '陶瓷电容',
      '电容器',
      '被动元件',
      '电子元器件',
      '封装基板',
    ],
    ko: ['인쇄회로기판', 'PCB', '회로기판', 'SMT', 'MLCC', '적층세라믹콘덴서', '세라믹 콘덴서', '수동부품', '전자부품', '패키지 기판'],
  },
  'display.display-materials': {
    en: ['polarizer film', 'glass substrate', 'color filter'],
    zh: ['偏光膜', '光学膜', '玻璃基板', '彩色滤光片'],
    ko: ['편광필름', '광학필름', '컬러필터'],
  },
  'display.display-panels': {
    en: ['LCD module', 'AMOLED', 'touch panel', 'micro-LED display'],
    zh: ['液晶屏', 'AMOLED', '触摸屏', '显示器件'],
    ko: ['OLED 디스플레이', '액정 패널', '터치패널', '마이크로 LED'],
  },
  'display.uhd-video-terminals': {
    en: ['television', 'TV set', '8K TV', '4K TV'],
    zh: ['电视机', '4K电视', '8K电视', '超高清电视'],
    ko: ['텔레비전', 'TV', '8K TV'],
  },
  'display.vr-ar-devices': {
    en: ['smart glasses', 'AR glasses', 'mixed reality', 'metaverse device'],
    zh: ['AR眼镜', '智能眼镜', '混合现实', '元宇宙设备'],
    ko: ['스마트 안경', 'AR 글라스', '메타버스 기기', '혼합현실'],
  },
  'software.data-centers': {
    en: ['cloud hosting', 'IDC', 'GPU cluster', 'computing centre', 'server hosting'],
    zh: ['云服务商', 'IDC', '智算中心', '算力中心', '服务器托管'],
    ko: ['클라우드 서비스', 'IDC', 'GPU 클러스터', '서버 호스팅'],
  },
  'software.basic-software': {
    en: ['database software', 'embedded OS', 'operating systems vendor'],
    zh: ['国产操作系统', '嵌入式系统', '数据库软件'],
    ko: ['DBMS', '임베디드 OS'],
  },
  'software.artificial-intelligence': {
    en: ['LLM', 'generative AI', 'AI model', 'neural network', 'AI algorithm'],
    zh: ['人工智慧', '生成式AI', 'AI算法', '神经网络', '人工智能算法'],
    ko: ['생성형 AI', 'AI 모델', '인공신경망', 'AI 솔루션', 'AI 알고리즘'],
  },
  'software.application-development': {
    en: ['ERP', 'CRM software', 'mobile app', 'custom software', 'software house', 'enterprise software'],
    zh: ['ERP', '应用开发', 'APP开发', '定制软件', '企业软件'],
    ko: ['ERP', '솔루션 개발', '기업용 소프트웨어', 'SI 개발'],
  },
  'software.big-data': {
    en: ['data labelling', 'data labeling', 'data annotation', 'business intelligence', 'data platform'],
    zh: ['数据标注', '数据平台', '商业智能', '数据挖掘'],
    ko: ['데이터 라벨링', '데이터 플랫폼', '데이터 분석 솔루션'],
  },
  'software.it-services': {
    en: ['cyber security', 'information security', 'system integrator', 'managed IT services'],
    zh: ['信息安全', '网络安全服务', 'IT服务', '系统集成商'],
    ko: ['정보보안', '보안 솔루션', 'IT 아웃소싱'],
  },
  'iot-5g.sensors': {
    en: ['MEMS sensor', 'pressure sensor', 'temperature sensor', 'image sensor'],
    zh: ['压力传感器', '温度传感器', '图像传感器', '物联网模块'],
    ko: ['압력 센서', '이미지 센서'],
  },
  'iot-5g.5g-equipment': {
    en: ['base station', 'small cell', 'antenna', 'RF module', 'optical transceiver'],
    zh: ['基站设备', '射频模块', '光通信设备'],
    ko: ['기지국 장비', '스몰셀', 'RF 모듈', '광통신 장비'],
  },
  'iot-5g.telecom-services': {
    en: ['telecom carrier', 'mobile operator', 'network operator'],
    zh: ['运营商', '移动通信服务'],
    ko: ['이동통신사', '통신 사업자'],
  },
  'iot-5g.iot-platforms': {
    en: ['IoT cloud', 'device management platform', 'smart metering platform'],
    zh: ['物联网云平台', '智能终端管理'],
    ko: ['IoT 클라우드'],
  },
  'iot-5g.industrial-internet': {
    en: ['digital twin platform', 'IIoT platform', 'manufacturing execution system'],
    zh: ['工业APP', '制造执行系统', '数字孪生平台'],
    ko: ['산업용 사물인터넷', '제조실행시스템'],
  },
  'appliances.appliance-components': {
    en: ['inverter compressor', 'appliance parts'],
    zh: ['变频压缩机', '家电配件'],
    ko: ['가전 컴프레서', '가전 부품 제조'],
  },
  'appliances.smart-major-appliances': {
    en: ['fridge', 'air conditioning', 'dishwasher'],
    zh: ['大家电', '洗碗机', '热水器'],
    ko: ['대형가전', '식기세척기', '김치냉장고'],
  },
  'appliances.smart-small-appliances': {
    en: ['vacuum cleaner', 'coffee machine', 'hair dryer'],
    zh: ['吸尘器', '咖啡机', '电吹风'],
    ko: ['청소기', '커피머신', '헤어드라이어'],
  },
  'appliances.smart-home-systems': {
    en: ['home automation system', 'smart lock'],
    zh: ['智能门锁', '智慧家庭'],
    ko: ['스마트 도어락', '홈네트워크'],
  },
  'optoelectronics.optical-components': {
    en: ['lens', 'optical glass', 'optical coating', 'prism'],
    zh: ['镜头', '光学玻璃', '光学镀膜', '棱镜'],
    ko: ['렌즈', '광학 코팅', '프리즘'],
  },
  'optoelectronics.lasers': {
    en: ['laser cutting', 'laser welding', 'laser source'],
    zh: ['激光切割', '激光焊接', '激光设备'],
    ko: ['레이저 절단', '레이저 용접', '레이저 가공기'],
  },
  'optoelectronics.led-lighting': {
    en: ['LED lamp', 'LED lighting', 'luminaire'],
    zh: ['LED灯', '灯具', '半导体照明'],
    ko: ['조명기기'],
  },
  'optoelectronics.photoelectric-instruments': {
    en: ['thermal camera', 'infrared camera', 'vision inspection system'],
    zh: ['热像仪', '视觉检测', '光电检测设备'],
    ko: ['비전 검사', '광학 계측'],
  },
  'optoelectronics.satellites-remote-sensing': {
    en: ['small satellite', 'satellite data', 'geospatial imagery'],
    zh: ['小卫星', '卫星数据', '遥感卫星'],
    ko: ['소형위성', '위성 데이터'],
  },
};
