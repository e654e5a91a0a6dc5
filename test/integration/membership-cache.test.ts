import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createContext, type GraphQLContext } from '../../functions/api/context.js';
import { createGraphQLServer } from '../../functions/api/server.js';
import { MEMBERSHIP_CACHE_TTL_MS, MembershipCache } from '../../functions/app/membership-cache.js';
import type { Principal } from '../../functions/core/access/principal.js';
import type { Store } from '../../functions/store/store.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import type { GraphQLResult } from '../support/graphql-client.js';
import { aPostInput, aRegisterInput } from '../support/organization-factory.js';
import { personWithout } from '../support/principals.js';

/**
 * The per-process membership cache (functions/app/membership-cache.ts) through
 * GraphQL against DynamoDB Local: two "instances" (each its own store and
 * cache, as two Lambda containers) on one table, and a request clock the test
 * sets, so expiry needs no sleeping. DynamoDB requests are counted by each
 * instance's store.
 */
type Person = Extract<Principal, { role: 'MEMBER' }>;
/** A signed-in person as a token gives them (no memberships), with a verified email. */
const person = (subject: string): Person => personWithout(subject, `${subject}@example.org`) as Person;

const REGISTER = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }';
const ORGANIZATION = 'query($id: ID!) { organization(id: $id) { id name { en } } }';
const MATCHES = 'query($org: ID!) { matches(organizationId: $org) { edges { node { id } } } }';
const POST = 'mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id } }';
const ASK = 'mutation($org: ID!) { requestToJoin(input: { organizationId: $org, message: "Please add me." }) { subject } }';
const APPROVE = 'mutation($input: ApproveJoinRequestInput!) { approveJoinRequest(input: $input) { subject } }';
const REMOVE = 'mutation($input: MemberInput!) { removeMember(input: $input) { subject } }';

interface Instance {
  store: Store;
  cache: MembershipCache;
  run<T = Record<string, unknown>>(as: Principal, query: string, variables: Record<string, unknown>, now: Date): Promise<GraphQLResult<T>>;
  /** DynamoDB requests this instance made during `run`'s call. */
  requestsOf(call: () => Promise<unknown>): Promise<number>;
}

describe('the membership cache of a process', () => {
  let table: TestTable;
  let server: ApolloServer<GraphQLContext>;
  let requests = 0;
  let keys = 0;
  const T0 = new Date();
  const at = (ms: number) => new Date(T0.getTime() + ms);

  function instance(): Instance {
    const store = table.storeWith({});
    const cache = new MembershipCache();
    return {
      store,
      cache,
      async run<T>(as: Principal, query: string, variables: Record<string, unknown>, now: Date) {
        const contextValue = await createContext({ store, principal: as, requestId: `cache-${++requests}`, now, membershipCache: cache });
        const response = await server.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result');
        return response.body.singleResult as GraphQLResult<T>;
      },
      async requestsOf(call) {
        store.gateway.resetStats();
        await call();
        return store.gateway.stats.requests;
      },
    };
  }

  const ok = <T>(result: GraphQLResult<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

  async function registerAs(on: Instance, owner: Principal, now: Date): Promise<string> {
    const input = aRegisterInput(`cache-${++keys}-${Date.now()}`);
    return ok(await on.run<{ registerOrganization: { id: string } }>(owner, REGISTER, { input }, now)).registerOrganization.id;
  }

  /** An organization registered by `owner` on `a`, with `member` approved into it there. */
  async function organizationWithMember(a: Instance, owner: Principal, member: Person): Promise<string> {
    const org = await registerAs(a, owner, T0);
    ok(await a.run(member, ASK, { org }, T0));
    ok(await a.run(owner, APPROVE, { input: { organizationId: org, subject: member.subject } }, T0));
    return org;
  }

  beforeAll(async () => {
    table = await createTestTable('membership-cache');
    server = createGraphQLServer({ production: false, logError: () => undefined });
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
    await table.drop();
  });

  it('makes a member’s second read within the TTL one DynamoDB request (no membership Query)', async () => {
    const a = instance();
    const owner = person('cache-owner-1');
    const org = await registerAs(a, owner, T0);
    const read = () => a.run(owner, ORGANIZATION, { id: org }, at(1_000));
    // Registration wrote the OWNER membership on this instance, which forgot the person: the first read reads memberships.
    expect(await a.requestsOf(async () => ok(await read()))).toBe(2);
    expect(await a.requestsOf(async () => ok(await read()))).toBe(1);
    expect(await a.requestsOf(async () => ok(await a.run(owner, ORGANIZATION, { id: org }, at(MEMBERSHIP_CACHE_TTL_MS - 1))))).toBe(1);
  });

  it('reads memberships again once the TTL has passed (request clock moved, no sleeping)', async () => {
    const a = instance();
    const owner = person('cache-owner-2');
    const org = await registerAs(a, owner, T0);
    ok(await a.run(owner, ORGANIZATION, { id: org }, T0));
    expect(await a.requestsOf(async () => ok(await a.run(owner, ORGANIZATION, { id: org }, at(MEMBERSHIP_CACHE_TTL_MS - 1))))).toBe(1);
    expect(await a.requestsOf(async () => ok(await a.run(owner, ORGANIZATION, { id: org }, at(MEMBERSHIP_CACHE_TTL_MS))))).toBe(2);
  });

  it('sees a membership write this process made on the next request, within the TTL: joining and removal', async () => {
    const a = instance();
    const owner = person('cache-owner-3');
    const dan = person('cache-dan-3');
    const org = await registerAs(a, owner, T0);
    // Dan's empty memberships are cached by a refused read...
    expect(codeOf(await a.run(dan, MATCHES, { org }, T0))).toBe('FORBIDDEN');
    ok(await a.run(dan, ASK, { org }, T0));
    // ...and approval (the owner's request, about Dan) forgets them: Dan reads as a member right away.
    ok(await a.run(owner, APPROVE, { input: { organizationId: org, subject: dan.subject } }, at(1)));
    ok(await a.run(dan, MATCHES, { org }, at(2)));
    expect(await a.requestsOf(async () => ok(await a.run(dan, ORGANIZATION, { id: org }, at(3))))).toBe(1);
    ok(await a.run(owner, REMOVE, { input: { organizationId: org, subject: dan.subject } }, at(4)));
    expect(codeOf(await a.run(dan, MATCHES, { org }, at(5)))).toBe('FORBIDDEN');
  });

  it('lets a member removed through another instance read there until the TTL, but never write', async () => {
    const [a, b] = [instance(), instance()];
    const owner = person('cache-owner-4');
    const eve = person('cache-eve-4');
    const org = await organizationWithMember(a, owner, eve);
    ok(await b.run(eve, MATCHES, { org }, T0));
    ok(await a.run(owner, REMOVE, { input: { organizationId: org, subject: eve.subject } }, at(1)));
    // Instance b still holds Eve's membership: reads within the TTL pass (the documented staleness)...
    ok(await b.run(eve, MATCHES, { org }, at(MEMBERSHIP_CACHE_TTL_MS - 1)));
    // ...a mutation re-reads memberships from the table and is refused at once...
    const post = await b.run(eve, POST, { input: aPostInput(`cache-post-${++keys}`, org) }, at(2));
    expect(codeOf(post)).toBe('FORBIDDEN');
    // ...and from the TTL on, reads there are refused too.
    expect(codeOf(await b.run(eve, MATCHES, { org }, at(MEMBERSHIP_CACHE_TTL_MS)))).toBe('FORBIDDEN');
  });

  it('lets a mutation see a membership granted through another instance although reads there still use the cached one', async () => {
    const [a, b] = [instance(), instance()];
    const owner = person('cache-owner-5');
    const fay = person('cache-fay-5');
    const org = await registerAs(a, owner, T0);
    // b caches Fay without memberships; a grants her one.
    expect(codeOf(await b.run(fay, MATCHES, { org }, T0))).toBe('FORBIDDEN');
    ok(await a.run(fay, ASK, { org }, T0));
    ok(await a.run(owner, APPROVE, { input: { organizationId: org, subject: fay.subject } }, at(1)));
    expect(codeOf(await b.run(fay, MATCHES, { org }, at(2)))).toBe('FORBIDDEN');
    ok(await b.run(fay, POST, { input: aPostInput(`cache-post-${++keys}`, org) }, at(3)));
  });
});
