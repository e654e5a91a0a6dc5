/**
 * The fit score of one candidate for one seeker: industry-chain evidence in
 * both directions, combined reciprocally, plus the soft signals, each a named
 * component with its weight from ./weights.ts. score = Σ weight × value, in [0, 1].
 * A candidate with no industry-chain evidence in either direction is no match
 * at all, whatever its soft signals: keyword-like overlap is not chain fit.
 */
import type { MatchProfile } from '../match-profile.js';
import type { CooperationMode } from '../vocabulary.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import { crossBorderFit, isCrossBorder } from './cross-border.js';
import type { FitFeedback } from './decline-feedback.js';
import { directionalFit, evidenceBetween, type Evidence } from './direction-evidence.js';
import { modesInPlay, type FitRequest } from './fit-request.js';
import { maturityFit } from './maturity-fit.js';
import { modeOverlap } from './mode-overlap.js';
import { parkInterest } from './park-interest.js';
import { partnerTypeFit } from './partner-type-fit.js';
import { reciprocalFit } from './reciprocity.js';
import { statedNeedOf, type StatedNeed } from './stated-need.js';
import { verificationFit } from './verification.js';
import { COMPONENT_NAMES, COMPONENT_WEIGHTS, type ComponentName } from './weights.js';

export interface FitComponent {
  name: ComponentName;
  value: number;
  weight: number;
}

export interface Fit {
  candidate: MatchProfile;
  score: number;
  /** How well the candidate serves the seeker. */
  forward: number;
  /** How well the seeker serves the candidate. */
  reverse: number;
  components: FitComponent[];
  /** The industry-chain evidence, strongest first. */
  reasons: Evidence[];
  /** Modes both accept (and the search asked for). */
  modes: CooperationMode[];
  crossBorder: boolean;
  /** Whether the candidate meets a need the seeker stated; orders the ranking (./stated-need.ts), not the score. */
  statedNeed: StatedNeed;
  /** Set by ranking when the seeker declined similar partners (./decline-feedback.ts). */
  feedback?: FitFeedback;
}

function componentValues(
  graph: ChainGraph,
  request: FitRequest,
  candidate: MatchProfile,
  chainFit: number,
  modes: CooperationMode[],
): Record<ComponentName, number> {
  const { seeker } = request;
  return {
    reciprocalChainFit: chainFit,
    modeOverlap: modeOverlap(seeker, candidate, request.modes),
    partnerTypeFit: partnerTypeFit(seeker, candidate, modes),
    crossBorder: crossBorderFit(seeker, candidate, request.crossBorderPreferred),
    parkInterest: parkInterest(graph, seeker, candidate),
    maturityFit: maturityFit(candidate, request.wantedMaturity),
    verification: verificationFit(candidate),
  };
}

/** Six decimals: removes floating-point noise (0.9119999…) so equal fits tie exactly and ties fall to the id order. */
function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Scores one candidate (hard filters already applied); undefined when there is no chain evidence. */
export function fitOf(graph: ChainGraph, request: FitRequest, candidate: MatchProfile): Fit | undefined {
  const modes = modesInPlay(request, candidate);
  const reasons = evidenceBetween(graph, request.seeker, candidate, modes);
  if (reasons.length === 0) return undefined;
  const forward = directionalFit(reasons, 'SEEKER');
  const reverse = directionalFit(reasons, 'CANDIDATE');
  const values = componentValues(graph, request, candidate, reciprocalFit(forward, reverse), modes);
  const components = COMPONENT_NAMES.map((name) => ({ name, value: values[name], weight: COMPONENT_WEIGHTS[name] }));
  const score = roundScore(components.reduce((sum, c) => sum + c.value * c.weight, 0));
  return {
    candidate,
    score: Math.min(1, Math.max(0, score)),
    forward,
    reverse,
    components,
    reasons,
    modes,
    crossBorder: isCrossBorder(request.seeker, candidate),
    statedNeed: statedNeedOf(request.seeker, reasons, modes),
  };
}
