/**
 * Key-task area "Information technology" of the zone plan: AI, IoT, industrial
 * internet, 5G + VR/4K, software, compound and power semiconductors (IGBT),
 * chips, new display materials, smart household appliances; plus Changchun's
 * optoelectronic information industry.
 */
import type { ChainGroup } from '../model-types.js';

export const informationTechnology: ChainGroup = {
  id: 'information-technology',
  name: { en: 'Information technology', zh: '信息技术', ko: '정보기술' },
  chains: [
    {
      id: 'semi',
      name: { en: 'Semiconductors and chips', zh: '半导体与芯片', ko: '반도체·칩' },
      stages: [
        {
          id: 'semi.materials',
          name: { en: 'Materials and substrates', zh: '材料与衬底', ko: '소재·기판' },
          segments: [
            {
              id: 'semi.compound-semiconductors',
              name: { en: 'Compound semiconductors', zh: '化合物半导体', ko: '화합물 반도체' },
              keywords: {
                en: [
                  'compound semiconductor',
                  'GaN',
                  'gallium nitride',
                  'SiC',
                  'silicon carbide',
                  'GaAs',
                  'epitaxial wafer',
                  'wide-bandgap',
                ],
                zh: ['化合物半导体', '氮化镓', '碳化硅', '砷化镓', '外延片', '衬底', '第三代半导体'],
                ko: ['화합물 반도체', '질화갈륨', '탄화규소', '갈륨비소', '에피웨이퍼', '3세대 반도체'],
              },
              isic: ['2610', '2011'],
              hs: ['381800'],
            },
          ],
        },
        {
          id: 'semi.design',
          name: { en: 'Chip design', zh: '芯片设计', ko: '칩 설계' },
          segments: [
            {
              id: 'semi.chip-design',
              name: { en: 'Chip design', zh: '芯片设计', ko: '칩 설계' },
              keywords: {
                en: ['chip design', 'IC design', 'integrated circuit design', 'fabless', 'EDA'],
                zh: ['芯片设计', '集成电路设计', 'IC设计', '无晶圆厂', 'EDA'],
                ko: ['칩 설계', '반도체 설계', '팹리스', '시스템반도체 설계'],
              },
              isic: ['2610', '7110'],
            },
          ],
        },
        {
          id: 'semi.fabrication',
          name: { en: 'Wafer fabrication and devices', zh: '晶圆制造与器件', ko: '웨이퍼 제조·소자' },
          segments: [
            {
              id: 'semi.chip-fabrication',
              name: { en: 'Chip manufacturing', zh: '芯片制造', ko: '칩 제조' },
              keywords: {
                en: ['chip', 'microchip', 'integrated circuit', 'semiconductor', 'wafer fab', 'foundry', 'MCU', 'automotive chip'],
                zh: ['芯片', '集成电路', '半导体', '晶圆制造', '晶圆代工', '车规级芯片', '微控制器'],
                ko: ['칩', '반도체', '집적회로', '파운드리', '웨이퍼', '차량용 반도체', '시스템반도체'],
              },
              isic: ['2610'],
              hs: ['854231', '854232', '854239'],
            },
            {
              id: 'semi.power-semiconductors',
              name: { en: 'Power semiconductors', zh: '功率半导体', ko: '전력반도체' },
              keywords: {
                en: ['power semiconductor', 'IGBT', 'IGBT module', 'MOSFET', 'SiC MOSFET', 'power module', 'power device', 'thyristor'],
                zh: ['功率半导体', '功率器件', 'IGBT', 'IGBT模块', '功率模块', '碳化硅MOSFET', '晶闸管'],
                ko: ['전력반도체', '전력 반도체', 'IGBT', '파워 모듈', '전력 소자', 'SiC 전력반도체'],
              },
              isic: ['2610'],
              hs: ['854129', '854130'],
            },
          ],
        },
        {
          id: 'semi.packaging',
          name: { en: 'Packaging and testing', zh: '封装测试', ko: '패키징·테스트' },
          segments: [
            {
              id: 'semi.packaging-testing',
              name: { en: 'Chip packaging and testing', zh: '芯片封装测试', ko: '반도체 패키징·테스트' },
              keywords: {
                en: ['chip packaging', 'semiconductor packaging', 'advanced packaging', 'OSAT', 'chip testing'],
                zh: ['封装测试', '封测', '先进封装', '芯片封装'],
                ko: ['반도체 패키징', '후공정', '반도체 후공정', '반도체 테스트'],
              },
              isic: ['2610'],
              hs: ['854290'],
            },
          ],
        },
      ],
    },
    {
      id: 'display',
      name: { en: 'New display', zh: '新型显示', ko: '신형 디스플레이' },
      stages: [
        {
          id: 'display.materials',
          name: { en: 'Display materials', zh: '显示材料', ko: '디스플레이 소재' },
          segments: [
            {
              id: 'display.display-materials',
              name: { en: 'New display materials', zh: '新型显示材料', ko: '디스플레이 소재' },
              keywords: {
                en: [
                  'display material',
                  'new display material',
                  'display supporting material',
                  'OLED material',
                  'liquid crystal',
                  'polarizer',
                  'quantum dot',
                ],
                zh: ['显示材料', '新型显示材料', '显示配套材料', 'OLED材料', '液晶材料', '偏光片', '量子点'],
                ko: ['디스플레이 소재', 'OLED 소재', '액정', '편광판', '퀀텀닷', '유리기판'],
              },
              isic: ['2029', '2310'],
              hs: ['900120', '382499'],
            },
          ],
        },
        {
          id: 'display.panels',
          name: { en: 'Panels and modules', zh: '面板与模组', ko: '패널·모듈' },
          segments: [
            {
              id: 'display.display-panels',
              name: { en: 'Display panels', zh: '显示面板', ko: '디스플레이 패널' },
              keywords: {
                en: ['display', 'display panel', 'OLED', 'LCD', 'micro LED', 'flexible display', 'display module'],
                zh: ['显示面板', '显示屏', 'OLED面板', '液晶面板', '柔性屏', '显示模组'],
                ko: ['디스플레이', '디스플레이 패널', 'OLED 패널', 'LCD 패널', '플렉시블 디스플레이'],
              },
              isic: ['2610'],
              hs: ['852411', '852412'],
            },
          ],
        },
        {
          id: 'display.terminals',
          name: { en: 'Terminals', zh: '终端', ko: '단말' },
          segments: [
            {
              id: 'display.uhd-video-terminals',
              name: { en: '4K/8K ultra-HD video terminals', zh: '4K/8K超高清视频终端', ko: '4K/8K 초고화질 영상 단말' },
              keywords: {
                en: ['4K', '8K', 'ultra HD', 'UHD', 'ultra-high-definition video', 'smart TV', 'monitor'],
                zh: ['4K', '8K', '超高清', '超高清视频', '智能电视', '显示器'],
                ko: ['4K', '8K', '초고화질', 'UHD', '스마트 TV', '모니터'],
              },
              isic: ['2640'],
              hs: ['852872', '852852'],
            },
            {
              id: 'display.vr-ar-devices',
              name: { en: 'VR and AR devices', zh: 'VR/AR设备', ko: 'VR·AR 기기' },
              keywords: {
                en: ['VR', 'AR', 'XR', 'virtual reality', 'augmented reality', 'VR headset', '5G+VR'],
                zh: ['VR', 'AR', '虚拟现实', '增强现实', '头显', 'VR眼镜'],
                ko: ['VR', 'AR', '가상현실', '증강현실', 'VR 헤드셋', 'XR'],
              },
              isic: ['2640', '2670'],
              hs: ['852852'],
            },
          ],
        },
      ],
    },
    {
      id: 'software',
      name: { en: 'Software, AI and big data', zh: '软件、人工智能与大数据', ko: '소프트웨어·AI·빅데이터' },
      stages: [
        {
          id: 'software.infrastructure',
          name: { en: 'Computing infrastructure and basic software', zh: '算力与基础软件', ko: '컴퓨팅 인프라·기초 소프트웨어' },
          segments: [
            {
              id: 'software.data-centers',
              name: { en: 'Data centers and cloud computing', zh: '数据中心与云计算', ko: '데이터센터·클라우드' },
              keywords: {
                en: ['data center', 'big data center', 'cloud computing', 'cloud service', 'computing power'],
                zh: ['数据中心', '大数据中心', '云计算', '云服务', '算力'],
                ko: ['데이터센터', '클라우드', '클라우드 컴퓨팅', '컴퓨팅 파워'],
              },
              isic: ['6311'],
            },
            {
              id: 'software.basic-software',
              name: { en: 'Basic software', zh: '基础软件', ko: '기초 소프트웨어' },
              keywords: {
                en: ['software', 'operating system', 'database', 'middleware', 'software publishing'],
                zh: ['软件', '基础软件', '操作系统', '数据库', '中间件'],
                ko: ['소프트웨어', '기초 소프트웨어', '운영체제', '데이터베이스', '미들웨어'],
              },
              isic: ['5820'],
            },
          ],
        },
        {
          id: 'software.technology',
          name: { en: 'Core technology', zh: '核心技术', ko: '핵심 기술' },
          segments: [
            {
              id: 'software.artificial-intelligence',
              name: { en: 'Artificial intelligence', zh: '人工智能', ko: '인공지능' },
              keywords: {
                en: [
                  'AI',
                  'artificial intelligence',
                  'machine learning',
                  'deep learning',
                  'large language model',
                  'computer vision',
                  'speech recognition',
                ],
                zh: ['人工智能', 'AI', '机器学习', '深度学习', '大模型', '计算机视觉', '语音识别'],
                ko: ['인공지능', 'AI', '머신러닝', '딥러닝', '초거대 AI', '컴퓨터 비전', '음성인식'],
              },
              isic: ['6201', '7210'],
            },
            {
              id: 'software.application-development',
              name: { en: 'Software development', zh: '软件开发', ko: '소프트웨어 개발' },
              keywords: {
                en: ['software development', 'application software', 'industrial software', 'SaaS', 'app development'],
                zh: ['软件开发', '应用软件', '工业软件', '软件外包', 'SaaS'],
                ko: ['소프트웨어 개발', '응용 소프트웨어', '산업용 소프트웨어', 'SW 개발', '앱 개발'],
              },
              isic: ['6201'],
            },
          ],
        },
        {
          id: 'software.services',
          name: { en: 'Data and IT services', zh: '数据与信息技术服务', ko: '데이터·IT 서비스' },
          segments: [
            {
              id: 'software.big-data',
              name: { en: 'Big data services', zh: '大数据服务', ko: '빅데이터 서비스' },
              keywords: {
                en: ['big data', 'data analytics', 'data service', 'data governance', 'smart city'],
                zh: ['大数据', '数据分析', '数据服务', '数据治理', '智慧城市'],
                ko: ['빅데이터', '데이터 분석', '데이터 서비스', '스마트시티'],
              },
              isic: ['6311', '6201'],
            },
            {
              id: 'software.it-services',
              name: { en: 'IT services and system integration', zh: '信息技术服务与系统集成', ko: 'IT 서비스·시스템 통합' },
              keywords: {
                en: ['IT services', 'system integration', 'IT consulting', 'IT outsourcing', 'digital transformation', 'cybersecurity'],
                zh: ['信息技术服务', '系统集成', 'IT咨询', 'IT外包', '数字化转型', '网络安全'],
                ko: ['IT 서비스', '시스템 통합', 'IT 컨설팅', '디지털 전환', '사이버 보안'],
              },
              isic: ['6202', '6209'],
            },
          ],
        },
      ],
    },
    {
      id: 'iot-5g',
      name: { en: 'IoT, 5G and industrial internet', zh: '物联网、5G与工业互联网', ko: '사물인터넷·5G·산업인터넷' },
      stages: [
        {
          id: 'iot-5g.devices',
          name: { en: 'Devices and equipment', zh: '终端与设备', ko: '단말·장비' },
          segments: [
            {
              id: 'iot-5g.sensors',
              name: { en: 'Sensors and IoT modules', zh: '传感器与物联网模组', ko: '센서·IoT 모듈' },
              keywords: {
                en: ['sensor', 'smart sensor', 'MEMS', 'IoT module', 'RFID'],
                zh: ['传感器', '智能传感器', 'MEMS', '物联网模组', 'RFID'],
                ko: ['센서', '스마트 센서', 'MEMS', 'IoT 모듈', 'RFID'],
              },
              isic: ['2610', '2651'],
              hs: ['903180', '851762'],
            },
            {
              id: 'iot-5g.5g-equipment',
              name: { en: '5G communication equipment', zh: '5G通信设备', ko: '5G 통신장비' },
              keywords: {
                en: ['5G', '5G base station', 'communication equipment', 'telecom equipment', 'optical module'],
                zh: ['5G', '5G基站', '通信设备', '天线', '光模块'],
                ko: ['5G', '5G 기지국', '통신장비', '안테나', '광모듈'],
              },
              isic: ['2630'],
              hs: ['851761', '851762', '851770'],
            },
          ],
        },
        {
          id: 'iot-5g.networks',
          name: { en: 'Networks', zh: '网络', ko: '네트워크' },
          segments: [
            {
              id: 'iot-5g.telecom-services',
              name: { en: '5G network services', zh: '5G网络服务', ko: '5G 네트워크 서비스' },
              keywords: {
                en: ['5G network', 'telecom operator', 'private 5G network', 'network slicing', 'telecommunications'],
                zh: ['5G网络', '电信运营', '5G专网', '通信服务'],
                ko: ['5G 네트워크', '통신사', '5G 특화망', '통신 서비스'],
              },
              isic: ['6110', '6120'],
            },
          ],
        },
        {
          id: 'iot-5g.platforms',
          name: { en: 'Platforms', zh: '平台', ko: '플랫폼' },
          segments: [
            {
              id: 'iot-5g.iot-platforms',
              name: { en: 'Internet of things platforms', zh: '物联网平台', ko: '사물인터넷 플랫폼' },
              keywords: {
                en: ['IoT', 'internet of things', 'IoT platform', 'connected devices', 'smart metering'],
                zh: ['物联网', '物联网平台', '万物互联', 'IoT'],
                ko: ['사물인터넷', 'IoT', 'IoT 플랫폼'],
              },
              isic: ['6311', '6201'],
            },
            {
              id: 'iot-5g.industrial-internet',
              name: { en: 'Industrial internet', zh: '工业互联网', ko: '산업인터넷' },
              keywords: {
                en: ['industrial internet', 'industrial internet platform', 'IIoT', 'industrial internet of things', 'digital twin', 'MES'],
                zh: ['工业互联网', '工业互联网平台', '工业物联网', '数字孪生', 'MES'],
                ko: ['산업인터넷', '산업용 IoT', '디지털 트윈', 'MES', '스마트공장 플랫폼'],
              },
              isic: ['6201', '6311'],
            },
          ],
        },
      ],
    },
    {
      id: 'appliances',
      name: { en: 'Smart household appliances', zh: '智能家电', ko: '스마트 가전' },
      stages: [
        {
          id: 'appliances.components',
          name: { en: 'Core components', zh: '核心部件', ko: '핵심 부품' },
          segments: [
            {
              id: 'appliances.appliance-components',
              name: { en: 'Appliance components', zh: '家电核心部件', ko: '가전 핵심부품' },
              keywords: {
                en: ['appliance component', 'compressor', 'appliance motor', 'appliance control board'],
                zh: ['家电零部件', '压缩机', '家电电机', '家电控制板'],
                ko: ['가전 부품', '컴프레서', '압축기', '가전 모터'],
              },
              isic: ['2813', '2710'],
              hs: ['841430', '850140'],
            },
          ],
        },
        {
          id: 'appliances.products',
          name: { en: 'Appliances', zh: '整机', ko: '완제품' },
          segments: [
            {
              id: 'appliances.smart-major-appliances',
              name: { en: 'Smart major appliances', zh: '智能大家电', ko: '스마트 대형가전' },
              keywords: {
                en: [
                  'smart household appliance',
                  'smart home appliance',
                  'household appliance',
                  'refrigerator',
                  'washing machine',
                  'air conditioner',
                  'white goods',
                ],
                zh: ['智能家电', '家用电器', '冰箱', '洗衣机', '空调', '白色家电'],
                ko: ['스마트 가전', '가전제품', '냉장고', '세탁기', '에어컨', '백색가전'],
              },
              isic: ['2750'],
              hs: ['841810', '845011', '841510'],
            },
            {
              id: 'appliances.smart-small-appliances',
              name: { en: 'Smart small appliances', zh: '智能小家电', ko: '스마트 소형가전' },
              keywords: {
                en: ['small appliance', 'robot vacuum', 'air purifier', 'rice cooker', 'kitchen appliance'],
                zh: ['小家电', '扫地机器人', '空气净化器', '电饭煲', '厨房电器'],
                ko: ['소형가전', '로봇청소기', '공기청정기', '전기밥솥', '주방가전'],
              },
              isic: ['2750'],
              hs: ['850811', '851660', '842139'],
            },
          ],
        },
        {
          id: 'appliances.systems',
          name: { en: 'Smart home systems', zh: '智能家居系统', ko: '스마트홈 시스템' },
          segments: [
            {
              id: 'appliances.smart-home-systems',
              name: { en: 'Smart home systems', zh: '智能家居系统', ko: '스마트홈 시스템' },
              keywords: {
                en: ['smart home', 'home automation', 'smart speaker', 'home IoT'],
                zh: ['智能家居', '全屋智能', '智能音箱'],
                ko: ['스마트홈', '홈 IoT', '홈 오토메이션', 'AI 스피커'],
              },
              isic: ['2630', '6201'],
              hs: ['851762'],
            },
          ],
        },
      ],
    },
    {
      id: 'optoelectronics',
      name: { en: 'Optoelectronic information', zh: '光电信息', ko: '광전자 정보' },
      stages: [
        {
          id: 'optoelectronics.components',
          name: { en: 'Optical components and lasers', zh: '光学元件与激光器', ko: '광학부품·레이저' },
          segments: [
            {
              id: 'optoelectronics.optical-components',
              name: { en: 'Optical components', zh: '光学元件', ko: '광학 부품' },
              keywords: {
                en: ['optoelectronics', 'optics', 'optical component', 'optical lens', 'infrared optics', 'optical crystal'],
                zh: ['光电', '光学', '光学元件', '光学镜头', '红外光学', '光学晶体'],
                ko: ['광전자', '광학', '광학 부품', '광학 렌즈', '적외선 광학'],
              },
              isic: ['2670'],
              hs: ['900190', '900211'],
            },
            {
              id: 'optoelectronics.lasers',
              name: { en: 'Lasers', zh: '激光器', ko: '레이저' },
              keywords: {
                en: ['laser', 'semiconductor laser', 'fiber laser', 'laser processing'],
                zh: ['激光', '激光器', '半导体激光器', '光纤激光器', '激光加工'],
                ko: ['레이저', '반도체 레이저', '광섬유 레이저', '레이저 가공'],
              },
              isic: ['2790', '2670'],
              hs: ['901320', '845611'],
            },
          ],
        },
        {
          id: 'optoelectronics.devices',
          name: { en: 'Devices and instruments', zh: '光电器件与仪器', ko: '광전 소자·기기' },
          segments: [
            {
              id: 'optoelectronics.led-lighting',
              name: { en: 'LED and lighting', zh: 'LED与照明', ko: 'LED·조명' },
              keywords: {
                en: ['LED', 'LED chip', 'lighting', 'smart lighting', 'UV LED'],
                zh: ['LED', 'LED芯片', '照明', '智能照明'],
                ko: ['LED', 'LED 칩', '조명', '스마트 조명'],
              },
              isic: ['2610', '2740'],
              hs: ['854141', '940542'],
            },
            {
              id: 'optoelectronics.photoelectric-instruments',
              name: { en: 'Optoelectronic instruments', zh: '光电仪器', ko: '광전 계측기기' },
              keywords: {
                en: ['optoelectronic instrument', 'spectrometer', 'optical measurement', 'machine vision', 'thermal imaging'],
                zh: ['光电仪器', '光谱仪', '光学测量', '机器视觉', '红外热像仪'],
                ko: ['광계측기', '분광기', '광학 측정', '머신비전', '열화상 카메라'],
              },
              isic: ['2651', '2670'],
              hs: ['902730', '903149', '852589'],
            },
          ],
        },
        {
          id: 'optoelectronics.space',
          name: { en: 'Space and remote sensing', zh: '航天与遥感', ko: '우주·원격탐사' },
          segments: [
            {
              id: 'optoelectronics.satellites-remote-sensing',
              name: { en: 'Satellites and remote sensing', zh: '卫星与遥感', ko: '위성·원격탐사' },
              keywords: {
                en: ['satellite', 'remote sensing', 'earth observation', 'satellite imagery', 'commercial satellite'],
                zh: ['卫星', '遥感', '商业卫星', '卫星遥感', '对地观测'],
                ko: ['위성', '원격탐사', '인공위성', '위성영상', '지구관측'],
              },
              isic: ['3030', '7110'],
              hs: ['880260'],
            },
          ],
        },
      ],
    },
  ],
};
