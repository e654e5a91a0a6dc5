/**
 * The load benchmark's traffic: a read/write mix of what members do — partner
 * search, profile reads, posting lists, and updates of their own postings —
 * each signed with one of many member tokens (so no credential reaches its
 * rate-limit allowance), with every acknowledged write remembered so the run
 * can prove none was lost.
 */
import type { AutocannonRequest } from 'autocannon';

export type RequestKind = 'search' | 'organization' | 'collaborations' | 'update';

/** Share of each kind in the mix (sums to 1). */
export const MIX: Record<RequestKind, number> = { search: 0.35, organization: 0.25, collaborations: 0.2, update: 0.2 };

/** A posting the benchmark may update, with tokens of members of its owner. */
export interface WritablePosting {
  id: string;
  version: number;
  ownerTokens: string[];
  /** Versions the server acknowledged, with the title each set. */
  acknowledged: { version: number; title: string }[];
}

export interface TrafficTally {
  sent: Record<RequestKind, number>;
  latencies: Record<RequestKind, number[]>;
  errorCodes: Record<string, number>;
  statuses: Record<number, number>;
}

export interface TrafficInput {
  organizationIds: string[];
  readerTokens: string[];
  postings: WritablePosting[];
}

const SEARCH =
  'query($id: ID!) { searchPartners(input: { organizationId: $id, first: 10 }) { results { score organization { id name { text } } reasons { kind } } } }';
const ORGANIZATION = 'query($id: ID!) { organization(id: $id) { id name { text } offers { segmentId } seeks verification version } }';
const COLLABORATIONS =
  '{ collaborations(first: 20) { edges { node { id title { text } status organization { id name { text } } } } pageInfo { hasNextPage } } }';
const UPDATE = 'mutation($input: UpdateCollaborationInput!) { updateCollaboration(input: $input) { id version title { en } } }';

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)]!;
}

function chooseKind(): RequestKind {
  let roll = Math.random();
  for (const [kind, share] of Object.entries(MIX) as [RequestKind, number][]) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'search';
}

export function emptyTally(): TrafficTally {
  const zero = { search: 0, organization: 0, collaborations: 0, update: 0 };
  return { sent: { ...zero }, latencies: { search: [], organization: [], collaborations: [], update: [] }, errorCodes: {}, statuses: {} };
}

/** The one autocannon request template; each call decides its kind, body and credential. */
export function trafficRequest(input: TrafficInput, tally: TrafficTally): AutocannonRequest {
  const idle = [...input.postings];
  let tokenTurn = 0;
  const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  return {
    method: 'POST',
    path: '/graphql',
    setupRequest(request, context) {
      let kind = chooseKind();
      // One write at a time per posting: each update is based on the version the last one returned.
      const posting = kind === 'update' ? idle.shift() : undefined;
      if (kind === 'update' && !posting) kind = 'search';
      const token = posting
        ? posting.ownerTokens[tokenTurn++ % posting.ownerTokens.length]!
        : input.readerTokens[tokenTurn++ % input.readerTokens.length]!;
      const title = posting ? `Load-test title ${posting.id} v${posting.version + 1}` : undefined;
      Object.assign(context, { kind, posting, title, sentAt: performance.now() });
      tally.sent[kind]++;
      const payloads: Record<RequestKind, () => string> = {
        search: () => body(SEARCH, { id: pick(input.organizationIds) }),
        organization: () => body(ORGANIZATION, { id: pick(input.organizationIds) }),
        collaborations: () => body(COLLABORATIONS),
        update: () => body(UPDATE, { input: { id: posting!.id, version: posting!.version, title: { en: title } } }),
      };
      return { ...request, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: payloads[kind]() };
    },
    onResponse(status, responseBody, context) {
      const kind = context.kind as RequestKind;
      tally.latencies[kind].push(performance.now() - (context.sentAt as number));
      tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
      const parsed = safeJson(responseBody);
      for (const error of parsed?.errors ?? [])
        tally.errorCodes[error.extensions?.code ?? 'NONE'] = (tally.errorCodes[error.extensions?.code ?? 'NONE'] ?? 0) + 1;
      const posting = context.posting as WritablePosting | undefined;
      if (!posting) return;
      const updated = parsed?.data?.updateCollaboration;
      if (status === 200 && updated) {
        posting.version = updated.version;
        posting.acknowledged.push({ version: updated.version, title: updated.title.en });
      }
      idle.push(posting);
    },
  };
}

interface GraphQLReply {
  data?: { updateCollaboration?: { version: number; title: { en: string } } };
  errors?: { extensions?: { code?: string } }[];
}

function safeJson(text: string): GraphQLReply | undefined {
  try {
    return JSON.parse(text) as GraphQLReply;
  } catch {
    return undefined;
  }
}

/** Percentile of a sample (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
