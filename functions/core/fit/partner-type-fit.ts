/**
 * Partner-type fit: whether the pair's organization types suit the modes they
 * would cooperate under. R&D modes favour enterprise ↔ university/institute,
 * supply modes enterprise ↔ enterprise (table in ./weights.ts).
 */
import type { MatchProfile } from '../match-profile.js';
import type { CooperationMode } from '../vocabulary.js';
import { CAPITAL_MODES, NEUTRAL, PARTNER_TYPE_AFFINITY, RESEARCH_MODES, SUPPLY_MODES, type ModeFamily, type PairKind } from './weights.js';

export function modeFamilyOf(mode: CooperationMode): ModeFamily {
  if (RESEARCH_MODES.includes(mode)) return 'RESEARCH';
  if (SUPPLY_MODES.includes(mode)) return 'SUPPLY';
  if (CAPITAL_MODES.includes(mode)) return 'CAPITAL';
  throw new Error(`Cooperation mode ${mode} has no family in fit/weights.ts`);
}

export function pairKindOf(a: MatchProfile, b: MatchProfile): PairKind {
  const research = [a, b].filter((p) => p.type !== 'ENTERPRISE').length;
  return research === 0 ? 'ENTERPRISE_ENTERPRISE' : research === 1 ? 'ENTERPRISE_RESEARCH' : 'RESEARCH_RESEARCH';
}

/**
 * The best affinity over the modes in play; with no mode in play (no shared
 * mode), the best over the seeker's own modes, or NEUTRAL if it names none.
 */
export function partnerTypeFit(seeker: MatchProfile, candidate: MatchProfile, modesInPlay: readonly CooperationMode[]): number {
  const modes = modesInPlay.length > 0 ? modesInPlay : seeker.cooperationModes;
  if (modes.length === 0) return NEUTRAL;
  const kind = pairKindOf(seeker, candidate);
  return Math.max(...modes.map((mode) => PARTNER_TYPE_AFFINITY[modeFamilyOf(mode)][kind]));
}
