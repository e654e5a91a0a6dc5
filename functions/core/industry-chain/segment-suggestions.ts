/**
 * suggestSegments, the public entry to ./segment-suggester.ts: the zone
 * model's suggester, built on first use, and the bounds of a request.
 */
import { BadUserInputError } from '../errors.js';
import { INPUT_LIMITS } from '../input-limits.js';
import { SegmentSuggester, type SegmentSuggestion } from './segment-suggester.js';
import { zoneIndustryChainModel } from './zone-model.js';

export { SegmentSuggester, type SegmentSuggestion } from './segment-suggester.js';

/** Bounds of a suggestion request, defined once (schema descriptions and docs quote them). */
export const SUGGESTION_LIMITS = {
  /** As long as an organization's or collaboration's description may be. */
  maxTextLength: INPUT_LIMITS.descriptionLength,
  defaultFirst: 5,
  maxFirst: 20,
} as const;

let zoneSuggester: SegmentSuggester | undefined;

/**
 * Segments of the zone's model that a description points to, best first.
 * Rejects text over SUGGESTION_LIMITS.maxTextLength and `first` outside
 * 1..maxFirst with BAD_USER_INPUT. The suggester is built on first use, so
 * requests that never suggest pay nothing at cold start.
 */
export function suggestSegments(text: string, first: number | null | undefined): SegmentSuggestion[] {
  const size = first ?? SUGGESTION_LIMITS.defaultFirst;
  if (!Number.isInteger(size) || size < 1 || size > SUGGESTION_LIMITS.maxFirst)
    throw new BadUserInputError(`must be between 1 and ${SUGGESTION_LIMITS.maxFirst}`, 'first');
  if (Array.from(text).length > SUGGESTION_LIMITS.maxTextLength)
    throw new BadUserInputError(`must be at most ${SUGGESTION_LIMITS.maxTextLength} characters`, 'text');
  zoneSuggester ??= new SegmentSuggester(zoneIndustryChainModel.segments(), zoneIndustryChainModel.chainGraph);
  return zoneSuggester.suggest(text, size);
}
