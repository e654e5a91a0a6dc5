/**
 * Korean sentences of explanations, with particles chosen by the preceding
 * word's final consonant (./korean-particles.ts).
 */
import { OBJECT, SUBJECT, TOPIC, withParticle } from './korean-particles.js';
import type { Phrases, ReasonFacts } from './phrases.js';

function reason(f: ReasonFacts): string {
  const across = f.crossChain ? ' (산업 체인 간 연계)' : '';
  switch (f.direction) {
    case 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS':
      return `${withParticle(f.candidate, TOPIC)} ${withParticle(f.seeker, SUBJECT)} 찾고 있는 ${f.candidateSegment} 분야에서 활동합니다.`;
    case 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS':
      return `${withParticle(f.candidate, TOPIC)} ${withParticle(f.seeker, SUBJECT)} 제공하는 ${f.seekerSegment} 분야의 파트너를 찾고 있습니다.`;
    case 'CANDIDATE_SUPPLIES_SEEKER':
      return `${withParticle(f.candidate, TOPIC)} ${f.seeker}에 공급할 수 있습니다: ${withParticle(f.candidateSegment, TOPIC)} ${f.seekerSegment}의 상류 분야입니다${across}.`;
    case 'SEEKER_SUPPLIES_CANDIDATE':
      return `${withParticle(f.seeker, TOPIC)} ${f.candidate}에 공급할 수 있습니다: ${withParticle(f.seekerSegment, TOPIC)} ${f.candidateSegment}의 상류 분야입니다${across}.`;
    case 'CANDIDATE_RESEARCHES_FOR_SEEKER':
      return `${withParticle(f.candidate, TOPIC)} ${f.candidateSegment} 분야의 연구 역량으로 ${f.seeker}의 ${f.seekerSegment} 사업을 지원할 수 있습니다.`;
    case 'SEEKER_RESEARCHES_FOR_CANDIDATE':
      return `${withParticle(f.seeker, TOPIC)} ${f.seekerSegment} 분야의 연구 역량으로 ${f.candidate}의 ${f.candidateSegment} 사업을 지원할 수 있습니다.`;
    case 'PEERS':
      return `양측 모두 ${f.seekerSegment} 분야에서 활동하며, 동종 파트너로서 공동 연구개발이나 공동 투자가 가능합니다.`;
    case 'SAME_CHAIN':
      return `양측은 같은 산업 체인(${f.seekerSegment}, ${f.candidateSegment})에 있지만 직접적인 공급 관계는 없습니다.`;
  }
}

export const KOREAN: Phrases = {
  headline: ({ seeker, candidate }, score) => `${withParticle(candidate, TOPIC)} ${seeker}의 협력 파트너로서 적합도 ${score}입니다.`,
  balance: ({ seeker, candidate }, balance) =>
    balance === 'MUTUAL'
      ? '양측 모두에게 이익이 되는 쌍방향 매칭입니다.'
      : balance === 'CANDIDATE_SERVES_MORE'
        ? `다소 일방적인 매칭입니다: ${withParticle(candidate, SUBJECT)} ${seeker}에 주는 가치가 그 반대보다 큽니다.`
        : `다소 일방적인 매칭입니다: ${withParticle(seeker, SUBJECT)} ${candidate}에 주는 가치가 그 반대보다 큽니다.`,
  reason,
  sharedModes: (modes) => `양측 모두 ${withParticle(modes.join(', '), OBJECT)} 수용합니다.`,
  noSharedMode: () => '아직 공통된 협력 방식이 없습니다.',
  crossBorder: () => '한중 협력 쌍으로, 시범구의 설립 취지에 부합합니다.',
  park: (name) => `추천 단지: ${name}.`,
  policies: (names) => `적용 가능한 정책: ${names.join('; ')}.`,
  separator: ' ',
};
