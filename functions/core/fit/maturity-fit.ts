/**
 * Technology maturity against what the seeker wants (EEN maturity scale):
 * mature enough scores 1, each stage short loses MATURITY_SHORTFALL_PER_STAGE.
 */
import type { MatchProfile } from '../match-profile.js';
import { TECHNOLOGY_MATURITIES, type TechnologyMaturity } from '../vocabulary.js';
import { MATURITY_SHORTFALL_PER_STAGE, NEUTRAL } from './weights.js';

/** NEUTRAL when the seeker wants nothing in particular or the candidate did not say. */
export function maturityFit(candidate: MatchProfile, wanted: TechnologyMaturity | undefined): number {
  const actual = candidate.technology.maturity;
  if (!wanted || !actual) return NEUTRAL;
  const shortfall = TECHNOLOGY_MATURITIES.indexOf(wanted) - TECHNOLOGY_MATURITIES.indexOf(actual);
  return Math.max(0, 1 - MATURITY_SHORTFALL_PER_STAGE * Math.max(0, shortfall));
}
