/**
 * The candidate quality key: the part of a candidate's fit that does not
 * depend on who is searching, so it can be computed when the profile is
 * written and order the candidate index partitions (best first) instead of
 * the organization id. Each term is an optimistic share of a score component
 * (./weights.ts) that only the candidate decides:
 * - verification: the verification component, exactly;
 * - breadth of cooperation modes: a candidate accepting more modes shares a
 *   mode with more seekers and suits more of them by type (mode overlap and
 *   partner-type fit), and no mode in common means no deal (./stated-need.ts);
 * - technology maturity: a more mature technology meets more maturity wishes;
 * - sought segments: each is a chance of reverse evidence (the seeker offers
 *   what the candidate seeks), a small tie-breaker.
 * It orders reads; it never enters a score.
 */
import type { MatchProfile } from '../match-profile.js';
import { COOPERATION_MODES, TECHNOLOGY_MATURITIES } from '../vocabulary.js';
import { COMPONENT_WEIGHTS, NEUTRAL } from './weights.js';

/** Weight of each sought segment (at most SOUGHT_COUNTED of them) in the key. */
const PER_SOUGHT_SEGMENT = 0.01;
const SOUGHT_COUNTED = 8;

/** The largest key: every term at its maximum. */
export const MAX_CANDIDATE_QUALITY = 999;

function modeBreadth(profile: MatchProfile): number {
  // A side that lists no modes is open to any (./fit-request.ts).
  return profile.cooperationModes.length === 0 ? 1 : profile.cooperationModes.length / COOPERATION_MODES.length;
}

function maturityLevel(profile: MatchProfile): number {
  const { maturity } = profile.technology;
  return maturity ? TECHNOLOGY_MATURITIES.indexOf(maturity) / (TECHNOLOGY_MATURITIES.length - 1) : NEUTRAL;
}

/** The candidate's quality key, an integer from 0 to MAX_CANDIDATE_QUALITY: higher sorts (and is read) first. */
export function candidateQuality(profile: MatchProfile): number {
  const value =
    COMPONENT_WEIGHTS.verification * (profile.verification === 'VERIFIED' ? 1 : 0) +
    (COMPONENT_WEIGHTS.modeOverlap + COMPONENT_WEIGHTS.partnerTypeFit) * modeBreadth(profile) +
    COMPONENT_WEIGHTS.maturityFit * maturityLevel(profile) +
    PER_SOUGHT_SEGMENT * Math.min(profile.seeks.length, SOUGHT_COUNTED);
  return Math.min(MAX_CANDIDATE_QUALITY, Math.round(value * 1000));
}
