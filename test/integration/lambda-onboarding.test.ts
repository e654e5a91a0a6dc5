import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { httpApiEvent } from '../support/api-gateway-event.js';
import { loadLambdaHandler, type InvokeLambda } from '../support/lambda-handler.js';
import { aPostInput, aRegisterInput } from '../support/organization-factory.js';

/**
 * Onboarding through the Lambda entry with the claims API Gateway's JWT
 * authorizer forwards (every value a string): the same ID token registers an
 * organization and acts for it in the next request, and losing the
 * membership takes effect on the request after that.
 */
describe('onboarding through the Lambda handler', () => {
  let table: TestTable;
  let invoke: InvokeLambda;
  const CLAIMS = { sub: 'cognito-sub-7', token_use: 'id', 'cognito:username': 'sora', email: 'Sora@Cell.example', email_verified: 'true' };

  const call = async (query: string, variables: Record<string, unknown>) => {
    const result = await invoke(httpApiEvent({ body: { query, variables }, claims: CLAIMS }));
    return JSON.parse(result.body ?? '') as {
      data?: Record<string, { id?: string }>;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };
  const post = (organizationId: string) =>
    call('mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id } }', {
      input: aPostInput(`lambda-post-${Date.now()}-${Math.random()}`, organizationId),
    });

  beforeAll(async () => {
    table = await createTestTable('lambda-onboarding');
    invoke = await loadLambdaHandler(table);
  });

  afterAll(async () => {
    await table.drop();
  });

  it('registers, acts with the same token, and loses access on the next request once removed', async () => {
    const registered = await call(
      'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id contact { email } } }',
      {
        input: aRegisterInput(`lambda-register-${Date.now()}`),
      },
    );
    const id = registered.data?.registerOrganization?.id;
    expect(id).toMatch(/^org-/);
    expect((await post(id!)).errors).toBeUndefined();

    const me = await call('{ me { email memberships { role organization { id } } } }', {});
    expect(me.data?.me).toEqual({ email: 'sora@cell.example', memberships: [{ role: 'OWNER', organization: { id } }] });

    // A second owner joins and the first leaves (through the store, as the mutations do):
    // the very next request with the same token is refused, and says why.
    await table.store.memberships.join({ organizationId: id!, subject: 'second-owner', role: 'OWNER', since: new Date().toISOString() });
    await table.store.memberships.leave({ organizationId: id!, subject: 'cognito-sub-7', role: 'OWNER', since: '' });
    const refused = await post(id!);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe(
      `You are not a member of ${id}; ask its owner for an invitation, or ask to join with requestToJoin`,
    );
  });
});
