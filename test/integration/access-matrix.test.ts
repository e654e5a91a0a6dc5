import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient, type GraphQLResult } from '../support/graphql-client.js';
import { aDriveMaker, anIgbtMaker, aPostingOf, express } from '../support/match-scenario.js';
import { aPostInput, aRegisterInput } from '../support/organization-factory.js';
import { CALLER_NAMES, callersFor, type CallerName } from '../support/principals.js';
import { OPERATION_ACCESS } from '../../functions/core/access/policy.js';
import { aParticipation, anEventWithParticipants } from '../support/event-scenario.js';

/**
 * Who may do what, decided by the real server: every root operation, called
 * with minimal valid arguments by each kind of caller, against DynamoDB Local.
 * Callers' memberships are stored in the table and read back per request, as
 * in production: a member (or owner) of A still cannot touch B.
 * "allowed" means the call was not refused FORBIDDEN or UNAUTHENTICATED (it
 * may still be NOT_FOUND, CONFLICT or BAD_USER_INPUT).
 */
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

interface Scenario {
  target: string;
  other: string;
  third: string;
  fourth: string;
  posting: string;
  /** other → target: the target organization received it. */
  receivedMatch: string;
  /** target → third: the target organization sent it. */
  sentMatch: string;
  /** An event with open registration; target and other are registered. */
  event: string;
  /** other → target in the event: the target organization was asked. */
  meeting: string;
}

interface OperationCase {
  document: string;
  variables?: (s: Scenario, call: number) => Record<string, unknown>;
  /** Callers that get through; everyone else is refused (anonymous callers as UNAUTHENTICATED). */
  allowed: CallerName[] | 'everyone' | 'readers';
}

/** Members of the target organization in either role, and administrators. */
const TARGET_SIDE: CallerName[] = ['MEMBER_OF_TARGET', 'PLAIN_MEMBER_OF_TARGET', 'ADMIN'];
/** The target organization's owners, and administrators. */
const OWNER_SIDE: CallerName[] = ['MEMBER_OF_TARGET', 'ADMIN'];
/** Every signed-in person, and administrators. */
const SIGNED_IN: CallerName[] = ['MEMBER_OF_TARGET', 'PLAIN_MEMBER_OF_TARGET', 'MEMBER_OF_OTHER', 'MEMBER_WITHOUT_ORG', 'ADMIN'];
/** Arguments naming a person who is neither a member nor asked to join: allowed callers get NOT_FOUND. */
const NOBODY = 'nobody-in-particular';

/** One row per operation of schema.graphql; the expectation is the specification (docs/security.md). */
const OPERATIONS: Record<string, OperationCase> = {
  'Query.health': { document: '{ health { status } }', allowed: 'everyone' },
  'Query.industryChains': { document: '{ industryChains { id } }', allowed: 'everyone' },
  'Query.segment': { document: '{ segment(id: "semi.power-semiconductors") { id } }', allowed: 'everyone' },
  'Query.zoneParks': { document: '{ zoneParks { id } }', allowed: 'everyone' },
  'Query.searchSegments': { document: '{ searchSegments(text: "IGBT") { id } }', allowed: 'everyone' },
  'Query.suggestSegments': { document: '{ suggestSegments(text: "We make IGBT modules") { score } }', allowed: 'everyone' },
  'Query.organization': {
    document: 'query($id: ID!) { organization(id: $id) { id } }',
    variables: (s) => ({ id: s.target }),
    allowed: 'readers',
  },
  'Query.organizations': { document: '{ organizations(first: 2) { edges { node { id } } } }', allowed: 'readers' },
  'Query.collaboration': {
    document: 'query($id: ID!) { collaboration(id: $id) { id } }',
    variables: (s) => ({ id: s.posting }),
    allowed: 'readers',
  },
  'Query.collaborations': { document: '{ collaborations(first: 2) { edges { node { id } } } }', allowed: 'readers' },
  'Query.match': { document: 'query($id: ID!) { match(id: $id) { id } }', variables: (s) => ({ id: s.sentMatch }), allowed: TARGET_SIDE },
  'Query.matches': {
    document: 'query($org: ID!) { matches(organizationId: $org) { edges { node { id } } } }',
    variables: (s) => ({ org: s.target }),
    allowed: TARGET_SIDE,
  },
  'Mutation.registerOrganization': {
    document: 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }',
    variables: (_s, call) => ({ input: aRegisterInput(`access-matrix-register-${call}`) }),
    // Any signed-in person may register (and becomes its owner), within the limit of unverified organizations.
    allowed: SIGNED_IN,
  },
  'Mutation.updateOrganization': {
    document: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
    variables: (s) => ({ input: { id: s.target, version: 1, city: 'Incheon' } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.setVerification': {
    document: 'mutation($input: SetVerificationInput!) { setVerification(input: $input) { id } }',
    variables: (s) => ({ input: { organizationId: s.target, version: 1, verification: 'VERIFIED' } }),
    allowed: ['ADMIN'],
  },
  'Mutation.postCollaboration': {
    document: 'mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id } }',
    variables: (s, call) => ({ input: aPostInput(`access-matrix-post-${call}`, s.target) }),
    allowed: TARGET_SIDE,
  },
  'Mutation.updateCollaboration': {
    document: 'mutation($input: UpdateCollaborationInput!) { updateCollaboration(input: $input) { id } }',
    variables: (s) => ({ input: { id: s.posting, version: 1, openForInterest: true } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.closeCollaboration': {
    document: 'mutation($input: CloseCollaborationInput!) { closeCollaboration(input: $input) { id } }',
    variables: (s) => ({ input: { id: s.posting, version: 1 } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.expressInterest': {
    document: 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
    variables: (s) => ({ input: { fromOrganizationId: s.target, toOrganizationId: s.fourth, message: 'Shall we talk?' } }),
    // Interest is an organization's own act: administrators do not express it on anyone's behalf.
    allowed: ['MEMBER_OF_TARGET', 'PLAIN_MEMBER_OF_TARGET'],
  },
  'Mutation.respondToInterest': {
    document: 'mutation($input: RespondToInterestInput!) { respondToInterest(input: $input) { id } }',
    variables: (s) => ({ input: { matchId: s.receivedMatch, response: 'DECLINE', declineReason: 'NO_CAPACITY' } }),
    // Only the receiver answers; the sender (the other organization) and administrators may not.
    allowed: ['MEMBER_OF_TARGET', 'PLAIN_MEMBER_OF_TARGET'],
  },
  'Mutation.withdrawInterest': {
    document: 'mutation($input: WithdrawInterestInput!) { withdrawInterest(input: $input) { id } }',
    variables: (s) => ({ input: { matchId: s.sentMatch } }),
    allowed: ['MEMBER_OF_TARGET', 'PLAIN_MEMBER_OF_TARGET'],
  },
  'Mutation.recordOutcome': {
    document: 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }',
    variables: (s) => ({ input: { matchId: s.sentMatch, outcome: 'MEETING_HELD' } }),
    allowed: TARGET_SIDE,
  },
  // Search reads only public profile fields: any reader may search for any organization (docs/matching.md).
  'Query.searchPartners': {
    document: 'query($input: PartnerSearchInput!) { searchPartners(input: $input) { results { score } } }',
    variables: (s) => ({ input: { organizationId: s.target } }),
    allowed: 'readers',
  },
  'Query.recommendedCollaborations': {
    document: 'query($org: ID!) { recommendedCollaborations(organizationId: $org) { score } }',
    variables: (s) => ({ org: s.other }),
    allowed: 'readers',
  },
  'Query.zoneStatistics': { document: '{ zoneStatistics { organizations { total } } }', allowed: ['ADMIN'] },
  // Notifications: every signed-in person reads, marks and configures their own (docs/notifications.md).
  'Query.notifications': { document: '{ notifications { edges { cursor } } }', allowed: SIGNED_IN },
  'Query.unreadNotificationCount': { document: '{ unreadNotificationCount }', allowed: SIGNED_IN },
  'Query.notificationPreferences': { document: '{ notificationPreferences { email } }', allowed: SIGNED_IN },
  'Mutation.markNotificationsRead': {
    document: 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }',
    variables: () => ({ input: { all: true } }),
    allowed: SIGNED_IN,
  },
  'Mutation.updateNotificationPreferences': {
    document: 'mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language } }',
    variables: () => ({ input: { language: 'ko' } }),
    allowed: SIGNED_IN,
  },
  // Saved alerts: an organization's members manage its alerts.
  'Query.alerts': {
    document: 'query($org: ID!) { alerts(organizationId: $org) { id } }',
    variables: (s) => ({ org: s.target }),
    allowed: TARGET_SIDE,
  },
  'Mutation.createAlert': {
    document: 'mutation($input: CreateAlertInput!) { createAlert(input: $input) { id } }',
    variables: (s) => ({
      input: { organizationId: s.target, minScore: 0.5, countries: [], types: [], kinds: ['PARTNER'], frequency: 'WEEKLY' },
    }),
    allowed: TARGET_SIDE,
  },
  'Mutation.deleteAlert': {
    document: 'mutation($input: DeleteAlertInput!) { deleteAlert(input: $input) { id } }',
    variables: (s) => ({ input: { organizationId: s.target, alertId: 'alert-unknown' } }),
    allowed: TARGET_SIDE,
  },
  // Onboarding: owners manage members; invitations and join requests are for any signed-in person.
  'Query.me': { document: '{ me { subject memberships { role } invitations { id } } }', allowed: SIGNED_IN },
  'Query.members': {
    document: 'query($org: ID!) { members(organizationId: $org) { subject } }',
    variables: (s) => ({ org: s.target }),
    allowed: OWNER_SIDE,
  },
  'Query.joinRequests': {
    document: 'query($org: ID!) { joinRequests(organizationId: $org) { subject } }',
    variables: (s) => ({ org: s.target }),
    allowed: OWNER_SIDE,
  },
  'Query.organizationInvitations': {
    document: 'query($org: ID!) { organizationInvitations(organizationId: $org, first: 5) { edges { node { id status } } } }',
    variables: (s) => ({ org: s.target }),
    allowed: OWNER_SIDE,
  },
  'Query.events': { document: '{ events { id } }', allowed: 'everyone' },
  'Query.event': { document: '{ event(id: "no-such-event") { id } }', allowed: 'everyone' },
  'Mutation.createEvent': {
    document: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    variables: () => ({
      input: {
        name: { en: 'Access matrix exchange day' },
        venue: { kind: 'ONLINE', url: 'https://meet.example/zone' },
        utcOffset: '+08:00',
        days: [{ date: '2026-08-27', start: '09:00', end: '12:00' }],
        slotMinutes: 20,
        tables: ['T1'],
        registrationOpensAt: '2026-01-01T00:00:00Z',
        registrationClosesAt: '2026-08-20T00:00:00Z',
      },
    }),
    allowed: ['ADMIN'],
  },
  'Mutation.scheduleEvent': {
    document: 'mutation($input: ScheduleEventInput!) { scheduleEvent(input: $input) { scheduled } }',
    variables: () => ({ input: { eventId: 'no-such-event' } }),
    allowed: ['ADMIN'],
  },
  'Mutation.updateEvent': {
    document: 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }',
    variables: () => ({
      input: {
        eventId: 'no-such-event',
        expectedVersion: 1,
        definition: {
          name: { en: 'Access matrix exchange day' },
          venue: { kind: 'ONLINE', url: 'https://meet.example/zone' },
          utcOffset: '+08:00',
          days: [{ date: '2026-08-27', start: '09:00', end: '12:00' }],
          slotMinutes: 20,
          tables: ['T1'],
          registrationOpensAt: '2026-01-01T00:00:00Z',
          registrationClosesAt: '2026-08-20T00:00:00Z',
        },
      },
    }),
    allowed: ['ADMIN'],
  },
  // Participants: members of the organization the call names (for an answer: the requested participant), and administrators.
  'Query.eventParticipants': {
    document: 'query($event: ID!, $org: ID) { eventParticipants(eventId: $event, organizationId: $org) { meetingsWanted } }',
    variables: (s) => ({ event: s.event, org: s.target }),
    allowed: TARGET_SIDE,
  },
  'Query.suggestedMeetings': {
    document: 'query($event: ID!, $org: ID!) { suggestedMeetings(eventId: $event, organizationId: $org) { inFocus } }',
    variables: (s) => ({ event: s.event, org: s.target }),
    allowed: TARGET_SIDE,
  },
  'Query.eventAgenda': {
    document: 'query($event: ID!, $org: ID!) { eventAgenda(eventId: $event, organizationId: $org) { locale } }',
    variables: (s) => ({ event: s.event, org: s.target }),
    allowed: TARGET_SIDE,
  },
  'Query.meetingRequests': {
    document:
      'query($event: ID!, $org: ID!) { meetingRequests(eventId: $event, organizationId: $org) { edges { direction node { id } } } }',
    variables: (s) => ({ event: s.event, org: s.target }),
    allowed: TARGET_SIDE,
  },
  'Mutation.registerForEvent': {
    document: 'mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { organizationId } }',
    variables: (s) => ({
      input: {
        eventId: s.event,
        organizationId: s.target,
        attendees: [{ name: 'Kim Minjun' }],
        availability: [{ date: '2026-08-27', from: '09:00', to: '17:00' }],
        meetingsWanted: 3,
      },
    }),
    allowed: TARGET_SIDE,
  },
  'Mutation.requestMeeting': {
    document: 'mutation($input: RequestMeetingInput!) { requestMeeting(input: $input) { id } }',
    variables: (s) => ({ input: { eventId: s.event, fromOrganizationId: s.target, toOrganizationId: s.third, message: 'Shall we meet?' } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.respondToMeetingRequest': {
    document: 'mutation($input: RespondToMeetingRequestInput!) { respondToMeetingRequest(input: $input) { status } }',
    variables: (s) => ({ input: { eventId: s.event, meetingId: s.meeting, response: 'ACCEPT' } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.bookMeetingSlot': {
    document: 'mutation($input: BookMeetingSlotInput!) { bookMeetingSlot(input: $input) { id } }',
    variables: (s) => ({ input: { eventId: s.event, meetingId: s.meeting, organizationId: s.target, slotId: '2026-08-27T09:00' } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.checkInToEvent': {
    document: 'mutation($input: CheckInToEventInput!) { checkInToEvent(input: $input) { checkedInAt } }',
    variables: (s) => ({ input: { eventId: s.event, organizationId: s.target } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.recordMeetingHeld': {
    document: 'mutation($input: MeetingActionInput!) { recordMeetingHeld(input: $input) { heldAt } }',
    variables: (s) => ({ input: { eventId: s.event, meetingId: s.meeting, organizationId: s.target } }),
    allowed: TARGET_SIDE,
  },
  'Mutation.cancelMeeting': {
    document: 'mutation($input: MeetingActionInput!) { cancelMeeting(input: $input) { status } }',
    variables: (s) => ({ input: { eventId: s.event, meetingId: s.meeting, organizationId: s.target } }),
    allowed: TARGET_SIDE,
  },
  'Query.verificationQueue': { document: '{ verificationQueue(first: 2) { edges { node { id } } } }', allowed: ['ADMIN'] },
  'Query.webhooks': { document: '{ webhooks { id } }', allowed: ['ADMIN'] },
  'Mutation.registerWebhook': {
    document: 'mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }',
    variables: () => ({
      input: { partnerClientId: 'dev-partner-app', url: 'https://partner.example/hooks', events: ['ORGANIZATION_VERIFIED'] },
    }),
    allowed: ['ADMIN'],
  },
  'Mutation.deleteWebhook': {
    document: 'mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { id } }',
    variables: () => ({ input: { id: 'no-such-webhook' } }),
    allowed: ['ADMIN'],
  },
  'Mutation.inviteMember': {
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    variables: (s, call) => ({ input: { organizationId: s.target, email: `invitee-${call}@example.org`, role: 'MEMBER' } }),
    allowed: OWNER_SIDE,
  },
  'Mutation.acceptInvitation': { document: 'mutation { acceptInvitation(input: { id: "inv-none" }) { role } }', allowed: SIGNED_IN },
  'Mutation.declineInvitation': { document: 'mutation { declineInvitation(input: { id: "inv-none" }) { id } }', allowed: SIGNED_IN },
  'Mutation.revokeInvitation': {
    document: 'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id } }',
    variables: (s) => ({ input: { organizationId: s.target, id: 'inv-none' } }),
    allowed: OWNER_SIDE,
  },
  'Mutation.requestToJoin': {
    document:
      'mutation($org: ID!) { requestToJoin(input: { organizationId: $org, message: "We make drive inverters; may we join?" }) { subject } }',
    variables: (s) => ({ org: s.target }),
    allowed: SIGNED_IN,
  },
  'Mutation.approveJoinRequest': {
    document: 'mutation($input: ApproveJoinRequestInput!) { approveJoinRequest(input: $input) { role } }',
    variables: (s) => ({ input: { organizationId: s.target, subject: NOBODY } }),
    allowed: OWNER_SIDE,
  },
  'Mutation.rejectJoinRequest': {
    document: 'mutation($input: MemberInput!) { rejectJoinRequest(input: $input) { subject } }',
    variables: (s) => ({ input: { organizationId: s.target, subject: NOBODY } }),
    allowed: OWNER_SIDE,
  },
  'Mutation.removeMember': {
    document: 'mutation($input: MemberInput!) { removeMember(input: $input) { role } }',
    variables: (s) => ({ input: { organizationId: s.target, subject: NOBODY } }),
    allowed: OWNER_SIDE,
  },
  'Mutation.changeMemberRole': {
    document: 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
    variables: (s) => ({ input: { organizationId: s.target, subject: NOBODY, role: 'OWNER' } }),
    allowed: OWNER_SIDE,
  },
  'Mutation.addMember': {
    document: 'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
    variables: (s) => ({ input: { organizationId: s.target, email: 'paper-contact@example.org', role: 'OWNER' } }),
    allowed: ['ADMIN'],
  },
  // Last on purpose: the plain member really leaves (the owner, the only one, is kept by the last-owner rule).
  'Mutation.leaveOrganization': {
    document: 'mutation($org: ID!) { leaveOrganization(input: { organizationId: $org }) { role } }',
    variables: (s) => ({ org: s.target }),
    allowed: TARGET_SIDE,
  },
};

function expectedOutcome(operation: OperationCase, caller: CallerName): Outcome {
  if (operation.allowed === 'everyone') return 'allowed';
  if (caller === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (operation.allowed === 'readers') return 'allowed';
  return operation.allowed.includes(caller) ? 'allowed' : 'FORBIDDEN';
}

function outcomeOf(result: GraphQLResult<unknown>): Outcome {
  const codes = (result.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  return 'allowed';
}

/** Callers who may change state last, so a refused caller never meets a state an allowed one left. */
const CALL_ORDER: CallerName[] = [
  'ANONYMOUS',
  'PARTNER',
  'MEMBER_OF_OTHER',
  'MEMBER_WITHOUT_ORG',
  'ADMIN',
  'PLAIN_MEMBER_OF_TARGET',
  'MEMBER_OF_TARGET',
];

describe('the access matrix: every operation × every kind of caller', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let scenario: Scenario;

  beforeAll(async () => {
    table = await createTestTable('access-matrix');
    client = await graphqlClient(table.store);
    const [target, other, third, fourth] = [
      await anIgbtMaker(table.store),
      await aDriveMaker(table.store),
      await aDriveMaker(table.store),
      await aDriveMaker(table.store),
    ];
    const posting = await aPostingOf(table.store, target);
    const received = await express(client, other.id, target.id);
    const sent = await express(client, target.id, third.id);
    const event = await anEventWithParticipants(table.store, 'event-access-matrix', other.id, target.id);
    await table.store.events.putParticipation(aParticipation(event.eventId, third.id));
    scenario = {
      event: event.eventId,
      meeting: event.meetingId,
      target: target.id,
      other: other.id,
      third: third.id,
      fourth: fourth.id,
      posting: posting.id,
      receivedMatch: received.id,
      sentMatch: sent.id,
    };
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('covers exactly the operations of the access policy', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(OPERATION_ACCESS).sort());
  });

  it('lets through exactly the expected callers, operation by operation', async () => {
    const callers = callersFor(scenario.target, scenario.other);
    const observed: Record<string, Record<CallerName, Outcome>> = {};
    const expected: Record<string, Record<CallerName, Outcome>> = {};
    let call = 0;
    for (const [name, operation] of Object.entries(OPERATIONS)) {
      observed[name] = {} as Record<CallerName, Outcome>;
      expected[name] = {} as Record<CallerName, Outcome>;
      for (const caller of CALL_ORDER) {
        const result = await client.executeAs(callers[caller], operation.document, operation.variables?.(scenario, ++call) ?? {});
        observed[name][caller] = outcomeOf(result);
        expected[name][caller] = expectedOutcome(operation, caller);
      }
    }
    expect(observed).toEqual(expected);
    expect(CALL_ORDER.slice().sort()).toEqual(CALLER_NAMES.slice().sort());
  });
});
