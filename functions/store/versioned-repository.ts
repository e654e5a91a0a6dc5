/**
 * The one repository of versioned entities (organizations, collaborations):
 * reads by id (GetItem, BatchGetItem), filtered pages of a gsi1 listing, and
 * all-or-nothing writes replacing the main item, its listing items and its
 * index items in one TransactWriteItems, conditional on "not there yet"
 * (idempotent create) or on the version the caller read (replace). What
 * differs per entity is only how it maps to items: an EntityItems.
 */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../core/errors.js';
import { batchGetItems } from './batch-get.js';
import { batchWriteItems, staleKeys } from './batch-write.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { IdempotencyRequest } from './items/idempotency-items.js';
import { keyOf, keyString, type Item, type ItemKey } from './items/keys.js';
import { queryIndexPage } from './index-page.js';
import type { StartKey } from './paged-query.js';
import { putIdempotencyRecord, replayedResultId } from './idempotent-replay.js';
import { queryListing, type ListingPlan } from './listing-query.js';
import { replaceItemsTransaction, type ReplacePlan, type TransactItem } from './transaction-plan.js';
import { transactWrite } from './transact-write.js';
import { distinctKeys, matchesWritten, stampedItems, writtenItemsOf, type WrittenItems } from './items/written-keys.js';
import { NOT_EXISTS, versionIs, type WriteCondition } from './write-conditions.js';
import { conditionCheck, throwIfGuardFailed, type WriteGuard } from './write-guards.js';

/** A page of a Relay connection. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
  /** Where the next page starts when the listing stopped at its read bound past the last edge (listing-query.ts). */
  endCursor?: string;
}

/** An entity with optimistic concurrency. */
export interface Versioned {
  id: string;
  version: number;
}

/** How one kind of versioned entity maps to the table's items. */
export interface EntityItems<T extends Versioned> {
  /** The entity's name in error messages. */
  label: string;
  /** The main item: its entity tag, its key, its builder and its parser. */
  main: { entity: string; key(id: string): ItemKey; item(value: T): Item; parse(item: Record<string, unknown>): T };
  /** The gsi1 partition listing every entity of the kind (maintenance scripts walk it). */
  allPartition: string;
  /** Parses a listing item down to the id of the entity it lists. */
  listedId(item: Record<string, unknown>): string;
  /** The listing and index items the entity has in this state (some depend on the time: expiry). */
  otherItems(value: T, now: Date): Item[];
  /** Keys of every item the entity may have in this state, the main item's included. */
  ownedKeys(value: T): ItemKey[];
}

/** The conditional write failed: someone wrote a newer version after `before` was read. */
export function staleVersion(before: Versioned): ConflictError {
  return new ConflictError(`${before.id} was changed since version ${before.version} was read; read it again and retry`, {
    id: before.id,
    expectedVersion: before.version,
  });
}

/** Reads, pages and conditional writes of one kind of versioned entity; subclasses fix the signatures callers use. */
export class VersionedRepository<T extends Versioned> {
  /**
   * What the main item of each value read recorded about its other items
   * (written-keys.ts), kept beside the domain value so that replacing it
   * deletes exactly the keys that exist, whatever today's model says.
   */
  private readonly written = new WeakMap<T, WrittenItems>();

  constructor(
    protected readonly gateway: DynamoGateway,
    protected readonly items: EntityItems<T>,
    private readonly cursors: CursorCodec,
    /** The industry-chain model version listing and index items are built with. */
    readonly modelVersion: string,
  ) {}

  /** A strongly consistent read (mutations read what they will condition on). */
  async get(id: string): Promise<T | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: this.items.main.key(id), ConsistentRead: true }),
    );
    return output.Item ? this.parse(output.Item) : null;
  }

  /** Entities by id in the order asked (null where absent), ≤100 keys per BatchGetItem. */
  async getMany(ids: readonly string[]): Promise<(T | null)[]> {
    const found = await batchGetItems(
      this.gateway,
      ids.map((id) => this.items.main.key(id)),
    );
    return ids.map((id) => {
      const item = found.get(keyString(this.items.main.key(id)));
      return item ? this.parse(item) : null;
    });
  }

  /** What the stored main item of `value` recorded about its other items (empty when `value` was not read here). */
  protected writtenFor(value: T): WrittenItems {
    return this.written.get(value) ?? {};
  }

  private parse(item: Record<string, unknown>): T {
    const value = this.items.main.parse(item);
    this.written.set(value, writtenItemsOf(this.items.main.entity, item));
    return value;
  }

  /**
   * Writes a new entity with its items; with an idempotency request a retry returns the first result.
   * A failed guard is GuardFailedError, and nothing is written. `alongside` joins the same transaction after
   * the idempotency record (a condition failing there is CONFLICT).
   */
  protected async createAt(
    value: T,
    idempotency: IdempotencyRequest | undefined,
    now: Date,
    guards: readonly WriteGuard[] = [],
    alongside: readonly TransactItem[] = [],
  ): Promise<T> {
    const leading = [...(idempotency ? [putIdempotencyRecord(this.gateway.tableName, idempotency, value.id, now)] : []), ...alongside];
    const trailing = guards.map((guard) => conditionCheck(this.gateway.tableName, guard));
    const transaction = replaceItemsTransaction({ ...this.plan(value, NOT_EXISTS, null, now, leading), trailing });
    const outcome = await transactWrite(this.gateway, transaction);
    if (outcome.ok) return value;
    throwIfGuardFailed(outcome.failedConditions, transaction.length, guards);
    // The idempotency record is the transaction's first item: its condition failing means a replay.
    if (idempotency && outcome.failedConditions.includes(0)) {
      const first = await this.get(await replayedResultId(this.gateway, idempotency, now));
      if (first) return first;
    }
    throw new ConflictError(`${this.items.label} ${value.id} could not be created; retry`, { id: value.id });
  }

  /** Replaces `before` with `after` if the stored version is still `before.version`; else CONFLICT. */
  protected async replaceAt(before: T, after: T, now: Date): Promise<T> {
    const outcome = await transactWrite(this.gateway, replaceItemsTransaction(this.plan(after, versionIs(before.version), before, now)));
    if (!outcome.ok) throw staleVersion(before);
    return after;
  }

  /** One page of every entity of the kind, in gsi1 order of the ALL listing (maintenance scripts); `next` resumes. */
  async pageOfAll(limit: number, from?: StartKey): Promise<{ values: T[]; next?: StartKey }> {
    const page = await queryIndexPage(this.gateway, this.items.allPartition, limit, from);
    const values = (await this.getMany(page.items.map((item) => this.items.listedId(item)))).flatMap((value) => (value ? [value] : []));
    return { values, ...(page.next ? { next: page.next } : {}) };
  }

  /** Whether the stored items of `value` (read here) are exactly what today's model derives at `now`, built with its version. */
  isIndexedCurrently(value: T, now: Date): boolean {
    return matchesWritten(this.writtenFor(value), this.items.otherItems(value, now).map(keyOf), this.modelVersion);
  }

  /**
   * Rewrites `value` (read here) as `next`, same version and the same content up to format, with exactly the
   * items today's model derives at `now`; false when someone changed it since it was read (nothing written).
   */
  async rewrite(value: T, next: T, now: Date): Promise<boolean> {
    return (await transactWrite(this.gateway, replaceItemsTransaction(this.plan(next, versionIs(value.version), value, now)))).ok;
  }

  /** Loads entities as they are, with exactly the items a create writes, in batches (data-set loading only). */
  protected async importAt(values: readonly T[], now: Date): Promise<void> {
    const existing = (await this.getMany(values.map((value) => value.id))).flatMap((value) => (value ? this.keysBefore(value) : []));
    const items = values.flatMap((value) => {
      const stamped = stampedItems(this.items.main.item(value), this.items.otherItems(value, now), this.modelVersion);
      return [stamped.main, ...stamped.others];
    });
    await batchWriteItems(this.gateway, items, staleKeys(existing, items));
  }

  /** One page of a listing: the listing items' Query, then the page's entities in one BatchGetItem. */
  protected async listPage(plan: ListingPlan, first: number, after: string | null | undefined, ascending: boolean): Promise<Page<T>> {
    const page = await queryListing(this.gateway, this.cursors, { ...plan, first, after, ascending });
    const nodes = await this.getMany(page.entries.map((entry) => this.items.listedId(entry.item)));
    const edges = page.entries.flatMap((entry, i) => {
      const node = nodes[i];
      return node ? [{ cursor: entry.cursor, node }] : [];
    });
    return { edges, hasNextPage: page.hasNextPage, ...(page.endCursor ? { endCursor: page.endCursor } : {}) };
  }

  /** The write replacing `before` (null: creating) with `after` and exactly its items at `now`. */
  protected plan(after: T, condition: WriteCondition, before: T | null, now: Date, leading: ReplacePlan['leading'] = []): ReplacePlan {
    const stamped = stampedItems(this.items.main.item(after), this.items.otherItems(after, now), this.modelVersion);
    return {
      tableName: this.gateway.tableName,
      main: stamped.main,
      condition,
      after: stamped.others,
      before: before ? this.keysBefore(before) : [],
      leading,
    };
  }

  /**
   * Every key `before` may own: what its main item recorded (the truth, even
   * after a model change) and what today's model derives (items written
   * before keys were recorded). Deleting a missing key costs nothing.
   */
  private keysBefore(before: T): ItemKey[] {
    return distinctKeys([...this.items.ownedKeys(before), ...(this.writtenFor(before).writtenKeys ?? [])]);
  }
}
