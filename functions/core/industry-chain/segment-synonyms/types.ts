/**
 * Shape of the segment synonym lists: per segment id, extra terms per
 * language on top of the segment's own keywords (data/*.ts).
 */
import type { TrilingualKeywords } from '../model-types.js';

/** Synonyms, abbreviations, product and process names and trade terms of some segments, by segment id. */
export type SegmentSynonyms = Readonly<Record<string, Partial<TrilingualKeywords>>>;
