/**
 * What a fit is computed for: the seeker (an organization, or a collaboration seen as
 * its owner's request) and what the search asked for. Also the cooperation
 * modes "in play" for a pair, which several components share.
 */
import type { MatchProfile } from '../match-profile.js';
import { COOPERATION_MODES, type CooperationMode, type TechnologyMaturity } from '../vocabulary.js';

export interface FitRequest {
  seeker: MatchProfile;
  /** Modes the search asks for; empty means any. */
  modes: readonly CooperationMode[];
  /** Whether China-ROK pairs are favoured (the default; a search may turn it off). */
  crossBorderPreferred: boolean;
  /** The least technology maturity the seeker wants, if it said. */
  wantedMaturity?: TechnologyMaturity;
}

/** A side that lists no modes is open to any. */
function modesOf(profile: MatchProfile): readonly CooperationMode[] {
  return profile.cooperationModes.length > 0 ? profile.cooperationModes : COOPERATION_MODES;
}

/**
 * The modes the pair could cooperate under: both sides accept them and the
 * search asked for them (if it named any). Ordered as COOPERATION_MODES, so
 * the result is deterministic.
 */
export function modesInPlay(request: FitRequest, candidate: MatchProfile): CooperationMode[] {
  const seeker = new Set(modesOf(request.seeker));
  const other = new Set(modesOf(candidate));
  const asked = request.modes.length > 0 ? new Set(request.modes) : undefined;
  return COOPERATION_MODES.filter((mode) => seeker.has(mode) && other.has(mode) && (!asked || asked.has(mode)));
}
