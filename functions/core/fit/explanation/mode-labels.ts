/**
 * Names of the cooperation modes in the three locales, for explanations.
 */
import type { CooperationMode, TrilingualText } from '../../vocabulary.js';

export const COOPERATION_MODE_LABELS: Record<CooperationMode, TrilingualText> = {
  SUPPLY_AGREEMENT: { en: 'supply agreements', zh: '供货协议', ko: '공급 계약' },
  DISTRIBUTION: { en: 'distribution', zh: '分销', ko: '유통' },
  JOINT_VENTURE: { en: 'a joint venture', zh: '合资', ko: '합작 투자' },
  INVESTMENT: { en: 'investment', zh: '投资', ko: '투자' },
  TECHNOLOGY_LICENSING: { en: 'technology licensing', zh: '技术许可', ko: '기술 라이선싱' },
  JOINT_RND: { en: 'joint R&D', zh: '联合研发', ko: '공동 연구개발' },
  JOINT_LAB: { en: 'a joint lab', zh: '共建实验室', ko: '공동 연구소' },
  CONTRACT_MANUFACTURING: { en: 'contract manufacturing', zh: '委托生产', ko: '위탁 생산' },
  TALENT_TRAINING: { en: 'talent training', zh: '人才培养', ko: '인재 양성' },
};
