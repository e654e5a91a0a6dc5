/**
 * Mode overlap: whether the two accept a common cooperation mode (and, if the
 * search named modes, one of those). Without a shared mode there is no deal.
 */
import type { MatchProfile } from '../match-profile.js';
import type { CooperationMode } from '../vocabulary.js';
import { FIRST_SHARED_MODE, NEUTRAL } from './weights.js';

/**
 * 0 without a shared mode; FIRST_SHARED_MODE for one, rising to 1 as the pair
 * shares every mode the seeker wants; NEUTRAL when either side lists none.
 */
export function modeOverlap(seeker: MatchProfile, candidate: MatchProfile, asked: readonly CooperationMode[]): number {
  if (candidate.cooperationModes.length === 0 || (seeker.cooperationModes.length === 0 && asked.length === 0)) return NEUTRAL;
  const wanted = asked.length > 0 ? asked : seeker.cooperationModes;
  const shared = wanted.filter((mode) => candidate.cooperationModes.includes(mode)).length;
  if (shared === 0) return 0;
  if (shared === wanted.length) return 1;
  return FIRST_SHARED_MODE + (1 - FIRST_SHARED_MODE) * ((shared - 1) / Math.max(1, wanted.length - 1));
}
