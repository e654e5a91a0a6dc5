import { describe, expect, it } from 'vitest';
import { declinedPartnerIds, declineFeedbackOf, declineWeight, feedbackOn } from '../../../functions/core/fit/decline-feedback.js';
import type { Evidence } from '../../../functions/core/fit/direction-evidence.js';
import { rankedLowerPhrase } from '../../../functions/core/fit/explanation/feedback-phrases.js';
import { DECLINE_FEEDBACK } from '../../../functions/core/fit/weights.js';
import type { MatchRecord } from '../../../functions/core/match/match-record.js';
import { aFitSnapshot, aMatchRecord } from '../../support/match-factory.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

/** As the workflow freezes it when an IGBT maker (the sender, so the fit's seeker) expresses interest in the drive maker. */
const igbtReasons: Evidence[] = [
  {
    kind: 'SEEKS_OFFERED',
    direction: 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS',
    seekerSegment: 'semi.power-semiconductors',
    candidateSegment: 'semi.power-semiconductors',
    strength: 1,
    serves: 'CANDIDATE',
  },
  {
    kind: 'CROSS_CHAIN_SUPPLY',
    direction: 'SEEKER_SUPPLIES_CANDIDATE',
    seekerSegment: 'semi.power-semiconductors',
    candidateSegment: 'nev.electric-drive',
    strength: 0.65,
    serves: 'BOTH',
  },
];

function declineBy(seeker: string, from: string, overrides: Partial<MatchRecord> = {}): MatchRecord {
  return aMatchRecord({
    fromOrganizationId: from,
    toOrganizationId: seeker,
    status: 'DECLINED',
    declineReason: 'NOT_RELEVANT',
    fit: aFitSnapshot({ seekerOrganizationId: from, reasons: igbtReasons }),
    respondedAt: daysAgo(1),
    ...overrides,
  });
}

/** A further IGBT maker as the drive maker's search sees it. */
const anotherIgbtMaker = {
  reasons: [
    {
      kind: 'SEEKS_OFFERED',
      direction: 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS',
      seekerSegment: 'semi.power-semiconductors',
      candidateSegment: 'semi.power-semiconductors',
      strength: 1,
      serves: 'SEEKER',
    },
  ] as Evidence[],
};
/** A drive-motor maker that, like the IGBT makers, wants electric drives. */
const motorMaker = {
  reasons: [
    {
      kind: 'SEEKS_OFFERED',
      direction: 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS',
      seekerSegment: 'nev.electric-drive',
      candidateSegment: 'nev.electric-drive',
      strength: 1,
      serves: 'CANDIDATE',
    },
    {
      kind: 'SUPPLY',
      direction: 'CANDIDATE_SUPPLIES_SEEKER',
      seekerSegment: 'nev.electric-drive',
      candidateSegment: 'nev.drive-motors',
      strength: 0.8,
      serves: 'BOTH',
    },
  ] as Evidence[],
};

describe('feedback from the seeker’s declines', () => {
  it('finds a candidate similar to a declined partner by its segment and direction, seen from the seeker', () => {
    const feedback = declineFeedbackOf('drive', [declineBy('drive', 'igbt-1'), declineBy('drive', 'igbt-2')], NOW);
    expect(feedbackOn(feedback, anotherIgbtMaker)?.similarDeclines).toBe(2);
  });

  it('does not call a candidate similar only because it, too, wants what the seeker offers', () => {
    const feedback = declineFeedbackOf('drive', [declineBy('drive', 'igbt-1')], NOW);
    expect(feedbackOn(feedback, motorMaker)).toBeUndefined();
  });

  it('demotes by PER_DECLINE per fresh decline, at most MAX', () => {
    const declines = ['a', 'b', 'c', 'd', 'e'].map((id) => declineBy('drive', id, { respondedAt: NOW.toISOString() }));
    expect(feedbackOn(declineFeedbackOf('drive', declines.slice(0, 2), NOW), anotherIgbtMaker)?.demotion).toBeCloseTo(
      2 * DECLINE_FEEDBACK.PER_DECLINE,
      9,
    );
    expect(feedbackOn(declineFeedbackOf('drive', declines, NOW), anotherIgbtMaker)?.demotion).toBe(DECLINE_FEEDBACK.MAX);
  });

  it('learns only from the seeker’s own NOT_RELEVANT declines', () => {
    const others = [
      declineBy('drive', 'igbt-1', { declineReason: 'NO_CAPACITY' }),
      declineBy('someone-else', 'igbt-2'),
      // The seeker's own interest, declined by the other side: not the seeker's judgement.
      declineBy('igbt-3', 'drive', { fit: aFitSnapshot({ seekerOrganizationId: 'drive', reasons: anotherIgbtMaker.reasons }) }),
      declineBy('drive', 'igbt-4', { status: 'WITHDRAWN' }),
    ];
    expect(declineFeedbackOf('drive', others, NOW).declines).toEqual([]);
  });

  it('fades each decline linearly to nothing over 180 days', () => {
    expect(declineWeight(daysAgo(0), NOW)).toBe(1);
    expect(declineWeight(daysAgo(90), NOW)).toBeCloseTo(0.5, 9);
    expect(declineWeight(daysAgo(180), NOW)).toBe(0);
    expect(declineFeedbackOf('drive', [declineBy('drive', 'igbt-1', { respondedAt: daysAgo(200) })], NOW).declines).toEqual([]);
  });

  it('hides partners declined either way, whatever the reason', () => {
    const matches = [declineBy('drive', 'igbt-1', { declineReason: 'OTHER' }), declineBy('igbt-2', 'drive')];
    expect(declinedPartnerIds('drive', matches)).toEqual(new Set(['igbt-1', 'igbt-2']));
  });

  it('explains the demotion in English, Chinese and Korean', () => {
    expect(rankedLowerPhrase('en', 1)).toBe('Ranked lower: you declined one similar partner as not relevant.');
    expect(rankedLowerPhrase('en', 3)).toBe('Ranked lower: you declined three similar partners as not relevant.');
    expect(rankedLowerPhrase('zh', 2)).toBe('排名已下调：您曾以“不相关”为由拒绝了2个类似的合作伙伴。');
    expect(rankedLowerPhrase('ko', 2)).toBe('순위 하향: 비슷한 파트너 2곳을 관련 없음으로 거절하셨습니다.');
  });
});
