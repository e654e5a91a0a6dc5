/**
 * A collaboration posting seen as its owner's request: searches for a posting,
 * and recommendations of postings to an organization, score the posting's
 * owner with the posting's segments, modes and partner wishes in place of the
 * profile's, so postings rank exactly as organizations do.
 */
import type { Collaboration, CollaborationKind } from '../collaboration.js';
import type { MatchProfile } from '../match-profile.js';
import type { FitRequest } from './fit-request.js';

/** The parts of a posting the fit model reads (the index snapshot carries them). */
export type PostingForFit = Pick<Collaboration, 'id' | 'ownerOrganizationId' | 'kind' | 'segments' | 'cooperationModes' | 'partnerTypes' | 'partnerCountries' | 'maturity'>;

const REQUEST_KINDS: readonly CollaborationKind[] = ['BUSINESS_REQUEST', 'TECHNOLOGY_REQUEST', 'RESEARCH_PARTNER_REQUEST'];

export function isRequestKind(kind: CollaborationKind): boolean {
  return REQUEST_KINDS.includes(kind);
}

/**
 * The owner's profile reshaped by the posting: a request seeks the posting's
 * segments, an offer offers them; the posting's modes and partner countries
 * and types replace the profile's where the posting names any.
 */
export function seekerOfPosting(owner: MatchProfile, posting: PostingForFit): MatchProfile {
  const request = isRequestKind(posting.kind);
  return {
    ...owner,
    offers: request ? owner.offers : [...posting.segments],
    seeks: request ? [...posting.segments] : owner.seeks,
    cooperationModes: posting.cooperationModes.length > 0 ? [...posting.cooperationModes] : owner.cooperationModes,
    preferences: {
      ...owner.preferences,
      countries: posting.partnerCountries.length > 0 ? [...posting.partnerCountries] : owner.preferences.countries,
      types: posting.partnerTypes.length > 0 ? [...posting.partnerTypes] : owner.preferences.types,
    },
    technology: !request && posting.maturity ? { ...owner.technology, maturity: posting.maturity } : owner.technology,
  };
}

/** The fit request of a posting: a technology request wants at least its stated maturity. */
export function requestForPosting(owner: MatchProfile, posting: PostingForFit, crossBorderPreferred = true): FitRequest {
  return {
    seeker: seekerOfPosting(owner, posting),
    modes: [],
    crossBorderPreferred,
    ...(posting.kind === 'TECHNOLOGY_REQUEST' && posting.maturity ? { wantedMaturity: posting.maturity } : {}),
  };
}
