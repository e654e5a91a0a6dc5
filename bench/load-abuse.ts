/**
 * The load benchmark's abusive traffic, run on connections of its own beside
 * the members' normal mix (bench/load-traffic.ts): the security review's
 * amplification documents and long search texts (anonymous), aliased partner
 * searches asking for more than one request may (a partner app), and list
 * filters that can never match or name unknown ids. Every one must be refused
 * (4xx) or answered without reading (the SUSPENDED filter); the tally says
 * how each was answered.
 */
import type { AutocannonRequest } from 'autocannon';
import { amplificationQuery, LONG_TEXT_SEARCH, UNMATCHABLE_FILTER } from '../test/support/abusive-requests.js';

export type AbuseKind = 'amplification' | 'long-text search' | 'aliased searches' | 'unmatchable filter' | 'unknown filter id';

export const ABUSE_KINDS: readonly AbuseKind[] = [
  'amplification',
  'long-text search',
  'aliased searches',
  'unmatchable filter',
  'unknown filter id',
];

export interface AbuseTally {
  sent: Record<AbuseKind, number>;
  /** "<status> <first error code or 'empty page' / 'data'>" → count, per kind. */
  answers: Record<AbuseKind, Record<string, number>>;
  /** Answers with data other than an empty page: abuse that got through. */
  admitted: number;
}

export interface AbuseInput {
  organizationIds: string[];
  /** Partner app tokens the aliased searches are sent with. */
  partnerTokens: string[];
}

/** 15 aliased partner searches of 50 results with their reasons, policies and explanations: over the signed-in cost limit. */
function aliasedSearches(organizationIds: readonly string[]): string {
  const fields = Array.from(
    { length: 15 },
    (_, i) =>
      `s${i}: searchPartners(input: { organizationId: "${organizationIds[i % organizationIds.length] ?? ''}", first: 50 }) { results { score explanation organization { id name { text } } reasons { kind seekerSegment { id name } candidateSegment { id name } } policies { id name summary } } }`,
  );
  return `{ ${fields.join(' ')} }`;
}

export function emptyAbuseTally(): AbuseTally {
  const zero = () => Object.fromEntries(ABUSE_KINDS.map((kind) => [kind, 0])) as Record<AbuseKind, number>;
  return { sent: zero(), answers: Object.fromEntries(ABUSE_KINDS.map((kind) => [kind, {}])) as AbuseTally['answers'], admitted: 0 };
}

export function abusiveRequest(input: AbuseInput, tally: AbuseTally): AutocannonRequest {
  let turn = 0;
  const searches = aliasedSearches(input.organizationIds);
  return {
    method: 'POST',
    path: '/graphql',
    setupRequest(request, context) {
      const kind = ABUSE_KINDS[turn % ABUSE_KINDS.length]!;
      const token = input.partnerTokens[turn % input.partnerTokens.length]!;
      turn++;
      Object.assign(context, { kind });
      tally.sent[kind]++;
      const bodies: Record<AbuseKind, { body: unknown; token?: string }> = {
        amplification: { body: { query: amplificationQuery([1, 3, 15][turn % 3]!) } },
        'long-text search': { body: LONG_TEXT_SEARCH },
        'aliased searches': { body: { query: searches }, token },
        'unmatchable filter': { body: UNMATCHABLE_FILTER, token },
        'unknown filter id': { body: { query: '{ organizations(filter: { chain: "battery" }) { edges { node { id } } } }' }, token },
      };
      const chosen = bodies[kind];
      return {
        ...request,
        headers: { 'content-type': 'application/json', ...(chosen.token ? { authorization: `Bearer ${chosen.token}` } : {}) },
        body: JSON.stringify(chosen.body),
      };
    },
    onResponse(status, responseBody, context) {
      const kind = context.kind as AbuseKind;
      const answer = describe(status, responseBody);
      tally.answers[kind][answer] = (tally.answers[kind][answer] ?? 0) + 1;
      // Got through: answered with data (anything but the empty page a filter that cannot match gets).
      if (answer.endsWith(' data')) tally.admitted++;
    },
  };
}

function describe(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as {
      data?: { organizations?: { edges: unknown[] } } | null;
      errors?: { extensions?: { code?: string; limit?: string } }[];
    };
    const error = parsed.errors?.[0]?.extensions;
    if (error) return `${status} ${error.code ?? ''}${error.limit ? ` (${error.limit})` : ''}`;
    if (parsed.data?.organizations?.edges.length === 0) return `${status} empty page`;
    return `${status} data`;
  } catch {
    return `${status} not JSON`;
  }
}
