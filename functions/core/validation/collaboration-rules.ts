/**
 * All rules a collaboration must satisfy, composed, each problem
 * naming the offending input field.
 */
import type { ChainCatalog } from '../industry-chain/chain-catalog.js';
import type { CollaborationDraft } from '../collaboration-draft.js';
import { INPUT_LIMITS } from '../input-limits.js';
import { duplicateProblems, type FieldProblem } from './field-problems.js';
import { localizedTextProblems } from './localized-text.js';
import { expiryProblems } from './collaboration-expiry.js';
import { segmentListProblems } from './segments.js';
import { technologyFieldProblems } from './technology-fields.js';

/**
 * Every problem of a collaboration draft; empty when it may be stored.
 * @param publishedAt when the collaboration was (or is being) published: the expiry limit counts from it
 */
export function collaborationProblems(
  draft: CollaborationDraft,
  catalog: ChainCatalog,
  times: { publishedAt: Date; now: Date },
  path = 'input',
): FieldProblem[] {
  return [
    ...localizedTextProblems(draft.title, `${path}.title`, INPUT_LIMITS.nameLength),
    ...localizedTextProblems(draft.summary, `${path}.summary`, INPUT_LIMITS.descriptionLength),
    ...segmentListProblems(draft.segments, catalog, { path: `${path}.segments`, max: INPUT_LIMITS.collaborationSegments, minimum: 1 }),
    ...duplicateProblems(draft.cooperationModes, `${path}.cooperationModes`),
    ...duplicateProblems(draft.partnerTypes, `${path}.partnerTypes`),
    ...duplicateProblems(draft.partnerCountries, `${path}.partnerCountries`),
    ...technologyFieldProblems(draft, path),
    ...expiryProblems(draft.expiresAt, times.publishedAt, times.now, `${path}.expiresAt`),
  ];
}
