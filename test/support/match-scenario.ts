/**
 * Match workflow tests through GraphQL: the operations, members of each
 * organization, and organizations/postings written with the profiles'
 * repositories (a Korean IGBT maker and a Chinese electric-drive maker fit
 * each other on the zone's industry-chain model).
 */
import { expect } from 'vitest';
import { personIn } from './principals.js';
import type { Principal } from '../../functions/core/access/principal.js';
import type { Organization } from '../../functions/core/organization.js';
import type { Collaboration } from '../../functions/core/collaboration.js';
import type { Store } from '../../functions/store/store.js';
import type { GraphQLClient, GraphQLResult } from './graphql-client.js';
import { aCollaboration, anOrganization } from './organization-factory.js';

export const ADMIN: Principal = { role: 'ADMIN', subject: 'zone-officer' };
export const PARTNER: Principal = { role: 'PARTNER', clientId: 'partner-app', scopes: ['chainfit/partner.read'] };
export const memberOf = (organizationId: string): Principal => personIn(`member-of-${organizationId}`, organizationId);

const MATCH_FIELDS = `id status version fromOrganizationId toOrganizationId myRole collaborationId declineReason outcome agreementType
  createdAt updatedAt respondedAt messages { kind fromOrganizationId text }`;

export const EXPRESS = `mutation Express($input: ExpressInterestInput!) { expressInterest(input: $input) { ${MATCH_FIELDS} } }`;
export const RESPOND = `mutation Respond($input: RespondToInterestInput!) { respondToInterest(input: $input) { ${MATCH_FIELDS} } }`;
export const WITHDRAW = `mutation Withdraw($input: WithdrawInterestInput!) { withdrawInterest(input: $input) { ${MATCH_FIELDS} } }`;
export const RECORD_OUTCOME = `mutation Outcome($input: RecordOutcomeInput!) { recordOutcome(input: $input) { ${MATCH_FIELDS} } }`;
export const MATCH = `query Match($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;

export interface MatchView {
  id: string;
  status: string;
  version: number;
  fromOrganizationId: string;
  toOrganizationId: string;
  myRole: string | null;
  collaborationId: string | null;
  declineReason: string | null;
  outcome: string | null;
  agreementType: string | null;
  messages: { kind: string; fromOrganizationId: string; text: string }[];
}

let counter = 0;

/** A Korean IGBT maker (offers power semiconductors, seeks electric drives), with a unique id. */
export async function anIgbtMaker(store: Store, overrides: Partial<Organization> = {}): Promise<Organization> {
  return store.organizations.create(anOrganization({ id: `org-igbt-${++counter}`, ...overrides }));
}

/** A Chinese electric-drive maker (offers electric drives, seeks power semiconductors), with a unique id. */
export async function aDriveMaker(store: Store, overrides: Partial<Organization> = {}): Promise<Organization> {
  const base = anOrganization({ id: `org-drive-${++counter}` });
  return store.organizations.create({
    ...base,
    country: 'CN',
    region: 'Jilin',
    city: 'Changchun',
    name: { en: `Changchun E-Drive ${counter} (Test)`, zh: `长春电驱${counter}（测试）` },
    offers: [{ segmentId: 'nev.electric-drive' }],
    seeks: ['semi.power-semiconductors'],
    preferences: { countries: ['KR'], types: ['ENTERPRISE'], parks: [], languages: ['zh', 'en'] },
    contact: { person: 'Wang Lei', email: `wang.lei.${counter}@edrive.example`, phone: '+86 431 5550 100' },
    ...overrides,
  });
}

/** An open posting of `owner`, expiring in 30 days. */
export async function aPostingOf(store: Store, owner: Organization, overrides: Partial<Collaboration> = {}): Promise<Collaboration> {
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const posting = aCollaboration({ id: `col-${++counter}`, ownerOrganizationId: owner.id, expiresAt, ...overrides });
  return store.collaborations.create(posting, undefined, new Date());
}

/** Calls an operation and returns its single root field, failing the test on any error. */
export async function ok<T = MatchView>(
  client: GraphQLClient,
  principal: Principal,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const result: GraphQLResult = await client.executeAs(principal, query, variables);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

/** `from` expresses interest in `to` as one of its members. */
export function express(client: GraphQLClient, from: string, to: string, extra: Record<string, unknown> = {}): Promise<MatchView> {
  return ok(client, memberOf(from), EXPRESS, {
    input: { fromOrganizationId: from, toOrganizationId: to, message: 'We would like to talk', ...extra },
  });
}
