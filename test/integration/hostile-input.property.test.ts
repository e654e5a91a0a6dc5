import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSchema, GraphQLInputObjectType, GraphQLNonNull, type GraphQLSchema } from 'graphql';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { createGraphQLServer } from '../../functions/api/server.js';
import { allItems } from '../support/table-contents.js';
import { ADMIN, aDriveMaker, anIgbtMaker, aPostingOf, express, memberOf } from '../support/match-scenario.js';
import { aPostInput, aRegisterInput } from '../support/organization-factory.js';
import { hostileInputFrom } from '../support/hostile-input.js';
import { typeDefs } from '../../functions/api/generated/type-defs.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { invitationExpiry } from '../../functions/core/membership/member-records.js';
import { personIn, personWithout } from '../support/principals.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { randomUUID } from 'node:crypto';
import { textProblems } from '../../functions/core/validation/text-hygiene.js';
import { aParticipation, anEventWithParticipants } from '../support/event-scenario.js';

/**
 * Every mutation under random and hostile input: each answer is a success or
 * one of the documented error codes (docs/security.md), never an internal
 * error, and a refused call writes nothing at all.
 */
const DOCUMENTED_REFUSALS = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN']);
const RUNS_PER_MUTATION = 30;

interface Scenario {
  target: string;
  fourth: string;
  posting: string;
  receivedMatch: string;
  sentMatch: string;
  /** An event with open registration: target, fourth and a fifth organization registered. */
  event: string;
  /** fifth → target, REQUESTED. */
  meeting: string;
}

interface MutationUnderTest {
  caller: (s: Scenario) => Principal;
  /** A valid input given the table as it is now (current versions). */
  base: (s: Scenario, table: TestTable, run: number) => Promise<Record<string, unknown>>;
}

/** The person who answers invitations and asks to join, with a verified email. */
const JOINER = personWithout('hostile-joiner', 'hostile-joiner@example.org') as Principal & { subject: string };

const invitations = new Map<string, string>();
/**
 * An invitation of the joiner to the organization, written through the real store once per purpose (the
 * first `base` call, before the table snapshot): once answered, hostile repeats find nothing to change.
 */
async function anInvitationFor(table: TestTable, organizationId: string, purpose: string): Promise<string> {
  const known = invitations.get(purpose);
  if (known) return known;
  const id = `inv-hostile-${randomUUID()}`;
  const now = new Date();
  await table.store.invitations.create({
    id,
    organizationId,
    email: 'hostile-joiner@example.org',
    role: 'MEMBER',
    invitedBy: 'hostile-owner',
    createdAt: now.toISOString(),
    expiresAt: invitationExpiry(now),
  });
  invitations.set(purpose, id);
  return id;
}

const LEAVER = (organizationId: string) => personIn('hostile-leaver', organizationId, 'MEMBER');

const versionOfOrganization = async (table: TestTable, id: string) => (await table.store.organizations.get(id))?.version ?? 1;
const versionOfPosting = async (table: TestTable, id: string) => (await table.store.collaborations.get(id))?.version ?? 1;

const anEventDefinition = (name: string) => ({
  name: { en: name, zh: '交流日', ko: '교류의 날' },
  venue: { kind: 'IN_PERSON', address: { en: 'Expo Center, Hall 3' } },
  utcOffset: '+08:00',
  days: [{ date: '2026-08-27', start: '09:00', end: '12:00', breaks: [{ start: '10:00', end: '10:20' }] }],
  slotMinutes: 20,
  tables: ['A1', 'A2'],
  registrationOpensAt: '2020-01-01T00:00:00Z',
  registrationClosesAt: '2099-01-01T00:00:00Z',
  focusChainGroupIds: ['equipment-manufacturing'],
});
const versionOfEvent = async (table: TestTable, id: string) => (await table.store.events.event(id))?.version ?? 1;

/** In the order they run: the ones that end a state (close, verify) last. */
const MUTATIONS: Record<string, MutationUnderTest> = {
  registerOrganization: { caller: () => ADMIN, base: async (_s, _t, run) => aRegisterInput(`hostile-register-${run}-${Date.now()}`) },
  updateOrganization: {
    caller: (s) => memberOf(s.target),
    base: async (s, table) => ({ id: s.target, version: await versionOfOrganization(table, s.target), city: 'Suwon' }),
  },
  postCollaboration: {
    caller: (s) => memberOf(s.target),
    base: async (s, _t, run) => aPostInput(`hostile-post-${run}-${Date.now()}`, s.target),
  },
  updateCollaboration: {
    caller: (s) => memberOf(s.target),
    base: async (s, table) => ({ id: s.posting, version: await versionOfPosting(table, s.posting), openForInterest: true }),
  },
  expressInterest: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ fromOrganizationId: s.target, toOrganizationId: s.fourth, message: 'We would like to talk about IGBT supply' }),
  },
  respondToInterest: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ matchId: s.receivedMatch, response: 'DECLINE', declineReason: 'NO_CAPACITY', message: 'Not this year' }),
  },
  recordOutcome: { caller: (s) => memberOf(s.target), base: async (s) => ({ matchId: s.sentMatch, outcome: 'MEETING_HELD' }) },
  withdrawInterest: { caller: (s) => memberOf(s.target), base: async (s) => ({ matchId: s.sentMatch }) },
  // Matchmaking events (docs/events.md): administrators define and schedule; a member of the target acts for it.
  createEvent: { caller: () => ADMIN, base: async (_s, _t, run) => anEventDefinition(`Hostile exchange day ${run}`) },
  updateEvent: {
    caller: () => ADMIN,
    base: async (s, table) => ({
      eventId: s.event,
      expectedVersion: await versionOfEvent(table, s.event),
      definition: anEventDefinition('Hostile exchange day'),
    }),
  },
  registerForEvent: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({
      eventId: s.event,
      organizationId: s.target,
      attendees: [{ name: 'Kim Minjun', title: 'Sales director' }],
      availability: [{ date: '2026-08-27', from: '09:00', to: '17:00' }],
      meetingsWanted: 3,
      autoAcceptMutualMatches: false,
    }),
  },
  requestMeeting: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ eventId: s.event, fromOrganizationId: s.target, toOrganizationId: s.fourth, message: 'IGBT modules for you?' }),
  },
  respondToMeetingRequest: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ eventId: s.event, meetingId: s.meeting, response: 'ACCEPT' }),
  },
  bookMeetingSlot: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ eventId: s.event, meetingId: s.meeting, organizationId: s.target, slotId: '2026-08-27T09:00', table: 'A1' }),
  },
  scheduleEvent: { caller: () => ADMIN, base: async (s) => ({ eventId: s.event }) },
  checkInToEvent: { caller: (s) => memberOf(s.target), base: async (s) => ({ eventId: s.event, organizationId: s.target }) },
  recordMeetingHeld: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ eventId: s.event, meetingId: s.meeting, organizationId: s.target }),
  },
  cancelMeeting: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ eventId: s.event, meetingId: s.meeting, organizationId: s.target }),
  },
  // Onboarding: an owner of the target manages; people without an organization answer invitations and ask to join.
  inviteMember: {
    caller: (s) => memberOf(s.target),
    base: async (s, _t, run) => ({ organizationId: s.target, email: `hostile-${run}@example.org`, role: 'MEMBER' }),
  },
  addMember: { caller: () => ADMIN, base: async (s) => ({ organizationId: s.target, email: 'paper-contact@example.org', role: 'OWNER' }) },
  acceptInvitation: { caller: () => JOINER, base: async (s, table) => ({ id: await anInvitationFor(table, s.target, 'accept') }) },
  declineInvitation: { caller: () => JOINER, base: async (s, table) => ({ id: await anInvitationFor(table, s.target, 'decline') }) },
  revokeInvitation: {
    caller: (s) => memberOf(s.target),
    base: async (s, table) => ({ organizationId: s.target, id: await anInvitationFor(table, s.target, 'revoke') }),
  },
  requestToJoin: {
    caller: () => JOINER,
    base: async (s) => ({ organizationId: s.target, message: 'We make drive inverters; may we join?' }),
  },
  approveJoinRequest: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ organizationId: s.target, subject: JOINER.subject, role: 'MEMBER' }),
  },
  changeMemberRole: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ organizationId: s.target, subject: JOINER.subject, role: 'MEMBER' }),
  },
  removeMember: { caller: (s) => memberOf(s.target), base: async (s) => ({ organizationId: s.target, subject: JOINER.subject }) },
  rejectJoinRequest: { caller: (s) => memberOf(s.target), base: async (s) => ({ organizationId: s.target, subject: JOINER.subject }) },
  leaveOrganization: {
    caller: (s) => LEAVER(s.target),
    // The leaver's membership is stored here, before the snapshot, not by the first call.
    base: async (s, table) => {
      await storeMembershipsOf(table.store, LEAVER(s.target));
      return { organizationId: s.target };
    },
  },
  closeCollaboration: {
    caller: (s) => memberOf(s.target),
    base: async (s, table) => ({ id: s.posting, version: await versionOfPosting(table, s.posting) }),
  },
  setVerification: {
    caller: () => ADMIN,
    base: async (s, table) => ({
      organizationId: s.target,
      version: await versionOfOrganization(table, s.target),
      verification: 'VERIFIED',
    }),
  },
  markNotificationsRead: { caller: (s) => memberOf(s.target), base: async () => ({ all: true }) },
  registerWebhook: {
    caller: () => ADMIN,
    base: async () => ({ partnerClientId: 'dev-partner-app', url: 'https://partner.example/hooks', events: ['ORGANIZATION_VERIFIED'] }),
  },
  deleteWebhook: { caller: () => ADMIN, base: async () => ({ id: 'webhook-unknown' }) },
  updateNotificationPreferences: {
    caller: (s) => memberOf(s.target),
    base: async () => ({ language: 'zh', mutedKinds: ['INTEREST_WITHDRAWN'] }),
  },
  createAlert: {
    caller: (s) => memberOf(s.target),
    base: async (s) => ({ organizationId: s.target, minScore: 0.4, countries: ['CN'], types: [], kinds: ['PARTNER'], frequency: 'DAILY' }),
  },
  deleteAlert: { caller: (s) => memberOf(s.target), base: async (s) => ({ organizationId: s.target, alertId: 'alert-unknown' }) },
};

/** Stored strings that break the text rules (keys aside: keyString joins pk and sk with NUL only in memory). */
function hostileTextsIn(items: readonly Record<string, unknown>[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const problems = textProblems(value, path, { multiline: true });
      if (problems.length > 0 || value !== value.normalize('NFC')) found.push(`${path}: ${JSON.stringify(value).slice(0, 80)}`);
    } else if (Array.isArray(value))
      value.forEach((item, i) => {
        visit(item, `${path}[${i}]`);
      });
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
  };
  items.forEach((item, i) => {
    visit(item, `item${i}`);
  });
  return found;
}

function inputTypeOf(schema: GraphQLSchema, mutation: string): GraphQLInputObjectType {
  const fields = schema.getMutationType()?.getFields();
  const argument = fields?.[mutation]?.args.find((arg) => arg.name === 'input');
  const type = argument?.type instanceof GraphQLNonNull ? argument.type.ofType : argument?.type;
  if (!(type instanceof GraphQLInputObjectType)) throw new Error(`${mutation} has no input object`);
  return type;
}

describe('every mutation under hostile input', () => {
  const schema = buildSchema(typeDefs);
  let table: TestTable;
  let client: GraphQLClient;
  let scenario: Scenario;
  /** Internal errors the server logged: shown when a run fails, so the cause is visible. */
  const logged: string[] = [];

  beforeAll(async () => {
    table = await createTestTable('hostile-input');
    client = await graphqlClient(
      table.store,
      createGraphQLServer({ production: false, logError: (message, details) => logged.push(`${message} ${JSON.stringify(details)}`) }),
    );
    const target = await anIgbtMaker(table.store);
    const [other, third, fourth] = [await aDriveMaker(table.store), await aDriveMaker(table.store), await aDriveMaker(table.store)];
    const posting = await aPostingOf(table.store, target);
    const received = await express(client, other.id, target.id);
    const sent = await express(client, target.id, third.id);
    const fifth = await aDriveMaker(table.store);
    const event = await anEventWithParticipants(table.store, 'event-hostile-input', fifth.id, target.id);
    await table.store.events.putParticipation(aParticipation(event.eventId, fourth.id));
    scenario = {
      target: target.id,
      fourth: fourth.id,
      posting: posting.id,
      receivedMatch: received.id,
      sentMatch: sent.id,
      event: event.eventId,
      meeting: event.meetingId,
    };
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('attacks every mutation of the schema', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort());
  });

  // The participant's own meeting requests take list arguments a client controls: any of them, hostile, is refused cleanly.
  it('meetingRequests answers success or a documented code under hostile arguments, and writes nothing', async () => {
    const document = `query($event: ID!, $org: ID!, $direction: MeetingRequestDirection, $status: MeetingRequestStatus, $first: Int, $after: String) {
      meetingRequests(eventId: $event, organizationId: $org, direction: $direction, status: $status, first: $first, after: $after) { edges { node { id } } }
    }`;
    const before = await allItems(table);
    const hostileString = fc.oneof(
      fc.string(),
      fc.constant(''),
      fc.constant('\u202e\u0000'),
      fc.string({ minLength: 300, maxLength: 600 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          event: fc.oneof(fc.constant(scenario.event), hostileString),
          org: fc.oneof(fc.constant(scenario.target), hostileString),
          // Values of the arguments' GraphQL types (anything else GraphQL itself refuses before any resolver runs).
          direction: fc.option(fc.constantFrom('SENT', 'RECEIVED', 'ANY')),
          status: fc.option(fc.constantFrom('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
          first: fc.option(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 101))),
          after: fc.option(fc.oneof(hostileString, fc.base64String())),
        }),
        async (variables) => {
          const result = await client.executeAs(memberOf(scenario.target), document, variables);
          const codes = (result.errors ?? []).map((error) => String(error.extensions?.code));
          // A huge `first` is over the query cost budget before it reaches the resolver (docs/security.md, finding 1).
          const overBudget = (code: string) => code === 'GRAPHQL_VALIDATION_FAILED' && (variables.first ?? 0) > 100;
          expect(
            codes.filter((code) => !DOCUMENTED_REFUSALS.has(code) && !overBudget(code)),
            logged.at(-1)?.slice(0, 2000),
          ).toEqual([]);
        },
      ),
      { numRuns: RUNS_PER_MUTATION, seed: 20261202, endOnFailure: true },
    );
    expect(await allItems(table)).toEqual(before);
  });

  it.each(Object.keys(MUTATIONS))('%s answers success or a documented code, and a refusal writes nothing', async (mutation) => {
    const subject = MUTATIONS[mutation]!;
    const inputType = inputTypeOf(schema, mutation);
    const document = `mutation($input: ${inputType.name}!) { ${mutation}(input: $input) { __typename } }`;
    let run = 0;
    const seen = new Set<string>();
    const base = await subject.base(scenario, table, run);
    // What the table holds now; re-read only after a call that succeeded (a refusal must leave it as it was).
    let snapshot = await allItems(table);
    await fc.assert(
      fc.asyncProperty(hostileInputFrom(inputType, base), async (hostile) => {
        // Versions move on when a hostile input happens to be valid; keep the untouched fields current.
        const fresh = await subject.base(scenario, table, ++run);
        const input = Object.fromEntries(
          Object.keys({ ...fresh, ...hostile }).map((key) => [
            key,
            key in hostile && hostile[key] !== base[key] ? hostile[key] : fresh[key],
          ]),
        );
        const result = await client.executeAs(subject.caller(scenario), document, { input });
        const codes = (result.errors ?? []).map((error) => String(error.extensions?.code));
        codes.forEach((code) => seen.add(code));
        expect(
          codes.filter((code) => !DOCUMENTED_REFUSALS.has(code)),
          logged.at(-1)?.slice(0, 2000),
        ).toEqual([]);
        const after = await allItems(table);
        if (codes.length > 0) expect(after).toEqual(snapshot);
        // Whatever was stored is readable text (issue 14, finding 7): NFC, no control, bidi or lone-surrogate characters.
        else expect(hostileTextsIn(after)).toEqual([]);
        snapshot = after;
      }),
      { numRuns: RUNS_PER_MUTATION, seed: 20261126, endOnFailure: true },
    );
    // The inputs did reach the server's own validation, not just GraphQL's.
    expect(seen.size).toBeGreaterThan(0);
  });
});
