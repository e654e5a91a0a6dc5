/**
 * Verification: profiles a zone administrator verified rank before unverified
 * ones, other things equal. (Suspended organizations never reach scoring.)
 */
import type { MatchProfile } from '../match-profile.js';

export function verificationFit(candidate: MatchProfile): number {
  return candidate.verification === 'VERIFIED' ? 1 : 0;
}
