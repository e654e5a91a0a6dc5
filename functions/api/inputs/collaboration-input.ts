/**
 * Maps postCollaboration / updateCollaboration inputs to domain drafts and
 * patches. Shape only: the rules live in core/validation.
 */
import type { CollaborationDraft, CollaborationPatch } from '../../core/collaboration-draft.js';
import type { PostCollaborationInput, UpdateCollaborationInput } from '../generated/resolvers-types.js';
import { definedOnly, localizedTextOf, localizedTextPatchOf } from './input-values.js';

export function collaborationDraftOf(input: PostCollaborationInput): CollaborationDraft {
  return {
    ownerOrganizationId: input.organizationId,
    kind: input.kind,
    title: localizedTextOf(input.title),
    summary: localizedTextOf(input.summary),
    segments: input.segments,
    cooperationModes: input.cooperationModes ?? [],
    partnerTypes: input.partnerTypes ?? [],
    partnerCountries: input.partnerCountries ?? [],
    ...definedOnly({ maturity: input.maturity, ipStatus: input.ipStatus, expiresAt: input.expiresAt }),
    openForInterest: input.openForInterest ?? true,
  };
}

export function collaborationPatchOf(input: UpdateCollaborationInput): CollaborationPatch {
  return {
    ...definedOnly({
      kind: input.kind,
      segments: input.segments,
      cooperationModes: input.cooperationModes,
      partnerTypes: input.partnerTypes,
      partnerCountries: input.partnerCountries,
      expiresAt: input.expiresAt,
      openForInterest: input.openForInterest,
    }),
    ...(input.title ? { title: localizedTextPatchOf(input.title) } : {}),
    ...(input.summary ? { summary: localizedTextPatchOf(input.summary) } : {}),
    maturity: input.maturity,
    ipStatus: input.ipStatus,
  };
}
