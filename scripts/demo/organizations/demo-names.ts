/**
 * Invented name stems, places and contact names for the demo data set. Every
 * organization name built from them ends in "(Demo)" / "（示范）" / "(데모)",
 * and every address uses the reserved `.example` domain: nothing here names
 * or reaches a real company.
 */
import type { TrilingualText } from '../../../functions/core/vocabulary.js';

export const KOREAN_STEMS: TrilingualText[] = [
  { en: 'Hanbit', zh: '韩光', ko: '한빛' },
  { en: 'Saerom', zh: '新荣', ko: '새롬' },
  { en: 'Daon', zh: '多温', ko: '다온' },
  { en: 'Gaon', zh: '佳温', ko: '가온' },
  { en: 'Nuri', zh: '努丽', ko: '누리' },
  { en: 'Boram', zh: '宝蓝', ko: '보람' },
  { en: 'Seorin', zh: '瑞麟', ko: '서린' },
  { en: 'Arum', zh: '雅蓉', ko: '아름' },
];

export const CHINESE_STEMS: TrilingualText[] = [
  { en: 'Beichen', zh: '北辰', ko: '베이천' },
  { en: 'Qinglan', zh: '青岚', ko: '칭란' },
  { en: 'Ruifeng', zh: '瑞丰', ko: '루이펑' },
  { en: 'Hengyuan', zh: '恒远', ko: '헝위안' },
  { en: 'Jiahe', zh: '嘉禾', ko: '자허' },
  { en: 'Yunshan', zh: '云杉', ko: '윈산' },
  { en: 'Chengrui', zh: '承瑞', ko: '청루이' },
  { en: 'Boyuan', zh: '博远', ko: '보위안' },
];

export const KOREAN_PLACES = [
  { region: 'Gyeonggi', city: 'Suwon' },
  { region: 'Seoul', city: 'Seoul' },
  { region: 'Incheon', city: 'Incheon' },
  { region: 'Ulsan', city: 'Ulsan' },
  { region: 'Jeonbuk', city: 'Jeonju' },
  { region: 'Daejeon', city: 'Daejeon' },
  { region: 'Gyeongbuk', city: 'Gumi' },
];

export const CHINESE_PLACES = [
  { region: 'Jilin', city: 'Changchun' },
  { region: 'Jilin', city: 'Changchun' },
  { region: 'Jilin', city: 'Jilin' },
  { region: 'Jilin', city: 'Yanji' },
  { region: 'Jilin', city: 'Tonghua' },
  { region: 'Liaoning', city: 'Shenyang' },
];

export const KOREAN_PEOPLE = ['Kim Minjun', 'Lee Seoyeon', 'Park Jiho', 'Choi Yuna', 'Jung Hyunwoo', 'Kang Dahye', 'Yoon Sungmin'];
export const CHINESE_PEOPLE = ['Wang Lei', 'Li Na', 'Zhang Wei', 'Liu Yang', 'Chen Jing', 'Zhao Min', 'Sun Hao'];
