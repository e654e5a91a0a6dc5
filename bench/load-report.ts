/**
 * Checks and reports a load run: which acknowledged writes are missing from
 * the table, and the markdown of docs/benchmarks.md section "load".
 */
import { cpus, loadavg } from 'node:os';
import type { AutocannonResult } from 'autocannon';
import type { Collaboration } from '../functions/core/collaboration.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { MIX, percentile, type RequestKind, type TrafficTally, type WritablePosting } from './load-traffic.js';
import { ABUSE_KINDS, type AbuseTally } from './load-abuse.js';

export interface LoadReport {
  seconds: number;
  connections: number;
  result: AutocannonResult;
  tally: TrafficTally;
  postings: WritablePosting[];
  writes: WriteCheck;
  internalErrors: number;
  audited: number;
  dynamo: { requests: number; retries: number };
  /** The abusive mix run beside the normal one, when it ran. */
  abuse?: { connections: number; result: AutocannonResult; tally: AbuseTally } | undefined;
}

export interface WriteCheck {
  /** Acknowledged writes the table does not hold. */
  lost: string[];
  /** Writes in flight when the run stopped that the table holds although no answer was read (at most one per posting). */
  appliedUnacknowledged: number;
}

/**
 * Compares each posting with its writes: the table must hold the last
 * acknowledged version and title, or the one write after it that was still
 * in flight when the run stopped (writes to a posting go one at a time).
 */
export function checkWrites(postings: readonly WritablePosting[], stored: readonly (Collaboration | null)[]): WriteCheck {
  let appliedUnacknowledged = 0;
  const lost = postings.flatMap((posting, i) => {
    const last = posting.acknowledged.at(-1);
    const found = stored[i];
    if (!last) return [];
    if (!found) return [`${posting.id}: missing`];
    if (found.version === last.version + 1 && found.title.en === `Load-test title ${posting.id} v${found.version}`) {
      appliedUnacknowledged++;
      return [];
    }
    if (found.version !== last.version || found.title.en !== last.title)
      return [`${posting.id}: acknowledged v${last.version} "${last.title}", stored v${found.version} "${found.title.en}"`];
    return [];
  });
  return { lost, appliedUnacknowledged };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function kindRows(tally: TrafficTally): string[] {
  return (Object.keys(MIX) as RequestKind[]).map((kind) => {
    const samples = tally.latencies[kind];
    return `| ${kind} | ${Math.round(MIX[kind] * 100)} % | ${tally.sent[kind]} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 99))} |`;
  });
}

function abuseLines(abuse: NonNullable<LoadReport['abuse']>): string[] {
  const rows = ABUSE_KINDS.map((kind) => {
    const answers = Object.entries(abuse.tally.answers[kind])
      .map(([answer, count]) => `${answer}: ${count}`)
      .join(', ');
    return `| ${kind} | ${abuse.tally.sent[kind]} | ${answers || 'none'} |`;
  });
  return [
    '',
    `**Abusive mix**, beside the normal one on ${abuse.connections} connections of its own (\`bench/load-abuse.ts\`): the security review's amplification documents (anonymous, 1, 3 and 15 aliases), 63 KB search texts in 16 fields (anonymous), 15 aliased partner searches of 50 results (partner apps), \`organizations(filter: { verification: SUSPENDED })\` by a partner app (can never match) and an unknown chain id in a filter. ${abuse.result.requests.total} requests, p50 ${ms(abuse.result.latency.p50)}, p99 ${ms(abuse.result.latency.p99)}; got through: **${abuse.tally.admitted}**; 5xx: **${abuse.result['5xx']}**.`,
    '',
    '| abusive kind | sent | answers (status, code) |',
    '|---|---|---|',
    ...rows,
  ];
}

export function loadMarkdown(report: LoadReport): string {
  const { result, tally } = report;
  const acknowledged = report.postings.reduce((sum, posting) => sum + posting.acknowledged.length, 0);
  const statuses = Object.entries(tally.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const codes =
    Object.entries(tally.errorCodes)
      .map(([code, count]) => `${code}: ${count}`)
      .join(', ') || 'none';
  return [
    '## Load (`npm run load`)',
    '',
    `${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'} · load average ${loadavg()[0]!.toFixed(1)} at the end · Node ${process.version} · local server (\`npm start\`'s construction, rate limiter on) on DynamoDB Local in memory with the demo data, on the same machine as the load generator.`,
    '',
    `${report.connections} autocannon connections for ${report.seconds} s; each request signed by one of many dev member tokens; updates only of the caller's own collaborations, one at a time per collaboration.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| requests | ${result.requests.total} |`,
    `| throughput | ${result.requests.average.toFixed(0)} req/s |`,
    `| latency p50 / p99 / max | ${ms(result.latency.p50)} / ${ms(result.latency.p99)} / ${ms(result.latency.max)} |`,
    `| HTTP statuses | ${statuses} |`,
    `| 5xx · connection errors · timeouts | ${result['5xx']} · ${result.errors} · ${result.timeouts} |`,
    `| GraphQL error codes | ${codes} |`,
    `| internal errors logged | ${report.internalErrors} |`,
    `| writes acknowledged · lost · in flight at stop (applied) | ${acknowledged} · **${report.writes.lost.length}** · ${report.writes.appliedUnacknowledged} |`,
    `| audit records | ${report.audited} |`,
    `| DynamoDB requests · retries | ${report.dynamo.requests} · ${report.dynamo.retries} |`,
    '',
    '| kind | share | sent | p50 | p99 |',
    '|---|---|---|---|---|',
    ...kindRows(tally),
    ...(report.abuse ? abuseLines(report.abuse) : []),
    '',
    'NOT_FOUND answers are reads of the suspended demo organization, which reads as absent to everyone but its members and administrators.',
    '',
    `Every acknowledged write was read back after the run${report.writes.lost.length ? `; missing: ${report.writes.lost.join('; ')}` : ' and found'}. The figures are for one 2-core machine running the server, DynamoDB Local (Java) and the load generator together; in AWS each Lambda instance serves one request at a time and DynamoDB is not on the same cores.`,
  ].join('\n');
}

export function writeLoadReport(report: LoadReport): void {
  const markdown = loadMarkdown(report);
  writeBenchmarkSection('load', markdown);
  console.log(markdown);
}
