/**
 * A collaboration seen as its owner's request: searches for a collaboration,
 * and recommendations of collaborations to an organization, score the owner
 * with the collaboration's segments, modes and partner wishes in place of the
 * profile's, so collaborations rank exactly as organizations do.
 */
import type { Collaboration, CollaborationKind } from '../collaboration.js';
import type { MatchProfile } from '../match-profile.js';
import type { FitRequest } from './fit-request.js';

/** The parts of a collaboration the fit model reads (the index snapshot carries them). */
export type CollaborationForFit = Pick<
  Collaboration,
  'id' | 'ownerOrganizationId' | 'kind' | 'segments' | 'cooperationModes' | 'partnerTypes' | 'partnerCountries' | 'maturity'
>;

const REQUEST_KINDS: readonly CollaborationKind[] = ['BUSINESS_REQUEST', 'TECHNOLOGY_REQUEST', 'RESEARCH_PARTNER_REQUEST'];

/** Whether a collaboration of this kind seeks partners (a request) rather than offers something. */
export function isRequestKind(kind: CollaborationKind): boolean {
  return REQUEST_KINDS.includes(kind);
}

/**
 * The owner's profile reshaped by the collaboration: a request seeks its
 * segments, an offer offers them; its modes, partner countries and partner
 * types replace the profile's where it names any.
 */
export function seekerOfCollaboration(owner: MatchProfile, collaboration: CollaborationForFit): MatchProfile {
  const request = isRequestKind(collaboration.kind);
  return {
    ...owner,
    offers: request ? owner.offers : [...collaboration.segments],
    seeks: request ? [...collaboration.segments] : owner.seeks,
    cooperationModes: collaboration.cooperationModes.length > 0 ? [...collaboration.cooperationModes] : owner.cooperationModes,
    preferences: {
      ...owner.preferences,
      countries: collaboration.partnerCountries.length > 0 ? [...collaboration.partnerCountries] : owner.preferences.countries,
      types: collaboration.partnerTypes.length > 0 ? [...collaboration.partnerTypes] : owner.preferences.types,
    },
    technology: !request && collaboration.maturity ? { ...owner.technology, maturity: collaboration.maturity } : owner.technology,
  };
}

/** The fit request of a collaboration: a technology request wants at least its stated maturity. */
export function requestForCollaboration(owner: MatchProfile, collaboration: CollaborationForFit, crossBorderPreferred = true): FitRequest {
  return {
    seeker: seekerOfCollaboration(owner, collaboration),
    modes: [],
    crossBorderPreferred,
    ...(collaboration.kind === 'TECHNOLOGY_REQUEST' && collaboration.maturity ? { wantedMaturity: collaboration.maturity } : {}),
  };
}
