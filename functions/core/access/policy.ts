/**
 * Who may do what: the one table of operation → access rule, and the pure
 * decision function. The GraphQL layer applies it to every root field
 * (functions/api/authorization.ts); docs/security.md renders the same table.
 */
import { isMemberOf, isOwnerOf } from './membership.js';
import type { Principal } from './principal.js';

export type AccessRule =
  /** Anyone, credential or not. */
  | 'PUBLIC'
  /** Partner apps, members and administrators: public profile fields, collaborations, search. */
  | 'READER'
  /** Signed-in users (members, with or without a linked organization) and administrators. */
  | 'SIGNED_IN'
  /** Members (either role) of the organization the operation acts for, and administrators. */
  | 'ORGANIZATION_MEMBER'
  /** Owners of the organization the operation acts for, and administrators. */
  | 'ORGANIZATION_OWNER'
  /** Zone administrators only. */
  | 'ADMIN';

export type Decision = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Every root operation of schema.graphql. A test checks that the schema and
 * this table name the same operations, so a new operation cannot ship unguarded.
 */
export const OPERATION_ACCESS: Record<string, AccessRule> = {
  'Query.health': 'PUBLIC',
  // The industry-chain model is public reference data (docs/industry-chains.md).
  'Query.industryChains': 'PUBLIC',
  'Query.segment': 'PUBLIC',
  'Query.zoneParks': 'PUBLIC',
  'Query.searchSegments': 'PUBLIC',
  'Query.suggestSegments': 'PUBLIC',
  // Organizations and collaborations (docs/data-model.md).
  'Query.organization': 'READER',
  'Query.organizations': 'READER',
  'Query.collaboration': 'READER',
  'Query.collaborations': 'READER',
  // The registrant becomes the first OWNER; at most 3 unverified organizations per person (core/access/registration-limit.ts).
  'Mutation.registerOrganization': 'SIGNED_IN',
  'Mutation.updateOrganization': 'ORGANIZATION_MEMBER',
  'Mutation.setVerification': 'ADMIN',
  'Mutation.postCollaboration': 'ORGANIZATION_MEMBER',
  'Mutation.updateCollaboration': 'ORGANIZATION_MEMBER',
  'Mutation.closeCollaboration': 'ORGANIZATION_MEMBER',
  // Match records (docs/data-model.md, "Match records"): members act for their own party; the state
  // machine (core/match/match-state.ts) then decides which party may do what.
  'Query.match': 'ORGANIZATION_MEMBER',
  'Query.matches': 'ORGANIZATION_MEMBER',
  'Mutation.expressInterest': 'ORGANIZATION_MEMBER',
  'Mutation.respondToInterest': 'ORGANIZATION_MEMBER',
  'Mutation.withdrawInterest': 'ORGANIZATION_MEMBER',
  'Mutation.recordOutcome': 'ORGANIZATION_MEMBER',
  // Partner search (docs/matching.md): READER, and a member may search for any organization, not only
  // its own: search reads and returns only public profile fields, which any reader may already list.
  'Query.searchPartners': 'READER',
  'Query.recommendedCollaborations': 'READER',
  // Counts for the zone's administrators (docs/security.md, "Zone statistics").
  'Query.zoneStatistics': 'ADMIN',
  // Onboarding (docs/security.md, "Memberships"): owners manage members; invitations are answered by
  // whoever holds the invited, verified email; administrators review the verification queue.
  'Query.me': 'SIGNED_IN',
  'Query.members': 'ORGANIZATION_OWNER',
  'Query.joinRequests': 'ORGANIZATION_OWNER',
  'Query.organizationInvitations': 'ORGANIZATION_OWNER',
  'Query.verificationQueue': 'ADMIN',
  'Mutation.inviteMember': 'ORGANIZATION_OWNER',
  'Mutation.acceptInvitation': 'SIGNED_IN',
  'Mutation.declineInvitation': 'SIGNED_IN',
  'Mutation.revokeInvitation': 'ORGANIZATION_OWNER',
  'Mutation.requestToJoin': 'SIGNED_IN',
  'Mutation.approveJoinRequest': 'ORGANIZATION_OWNER',
  'Mutation.rejectJoinRequest': 'ORGANIZATION_OWNER',
  'Mutation.removeMember': 'ORGANIZATION_OWNER',
  'Mutation.leaveOrganization': 'ORGANIZATION_MEMBER',
  'Mutation.changeMemberRole': 'ORGANIZATION_OWNER',
  'Mutation.addMember': 'ADMIN',
  // Matchmaking events (docs/events.md): anyone reads the event definitions; administrators define and schedule.
  'Query.events': 'PUBLIC',
  'Query.event': 'PUBLIC',
  'Mutation.createEvent': 'ADMIN',
  'Mutation.scheduleEvent': 'ADMIN',
  'Mutation.updateEvent': 'ADMIN',
  // Participants (docs/events.md): a member acts for its organization's participation; the use cases then check
  // that it is registered, and a party to the meeting it touches. Answers act for the requested participant.
  'Query.eventParticipants': 'ORGANIZATION_MEMBER',
  'Query.suggestedMeetings': 'ORGANIZATION_MEMBER',
  'Query.eventAgenda': 'ORGANIZATION_MEMBER',
  'Query.meetingRequests': 'ORGANIZATION_MEMBER',
  'Mutation.registerForEvent': 'ORGANIZATION_MEMBER',
  'Mutation.requestMeeting': 'ORGANIZATION_MEMBER',
  'Mutation.respondToMeetingRequest': 'ORGANIZATION_MEMBER',
  'Mutation.cancelMeeting': 'ORGANIZATION_MEMBER',
  'Mutation.bookMeetingSlot': 'ORGANIZATION_MEMBER',
  'Mutation.checkInToEvent': 'ORGANIZATION_MEMBER',
  'Mutation.recordMeetingHeld': 'ORGANIZATION_MEMBER',
  // Notifications (docs/notifications.md): each person reads, marks and configures their own inbox only,
  // so no acting-for check is needed; a person without an organization has an empty inbox.
  'Query.notifications': 'SIGNED_IN',
  'Query.unreadNotificationCount': 'SIGNED_IN',
  'Query.notificationPreferences': 'SIGNED_IN',
  'Mutation.markNotificationsRead': 'SIGNED_IN',
  'Mutation.updateNotificationPreferences': 'SIGNED_IN',
  // Saved alerts (docs/notifications.md, "Saved alerts"): an organization's members manage its alerts.
  'Query.alerts': 'ORGANIZATION_MEMBER',
  'Mutation.createAlert': 'ORGANIZATION_MEMBER',
  'Mutation.deleteAlert': 'ORGANIZATION_MEMBER',
  // Partner webhooks (docs/notifications.md, "Partner webhooks"): administrators register them for partner apps.
  'Query.webhooks': 'ADMIN',
  'Mutation.registerWebhook': 'ADMIN',
  'Mutation.deleteWebhook': 'ADMIN',
};

/**
 * Decides one call. `actingFor` is the organization the operation acts for or
 * touches (only for ORGANIZATION_MEMBER rules).
 */
export function decide(principal: Principal, rule: AccessRule, actingFor?: string | null): Decision {
  if (rule === 'PUBLIC') return 'ALLOW';
  if (principal.role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (principal.role === 'ADMIN') return 'ALLOW';
  switch (rule) {
    case 'READER':
      return 'ALLOW';
    case 'SIGNED_IN':
      return principal.role === 'MEMBER' ? 'ALLOW' : 'FORBIDDEN';
    case 'ORGANIZATION_MEMBER':
      return isMemberOf(principal, actingFor) ? 'ALLOW' : 'FORBIDDEN';
    case 'ORGANIZATION_OWNER':
      return isOwnerOf(principal, actingFor) ? 'ALLOW' : 'FORBIDDEN';
    case 'ADMIN':
      return 'FORBIDDEN';
  }
}

/** Whether the principal may see an organization's private fields (contacts). */
export function maySeePrivateFieldsOf(principal: Principal, organizationId: string): boolean {
  return principal.role === 'ADMIN' || isMemberOf(principal, organizationId);
}
