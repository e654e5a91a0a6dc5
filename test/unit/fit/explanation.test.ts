import { describe, expect, it } from 'vitest';
import { balanceOf, explainFit } from '../../../functions/core/fit/explanation/explanation.js';
import { endsInConsonant, SUBJECT, TOPIC, withParticle } from '../../../functions/core/fit/explanation/korean-particles.js';
import { fitOf } from '../../../functions/core/fit/fit-score.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { zoneAdviceFor } from '../../../functions/core/fit/zone-advice.js';
import { aFitRequest, aMatchProfile } from '../../support/match-profile-factory.js';

const graph = zoneIndustryChainModel.chainGraph;

const grower = aMatchProfile({
  id: 'cn-grower',
  name: { en: 'Fusong Ginseng Farms', zh: '抚松人参种植园', ko: '푸쑹 인삼농장' },
  offers: ['ginseng.ginseng-cultivation'],
  seeks: ['ginseng.ginseng-deep-processing'],
  cooperationModes: ['SUPPLY_AGREEMENT', 'JOINT_VENTURE'],
});
const processor = aMatchProfile({
  id: 'kr-processor',
  country: 'KR',
  verification: 'VERIFIED',
  name: { en: 'Geumsan Red Ginseng', zh: '锦山红参', ko: '금산홍삼' },
  offers: ['ginseng.ginseng-deep-processing'],
  seeks: ['ginseng.ginseng-cultivation'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
});

function explain(locale: 'en' | 'zh' | 'ko'): string {
  const fit = fitOf(graph, aFitRequest(grower), processor)!;
  return explainFit(graph, { fit, seeker: grower, advice: zoneAdviceFor(graph, fit, grower), locale });
}

const segmentName = (id: string, locale: 'en' | 'zh' | 'ko') => zoneIndustryChainModel.segment(id)!.name[locale];

describe('explanations', () => {
  it('explains in English with the score, both names and the model’s segment names', () => {
    const text = explain('en');
    expect(text).toMatch(/^Geumsan Red Ginseng scores 0\.\d\d as a partner for Fusong Ginseng Farms\./);
    expect(text.toLowerCase()).toContain(segmentName('ginseng.ginseng-deep-processing', 'en').toLowerCase());
    expect(text).toContain('both ways');
    expect(text).toContain('China–Korea');
  });

  it('explains in Chinese with Chinese names and segment names', () => {
    const text = explain('zh');
    expect(text).toContain('锦山红参作为抚松人参种植园的合作伙伴');
    expect(text).toContain(segmentName('ginseng.ginseng-deep-processing', 'zh'));
    expect(text).toContain('中韩');
    expect(text).not.toMatch(/Geumsan|Fusong|scores|partner|Both/);
  });

  it('explains in Korean with Korean names, segment names and the right particles', () => {
    const text = explain('ko');
    expect(text).toContain('금산홍삼은 푸쑹 인삼농장의 협력 파트너로서');
    expect(text).toContain(segmentName('ginseng.ginseng-deep-processing', 'ko'));
    expect(text).toContain('한중');
    expect(text).not.toMatch(/Geumsan|Fusong|scores|partner|Both/);
  });

  it('falls back to English names when an organization has no name in the locale', () => {
    const fit = fitOf(graph, aFitRequest(grower), { ...processor, name: { en: 'Geumsan' } })!;
    expect(explainFit(graph, { fit, seeker: grower, advice: { policies: [] }, locale: 'zh' })).toContain('Geumsan作为');
  });

  it('says when a fit is mostly one-sided', () => {
    expect(balanceOf(1, 0)).toBe('CANDIDATE_SERVES_MORE');
    expect(balanceOf(0, 1)).toBe('SEEKER_SERVES_MORE');
    expect(balanceOf(0.8, 0.6)).toBe('MUTUAL');
    expect(balanceOf(0.4, 0.3)).toBeUndefined();
  });
});

describe('Korean particles', () => {
  it('follows the final consonant of Hangul words and digits', () => {
    expect(endsInConsonant('금산홍삼')).toBe(true);
    expect(endsInConsonant('한빛파워')).toBe(false);
    expect(withParticle('금산홍삼', TOPIC)).toBe('금산홍삼은');
    expect(withParticle('한빛파워', SUBJECT)).toBe('한빛파워가');
    expect(withParticle('3', TOPIC)).toBe('3은');
  });

  it('writes both forms after a word in another script', () => {
    expect(withParticle('Hanbit', TOPIC)).toBe('Hanbit은(는)');
  });
});
