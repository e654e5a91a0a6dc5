/**
 * Every segment's synonyms: one data file per chain group (as ../data), so a
 * zone officer reviews the terms of one area at a time. Read by the keyword
 * search (../segment-search.ts) and the segment suggestions.
 */
import type { TrilingualKeywords } from '../model-types.js';
import { agricultureTcmSynonyms } from './agriculture-tcm.js';
import { cultureSynonyms } from './culture.js';
import { equipmentManufacturingSynonyms } from './equipment-manufacturing.js';
import { informationTechnologySynonyms } from './information-technology.js';
import { medicalHealthSynonyms } from './medical-health.js';
import { platformServicesSynonyms } from './platform-services.js';
import type { SegmentSynonyms } from './types.js';

export type { SegmentSynonyms } from './types.js';

/** All synonym lists, by chain group. */
export const SEGMENT_SYNONYM_GROUPS: readonly SegmentSynonyms[] = [
  informationTechnologySynonyms,
  equipmentManufacturingSynonyms,
  medicalHealthSynonyms,
  agricultureTcmSynonyms,
  cultureSynonyms,
  platformServicesSynonyms,
];

const NONE: Partial<TrilingualKeywords> = {};

const bySegment: ReadonlyMap<string, Partial<TrilingualKeywords>> = new Map(
  SEGMENT_SYNONYM_GROUPS.flatMap((group) => Object.entries(group)),
);

/** The synonyms of one segment (empty when it has none). */
export function synonymsOf(segmentId: string): Partial<TrilingualKeywords> {
  return bySegment.get(segmentId) ?? NONE;
}

/** Ids of the segments that have synonyms. */
export function segmentsWithSynonyms(): string[] {
  return [...bySegment.keys()];
}
