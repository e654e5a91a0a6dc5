/**
 * What the request benchmark (bench/request-overhead.ts) asks, and as whom:
 * the GraphQL documents of each measured operation, and the credentials that
 * carry them. Credentials rotate over many partner apps and members, so no
 * one credential reaches its rate-limit allowance: the limiter is on and
 * counting, as in production, but never refuses.
 */
import type { JWTPayload } from 'jose';
import type { MemberRecord } from '../functions/core/membership/member-records.js';
import { devMemberEmailOf, DevIssuer, type DevRole } from '../functions/local/dev-issuer.js';

export type Caller = 'partner' | 'member' | 'anonymous';

export interface Scenario {
  name: string;
  caller: Caller;
  body: { query: string; variables?: Record<string, unknown> };
  /** An authorized single read: the targets apply to it. */
  target: boolean;
}

/** The demo organization the reads and the search are about (scripts/demo). */
export const SUBJECT_ORGANIZATION = 'demo-org-kr-igbt-1';

/** Credentials per caller kind: enough that none reaches its allowance in a window. */
export const CREDENTIALS_PER_CALLER = 64;

const ORGANIZATION = 'query Organization($id: ID!) { organization(id: $id) { id type country name { en zh ko } verification version } }';

export const SCENARIOS: Scenario[] = [
  { name: 'organization by id', caller: 'partner', body: { query: ORGANIZATION, variables: { id: SUBJECT_ORGANIZATION } }, target: true },
  { name: 'organization by id', caller: 'member', body: { query: ORGANIZATION, variables: { id: SUBJECT_ORGANIZATION } }, target: true },
  {
    name: 'page of 20 organizations',
    caller: 'partner',
    body: {
      query:
        '{ organizations(first: 20) { edges { cursor node { id country name { en } verification } } pageInfo { hasNextPage endCursor } } }',
    },
    target: false,
  },
  {
    name: 'partner search (10 results)',
    caller: 'member',
    body: {
      query: `{ searchPartners(input: { organizationId: "${SUBJECT_ORGANIZATION}", first: 10 }) { results { score organization { id name { en } } reasons { kind direction } } } }`,
    },
    target: false,
  },
  { name: 'public query (health)', caller: 'anonymous', body: { query: '{ health { status datasetVersion } }' }, target: false },
];

/** The reference answers the same organization read for every row. */
export const REFERENCE_BODY = { query: ORGANIZATION, variables: { id: SUBJECT_ORGANIZATION } };

const ROLE: Record<Exclude<Caller, 'anonymous'>, DevRole> = { partner: 'partner', member: 'member' };

/** The subject of the `index`th member credential: a person who is a MEMBER of SUBJECT_ORGANIZATION. */
export const benchMemberSubject = (index: number): string => `bench-member-${index}`;

/** The memberships the member callers hold (stored before the run: tokens carry none). */
export function benchMemberships(): MemberRecord[] {
  return Array.from({ length: CREDENTIALS_PER_CALLER }, (_, i) => ({
    organizationId: SUBJECT_ORGANIZATION,
    subject: benchMemberSubject(i),
    email: devMemberEmailOf(SUBJECT_ORGANIZATION),
    role: 'MEMBER',
    since: '2026-01-01T00:00:00.000Z',
  }));
}

/** A credential's claims as the dev issuer signs them: each member credential is another person. */
function tokenClaims(caller: Exclude<Caller, 'anonymous'>, index: number): JWTPayload {
  const claims = DevIssuer.claimsFor(ROLE[caller], SUBJECT_ORGANIZATION, `bench-partner-app-${index}`);
  return caller === 'member' ? { ...claims, sub: benchMemberSubject(index) } : claims;
}

/** Claims as API Gateway's JWT authorizer forwards them (every claim a string). */
export function authorizerClaims(caller: Caller, index: number): Record<string, string> | undefined {
  if (caller === 'anonymous') return undefined;
  return Object.fromEntries(
    Object.entries(tokenClaims(caller, index)).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : String(value),
    ]),
  );
}

/**
 * Bearer tokens for the local server, one per credential (none for anonymous
 * callers); a member token names SUBJECT_ORGANIZATION in the dev membership
 * claim, so the local server makes the membership exist as `npm start` does.
 */
export async function bearerTokens(issuer: DevIssuer, caller: Caller): Promise<(string | undefined)[]> {
  if (caller === 'anonymous') return [undefined];
  return Promise.all(Array.from({ length: CREDENTIALS_PER_CALLER }, (_, i) => issuer.signClaims(tokenClaims(caller, i))));
}
