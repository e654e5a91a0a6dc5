/**
 * A fit as search results carry it: the fit itself, whose request it was
 * scored for, the zone advice for the pair, and the locale the search asked
 * explanations in (a result may still ask for another).
 */
import type { MatchProfile } from '../match-profile.js';
import type { Locale } from '../vocabulary.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import type { Fit } from './fit-score.js';
import { zoneAdviceFor, type ZoneAdvice } from './zone-advice.js';

export interface AssessedFit {
  fit: Fit;
  /** The seeker as scored (for a collaboration: its owner reshaped by the collaboration). */
  seeker: MatchProfile;
  advice: ZoneAdvice;
  locale: Locale;
}

/** A recommended open collaboration: its fit with the collaboration as the seeker's request. */
export interface AssessedCollaboration extends AssessedFit {
  collaborationId: string;
}

export function assessFit(graph: ChainGraph, fit: Fit, seeker: MatchProfile, locale: Locale): AssessedFit {
  return { fit, seeker, advice: zoneAdviceFor(graph, fit, seeker), locale };
}
