/**
 * Rule: technology maturity and IP status belong to technology collaborations only.
 */
import type { CollaborationDraft } from '../collaboration-draft.js';
import { isTechnologyKind } from '../collaboration-draft.js';
import type { FieldProblem } from './field-problems.js';

export function technologyFieldProblems(draft: Pick<CollaborationDraft, 'kind' | 'maturity' | 'ipStatus'>, path: string): FieldProblem[] {
  if (isTechnologyKind(draft.kind)) return [];
  const message = `applies to TECHNOLOGY_OFFER and TECHNOLOGY_REQUEST collaborations only, not ${draft.kind}`;
  return [
    ...(draft.maturity !== undefined ? [{ path: `${path}.maturity`, message }] : []),
    ...(draft.ipStatus !== undefined ? [{ path: `${path}.ipStatus`, message }] : []),
  ];
}
