import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personWithout } from '../support/principals.js';
import { aRegisterInput } from '../support/organization-factory.js';
import { storeMembershipsOf } from '../support/memberships.js';
import type { ApolloServer } from '@apollo/server';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { ADMIN, anIgbtMaker, aDriveMaker, memberOf, PARTNER } from '../support/match-scenario.js';
import { createGraphQLServer } from '../../functions/api/server.js';
import { createContext, type GraphQLContext } from '../../functions/api/context.js';
import type { AuditEvent } from '../../functions/app/audit-trail.js';
import type { Principal } from '../../functions/core/access/principal.js';
import type { Organization } from '../../functions/core/organization.js';

/** Every mutation leaves one audit record: who, for which organization, what, when, how it ended; no private values. */
describe('the audit trail', () => {
  let table: TestTable;
  let server: ApolloServer<GraphQLContext>;
  let maker: Organization;
  let driveMaker: Organization;
  const events: AuditEvent[] = [];

  async function run(principal: Principal, query: string, variables: Record<string, unknown>, requestId: string): Promise<void> {
    await storeMembershipsOf(table.store, principal);
    const contextValue = await createContext({
      store: table.store,
      principal,
      requestId,
      now: new Date(),
      audit: (event) => events.push(event),
    });
    await server.executeOperation({ query, variables }, { contextValue });
  }

  beforeAll(async () => {
    table = await createTestTable('audit-trail');
    server = createGraphQLServer({ production: false, logError: () => undefined });
    await server.start();
    maker = await anIgbtMaker(table.store);
    driveMaker = await aDriveMaker(table.store);
  });

  afterAll(async () => {
    await server.stop();
    await table.drop();
  });

  const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id contact { email } } }';
  const NEW_CONTACT = { person: 'Park Seoyeon', email: 'seoyeon.park@hanbit-power.example', phone: '+82 31 555 0199' };

  it('records a member’s successful profile change without the new contact details', async () => {
    events.length = 0;
    const before = Date.now();
    await run(
      memberOf(maker.id),
      UPDATE,
      { input: { id: maker.id, version: maker.version, contact: NEW_CONTACT, description: { en: 'Secret roadmap: 3300 V SiC' } } },
      'req-audit-1',
    );
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      operation: 'Mutation.updateOrganization',
      role: 'MEMBER',
      subject: `member-of-${maker.id}`,
      actingFor: maker.id,
      targets: { id: maker.id },
      outcome: 'ok',
      requestId: 'req-audit-1',
    });
    expect(Date.parse(event!.at)).toBeGreaterThanOrEqual(before - 1000);
    const line = JSON.stringify(event);
    for (const value of [...Object.values(NEW_CONTACT), 'Secret roadmap', maker.contact.email]) expect(line).not.toContain(value);
  });

  it('records a refused attempt with its error code and the partner app that made it', async () => {
    events.length = 0;
    await run(PARTNER, UPDATE, { input: { id: maker.id, version: 1, contact: NEW_CONTACT } }, 'req-audit-2');
    expect(events).toEqual([
      expect.objectContaining({
        operation: 'Mutation.updateOrganization',
        role: 'PARTNER',
        clientId: 'partner-app',
        outcome: 'error',
        errorCode: 'FORBIDDEN',
      }),
    ]);
  });

  it('records a match message sent without the message text', async () => {
    events.length = 0;
    const message = 'Call me on +82 10 1234 5678 — our unit price is 41 USD';
    await run(
      memberOf(driveMaker.id),
      'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
      { input: { fromOrganizationId: driveMaker.id, toOrganizationId: maker.id, message } },
      'req-audit-3',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'Mutation.expressInterest', actingFor: driveMaker.id, outcome: 'ok' });
    expect(JSON.stringify(events[0])).not.toContain('41 USD');
    expect(JSON.stringify(events[0])).not.toContain('1234');
  });

  it('records the organization a registration created, and the membership and verification changes with their targets', async () => {
    events.length = 0;
    const newcomer = personWithout('audit-newcomer', 'newcomer@example.org');
    await run(
      newcomer,
      'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }',
      { input: aRegisterInput(`audit-register-${Date.now()}`) },
      'req-audit-5',
    );
    const created = events[0]?.targets.resultId;
    expect(events[0]).toMatchObject({
      operation: 'Mutation.registerOrganization',
      outcome: 'ok',
      targets: { resultId: expect.stringMatching(/^org-/) },
    });
    await run(
      newcomer,
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { organizationId: created, email: 'colleague@example.org', role: 'MEMBER' } },
      'req-audit-6',
    );
    expect(events[1]).toMatchObject({
      operation: 'Mutation.inviteMember',
      actingFor: created,
      targets: { organizationId: created, resultId: expect.stringMatching(/^inv-/) },
    });
    expect(JSON.stringify(events[1])).not.toContain('colleague@example.org');
    await run(
      newcomer,
      'mutation($input: MemberInput!) { removeMember(input: $input) { role } }',
      { input: { organizationId: created, subject: 'audit-newcomer' } },
      'req-audit-7',
    );
    expect(events[2]).toMatchObject({
      operation: 'Mutation.removeMember',
      outcome: 'error',
      errorCode: 'CONFLICT',
      targets: { organizationId: created, subject: 'audit-newcomer' },
    });
    await run(
      ADMIN,
      'mutation($input: SetVerificationInput!) { setVerification(input: $input) { id } }',
      { input: { organizationId: created, version: 1, verification: 'VERIFIED' } },
      'req-audit-8',
    );
    expect(events[3]).toMatchObject({
      operation: 'Mutation.setVerification',
      outcome: 'ok',
      targets: { organizationId: created, resultId: created },
    });
  });

  it('records nothing for queries', async () => {
    events.length = 0;
    await run(memberOf(maker.id), 'query($id: ID!) { organization(id: $id) { id contact { email } } }', { id: maker.id }, 'req-audit-4');
    expect(events).toEqual([]);
  });
});
