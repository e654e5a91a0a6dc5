/**
 * `npm run load`: DynamoDB Local (in memory) + the demo data + the local
 * server exactly as `npm start` builds it (rate limiter on), driven by
 * autocannon for a fixed time with a read/write mix of members' traffic
 * (bench/load-traffic.ts). Reports throughput, latency, status codes and
 * GraphQL error codes, then reads every posting back to prove that each
 * acknowledged write is in the table. Writes docs/benchmarks.md, section
 * "load". Beside it, on connections of their own, an abusive mix
 * (bench/load-abuse.ts: amplification documents, long search texts, aliased
 * partner searches, filters that cannot match or name unknown ids) must be
 * refused every time. Exits non-zero on any 5xx, lost write or abusive
 * request that got through.
 *
 *   npm run load                    30 s, 16 connections, 4 abusive ones
 *   LOAD_SECONDS=10 LOAD_CONNECTIONS=8 LOAD_ABUSE_CONNECTIONS=2 npm run load
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seedDemoData } from '../scripts/demo/seed-demo-data.js';
import { demoOrganizations } from '../scripts/demo/organizations/demo-data-set.js';
import type { Store } from '../functions/store/store.js';
import { newCollaboration } from '../functions/core/collaboration-draft.js';
import type { Organization } from '../functions/core/organization.js';
import { DevIssuer } from '../functions/local/dev-issuer.js';
import { emptyTally, trafficRequest, type WritablePosting } from './load-traffic.js';
import { checkWrites, writeLoadReport } from './load-report.js';
import { abusiveRequest, emptyAbuseTally } from './load-abuse.js';
import { startBenchDatabase, startLocalHttp } from './local-stack.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 16);
const ABUSE_CONNECTIONS = Number(process.env.LOAD_ABUSE_CONNECTIONS ?? 4);
/** Member tokens per writable posting: enough that no credential nears its per-minute allowance. */
const TOKENS_PER_POSTING = 12;
const TABLE = 'chainfit-load';

/** One fresh posting per connection, owned by a different demo organization, for the benchmark to update. */
async function writablePostings(store: Store, issuer: DevIssuer, owners: Organization[]): Promise<WritablePosting[]> {
  const now = new Date();
  return Promise.all(
    owners.map(async (owner, i) => {
      const draft = {
        ownerOrganizationId: owner.id,
        kind: 'BUSINESS_OFFER' as const,
        title: { en: `Load-test posting ${i}` },
        summary: { en: 'Written and rewritten by npm run load.' },
        segments: [owner.offers[0]!.segmentId],
        cooperationModes: owner.cooperationModes.slice(0, 1),
        partnerTypes: [],
        partnerCountries: [],
        openForInterest: true,
      };
      const posting = await store.collaborations.create(newCollaboration(draft, `load-posting-${i}`, now), undefined, now);
      const ownerTokens = await Promise.all(Array.from({ length: TOKENS_PER_POSTING }, () => issuer.sign('member', owner.id)));
      return { id: posting.id, version: posting.version, ownerTokens, acknowledged: [] };
    }),
  );
}

const keyDir = await mkdtemp(join(tmpdir(), 'chainfit-load-'));
const database = await startBenchDatabase(TABLE);
try {
  const { store } = database;
  const seeded = await seedDemoData(store);
  const organizations = demoOrganizations();
  const issuer = await DevIssuer.open(join(keyDir, 'key.json'));

  let internalErrors = 0;
  let audited = 0;
  const { url, close } = await startLocalHttp({
    store,
    verifyToken: async (token) => issuer.verify(token),
    logError: () => internalErrors++,
    // The audit trail is built as always but counted rather than printed (the run would print tens of thousands of lines).
    // As npm start does (dev member tokens' memberships exist, memberships cached per process).
    context: { audit: () => audited++ },
  });

  const postings = await writablePostings(store, issuer, organizations.slice(0, CONNECTIONS));
  const readerTokens = await Promise.all(organizations.slice(0, 200).map((org) => issuer.sign('member', org.id)));
  const tally = emptyTally();
  const abuse = emptyAbuseTally();
  const abuserTokens = await Promise.all(Array.from({ length: 4 }, (_, i) => issuer.sign('partner', undefined, `load-abuser-${i}`)));
  store.gateway.resetStats();
  console.log(
    `chainfit load: ${CONNECTIONS} connections for ${SECONDS} s against ${url} (${organizations.length} demo organizations, ${seeded.collaborations ?? 0} postings)`,
  );
  const organizationIds = organizations.map((org) => org.id);
  const [result, abuseResult] = await Promise.all([
    autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      requests: [trafficRequest({ organizationIds, readerTokens, postings }, tally)],
    }),
    ABUSE_CONNECTIONS > 0
      ? autocannon({
          url,
          connections: ABUSE_CONNECTIONS,
          duration: SECONDS,
          timeout: 10,
          requests: [abusiveRequest({ organizationIds, partnerTokens: abuserTokens }, abuse)],
        })
      : undefined,
  ]);

  const stored = await Promise.all(postings.map((posting) => store.collaborations.get(posting.id)));
  const writes = checkWrites(postings, stored);
  const report = {
    seconds: SECONDS,
    connections: CONNECTIONS,
    result,
    tally,
    abuse: abuseResult ? { connections: ABUSE_CONNECTIONS, result: abuseResult, tally: abuse } : undefined,
    postings,
    writes,
    internalErrors,
    audited,
    dynamo: { ...store.gateway.stats },
  };
  writeLoadReport(report);
  await close();
  if (result['5xx'] > 0 || writes.lost.length > 0 || internalErrors > 0 || abuse.admitted > 0 || (abuseResult?.['5xx'] ?? 0) > 0)
    process.exitCode = 1;
} finally {
  await database.stop();
  await rm(keyDir, { recursive: true, force: true });
}
