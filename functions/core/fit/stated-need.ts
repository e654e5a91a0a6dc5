/**
 * Intent before inference. What a seeker said it needs outweighs what the
 * chain model infers it could use: a zone officer introduces the partners
 * offering what was asked for first and the chain neighbours after. A
 * candidate meets a stated need when it offers a segment the seeker seeks and
 * the two share a cooperation mode (without one, there is no deal to make and
 * the need is not met in any useful sense).
 */
import type { MatchProfile } from '../match-profile.js';
import type { CooperationMode } from '../vocabulary.js';
import type { Evidence } from './direction-evidence.js';
import { FAR_STRONGER_MARGIN } from './weights.js';

/** Whether a candidate meets one of the seeker's stated needs; NONE_STATED when the seeker seeks nothing. */
export type StatedNeed = 'MET' | 'UNMET' | 'NONE_STATED';

/** The candidate's standing against the seeker's stated needs, from the pair's evidence and the modes in play. */
export function statedNeedOf(seeker: MatchProfile, reasons: readonly Evidence[], modes: readonly CooperationMode[]): StatedNeed {
  if (seeker.seeks.length === 0) return 'NONE_STATED';
  const offersWhatWasAsked = reasons.some((e) => e.direction === 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS');
  return offersWhatWasAsked && modes.length > 0 ? 'MET' : 'UNMET';
}

/**
 * How far down the ranking moves a candidate for not meeting a stated need:
 * it passes a candidate that meets one only with a score higher by more than
 * FAR_STRONGER_MARGIN. The score itself is unchanged; only the order is.
 */
export function intentDemotion(statedNeed: StatedNeed): number {
  return statedNeed === 'UNMET' ? FAR_STRONGER_MARGIN : 0;
}

/**
 * The intent rule for a list the candidate side reads: recommended
 * collaborations, where each collaboration is scored as its owner's request
 * (the seeker) and the reading organization is the candidate. Stated intent
 * on either side counts, since both are things someone asked for: the
 * collaboration offers a segment the organization seeks, or the organization
 * offers a segment the collaboration (its owner) seeks; with a cooperation
 * mode in play, as for search. NONE_STATED when neither side seeks anything.
 */
export function statedIntentBetween(
  seeker: MatchProfile,
  candidate: MatchProfile,
  reasons: readonly Evidence[],
  modes: readonly CooperationMode[],
): StatedNeed {
  if (seeker.seeks.length === 0 && candidate.seeks.length === 0) return 'NONE_STATED';
  const stated = reasons.some(
    (e) => e.direction === 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS' || e.direction === 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS',
  );
  return stated && modes.length > 0 ? 'MET' : 'UNMET';
}
