/**
 * Chinese (simplified) sentences of explanations.
 */
import type { Phrases, ReasonFacts } from './phrases.js';

function reason(f: ReasonFacts): string {
  const across = f.crossChain ? '（跨产业链）' : '';
  switch (f.direction) {
    case 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS':
      return `${f.candidate}从事${f.candidateSegment}，正是${f.seeker}所寻求的。`;
    case 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS':
      return `${f.candidate}正在寻求${f.seekerSegment}，而这正是${f.seeker}所能提供的。`;
    case 'CANDIDATE_SUPPLIES_SEEKER':
      return `${f.candidate}可以为${f.seeker}供货：${f.candidateSegment}是${f.seekerSegment}的上游${across}。`;
    case 'SEEKER_SUPPLIES_CANDIDATE':
      return `${f.seeker}可以为${f.candidate}供货：${f.seekerSegment}是${f.candidateSegment}的上游${across}。`;
    case 'CANDIDATE_RESEARCHES_FOR_SEEKER':
      return `${f.candidate}在${f.candidateSegment}领域具备研发能力，可服务于${f.seeker}的${f.seekerSegment}业务。`;
    case 'SEEKER_RESEARCHES_FOR_CANDIDATE':
      return `${f.seeker}在${f.seekerSegment}领域具备研发能力，可服务于${f.candidate}的${f.candidateSegment}业务。`;
    case 'PEERS':
      return `双方同处${f.seekerSegment}环节，可作为同行开展联合研发或共同投资。`;
    case 'SAME_CHAIN':
      return `双方位于同一产业链（${f.seekerSegment}、${f.candidateSegment}），但没有直接的供应关系。`;
  }
}

export const CHINESE: Phrases = {
  headline: ({ seeker, candidate }, score) => `${candidate}作为${seeker}的合作伙伴，匹配度为${score}。`,
  balance: ({ seeker, candidate }, balance) =>
    balance === 'MUTUAL'
      ? '双方互有所需，这是双向的匹配。'
      : balance === 'CANDIDATE_SERVES_MORE'
        ? `这一匹配偏向单向：${candidate}对${seeker}的价值大于反向。`
        : `这一匹配偏向单向：${seeker}对${candidate}的价值大于反向。`,
  reason,
  sharedModes: (modes) => `双方都接受${modes.join('、')}。`,
  noSharedMode: () => '双方目前还没有共同的合作方式。',
  crossBorder: () => '这是中韩双方的组合，正是示范区设立的初衷。',
  park: (name) => `建议园区：${name}。`,
  policies: (names) => `适用的政策措施：${names.join('；')}。`,
  separator: '',
};
