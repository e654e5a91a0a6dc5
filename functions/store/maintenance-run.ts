/**
 * The walk both maintenance scripts make (npm run reindex, npm run
 * migrate:timestamps): every organization, then every collaboration, in
 * bounded batches, each entity judged by the script and rewritten with its
 * items in one conditional transaction (same version: nothing a client sees
 * changes). A dry run only counts. After each batch the run reports a resume
 * token, so an interrupted run continues where it stopped; a rerun finds
 * nothing left to do (idempotent).
 */
import type { StartKey } from './paged-query.js';
import type { Store } from './store.js';
import type { Versioned, VersionedRepository } from './versioned-repository.js';

export const ENTITY_KINDS = ['organizations', 'collaborations'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What the script decides for one entity: leave it, rewrite it as `next`, or report it as not fixable. */
export type Verdict<T> = { action: 'keep' } | { action: 'rewrite'; next: T } | { action: 'unfixable'; reason: string };

export interface MaintenanceOptions {
  /** false: a dry run, counting what would change. */
  apply: boolean;
  /** Entities read per batch (one Query and one BatchGetItem), at most 100. */
  batchSize: number;
  /** A token an earlier run reported: continue from there. */
  resumeFrom?: string;
  now: Date;
  /** Called after each batch with the counts so far and the token to resume after it. */
  onBatch?: (report: MaintenanceReport) => void;
}

export interface MaintenanceReport {
  examined: number;
  /** Entities whose items differ from what they should be (dry run: would be rewritten). */
  needing: number;
  rewritten: number;
  /** Entities changed by someone else between the read and the rewrite (a rerun takes them). */
  skippedConcurrent: number;
  unfixable: { id: string; reason: string }[];
  /** Where the next batch starts; absent once the walk is complete. */
  resumeToken?: string | undefined;
}

interface Position {
  kind: EntityKind;
  key?: StartKey;
}

const encode = (position: Position): string => Buffer.from(JSON.stringify(position)).toString('base64url');
const decode = (token: string): Position => JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Position;

/** Judges one entity; the same judge sees organizations and collaborations (`kind` tells which). */
export type Judge = (kind: EntityKind, value: Versioned, repository: VersionedRepository<Versioned>) => Verdict<Versioned>;

/** Walks every entity from the resume point, judging and (unless a dry run) rewriting each. */
export async function runMaintenance(store: Store, judge: Judge, options: MaintenanceOptions): Promise<MaintenanceReport> {
  const report: MaintenanceReport = { examined: 0, needing: 0, rewritten: 0, skippedConcurrent: 0, unfixable: [] };
  let position: Position | undefined = options.resumeFrom ? decode(options.resumeFrom) : { kind: ENTITY_KINDS[0] };
  while (position) {
    position = await runBatch(store[position.kind], position, judge, options, report);
    report.resumeToken = position ? encode(position) : undefined;
    options.onBatch?.({ ...report });
  }
  return report;
}

/** One batch; returns the position after it (the next kind's start at a kind's end, undefined when done). */
async function runBatch(
  repository: VersionedRepository<Versioned>,
  at: Position,
  judge: Judge,
  options: MaintenanceOptions,
  report: MaintenanceReport,
): Promise<Position | undefined> {
  const page = await repository.pageOfAll(Math.min(options.batchSize, 100), at.key);
  for (const value of page.values) {
    report.examined++;
    const verdict = judge(at.kind, value, repository);
    if (verdict.action === 'unfixable') report.unfixable.push({ id: value.id, reason: verdict.reason });
    if (verdict.action !== 'rewrite') continue;
    report.needing++;
    if (!options.apply) continue;
    if (await repository.rewrite(value, verdict.next, options.now)) report.rewritten++;
    else report.skippedConcurrent++;
  }
  if (page.next) return { kind: at.kind, key: page.next };
  const following = ENTITY_KINDS[ENTITY_KINDS.indexOf(at.kind) + 1];
  return following ? { kind: following } : undefined;
}
