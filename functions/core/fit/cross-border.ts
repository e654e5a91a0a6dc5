/**
 * Cross-border: China-ROK pairs are favoured by default, because the
 * demonstration zone exists for them; a search can turn the preference off.
 */
import type { MatchProfile } from '../match-profile.js';
import { NEUTRAL } from './weights.js';

export function isCrossBorder(a: MatchProfile, b: MatchProfile): boolean {
  return a.country !== b.country;
}

/** 1 for a cross-border pair, 0 for a same-country pair, NEUTRAL when the preference is off. */
export function crossBorderFit(seeker: MatchProfile, candidate: MatchProfile, preferred: boolean): number {
  if (!preferred) return NEUTRAL;
  return isCrossBorder(seeker, candidate) ? 1 : 0;
}
