/**
 * Suggested meetings: for one participant, the other participants it fits
 * best by the fit model (reciprocal score, its forward and reverse parts,
 * the industry-chain evidence the chain picture draws, the explanation in
 * the reader's language). Partners in the event's focus chain groups come
 * first; pairs that already have a meeting request are left out.
 */
import { inFocus, participantFit } from '../core/events/event-fit.js';
import { assessFit, type AssessedFit } from '../core/fit/assessed-fit.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { matchProfileOf } from '../core/match-profile.js';
import type { Organization } from '../core/organization.js';
import type { Locale } from '../core/vocabulary.js';
import type { AppRequest } from './app-request.js';
import { assertActsFor, eventFor, participationFor } from './event-access.js';

export interface SuggestedMeeting {
  partner: Organization;
  assessed: AssessedFit;
  inFocus: boolean;
}

const groupOfChain = new Map(
  zoneIndustryChainModel.groups().flatMap((group) => group.chains.map((chain) => [chain.id, group.id] as const)),
);
const groupOfSegment = (segmentId: string): string | undefined => {
  const chain = zoneIndustryChainModel.chainOf(segmentId);
  return chain ? groupOfChain.get(chain.id) : undefined;
};

/** The `first` best-fitting participants for `organizationId` to meet. */
export async function suggestedMeetings(
  request: AppRequest,
  eventId: string,
  organizationId: string,
  first: number,
  locale: Locale = request.locale,
): Promise<SuggestedMeeting[]> {
  assertActsFor(request.principal, organizationId);
  const event = await eventFor(request, eventId);
  await participationFor(request, eventId, organizationId);
  const [participations, requested] = await Promise.all([
    request.store.events.participations(eventId),
    request.store.events.meetingsOf(eventId, organizationId),
  ]);
  const already = new Set(requested.flatMap((m) => [m.fromOrganizationId, m.toOrganizationId]));
  const self = await request.loaders.organization.load(organizationId);
  if (!self) return [];
  const graph = zoneIndustryChainModel.chainGraph;
  const seeker = matchProfileOf(self);
  const candidates = await Promise.all(
    participations
      .filter((p) => p.organizationId !== organizationId && !already.has(p.organizationId))
      .map((p) => request.loaders.organization.load(p.organizationId)),
  );
  const suggestions: SuggestedMeeting[] = [];
  for (const partner of candidates) {
    if (!partner || partner.verification === 'SUSPENDED') continue;
    const profile = matchProfileOf(partner);
    const fit = participantFit(graph, seeker, profile);
    if (!fit || fit.score <= 0) continue;
    suggestions.push({
      partner,
      assessed: assessFit(graph, fit, seeker, locale),
      inFocus: inFocus(profile, groupOfSegment, event.focusChainGroupIds),
    });
  }
  suggestions.sort(
    (a, b) =>
      Number(b.inFocus) - Number(a.inFocus) || b.assessed.fit.score - a.assessed.fit.score || a.partner.id.localeCompare(b.partner.id),
  );
  return suggestions.slice(0, first);
}
