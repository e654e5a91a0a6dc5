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
import { keyString, type Item, type ItemKey } from './items/keys.js';
import { putIdempotencyRecord, replayedResultId } from './idempotent-replay.js';
import { queryListing, type ListingPlan } from './listing-query.js';
import { replaceItemsTransaction, type ReplacePlan, type TransactItem } from './transaction-plan.js';
import { transactWrite } from './transact-write.js';
import { NOT_EXISTS, versionIs, type WriteCondition } from './write-conditions.js';

/** A page of a Relay connection. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
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
  /** The main item: its key, its builder and its parser. */
  main: { key(id: string): ItemKey; item(value: T): Item; parse(item: Record<string, unknown>): T };
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
  constructor(
    protected readonly gateway: DynamoGateway,
    private readonly items: EntityItems<T>,
    private readonly cursors: CursorCodec,
  ) {}

  /** A strongly consistent read (mutations read what they will condition on). */
  async get(id: string): Promise<T | null> {
    const output = await this.gateway.send<GetCommandOutput>(new GetCommand({ TableName: this.gateway.tableName, Key: this.items.main.key(id), ConsistentRead: true }));
    return output.Item ? this.items.main.parse(output.Item) : null;
  }

  /** Entities by id in the order asked (null where absent), ≤100 keys per BatchGetItem. */
  async getMany(ids: readonly string[]): Promise<(T | null)[]> {
    const found = await batchGetItems(this.gateway, ids.map((id) => this.items.main.key(id)));
    return ids.map((id) => {
      const item = found.get(keyString(this.items.main.key(id)));
      return item ? this.items.main.parse(item) : null;
    });
  }

  /**
   * Writes a new entity with its items; with an idempotency request a retry returns the first result.
   * `alongside` joins the same transaction after the idempotency record (a condition failing there is CONFLICT).
   */
  protected async createAt(value: T, idempotency: IdempotencyRequest | undefined, now: Date, alongside: TransactItem[] = []): Promise<T> {
    const leading = [...(idempotency ? [putIdempotencyRecord(this.gateway.tableName, idempotency, value.id, now)] : []), ...alongside];
    const outcome = await transactWrite(this.gateway, replaceItemsTransaction(this.plan(value, NOT_EXISTS, null, now, leading)));
    if (outcome.ok) return value;
    // The idempotency record is the transaction's first item: its condition failing means a replay.
    if (idempotency && outcome.failedConditions.includes(0)) {
      const first = await this.get(await replayedResultId(this.gateway, idempotency));
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

  /** Loads entities as they are, with exactly the items a create writes, in batches (data-set loading only). */
  protected async importAt(values: readonly T[], now: Date): Promise<void> {
    const existing = (await this.getMany(values.map((value) => value.id))).flatMap((value) => (value ? this.items.ownedKeys(value) : []));
    const items = values.flatMap((value) => [this.items.main.item(value), ...this.items.otherItems(value, now)]);
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
    return { edges, hasNextPage: page.hasNextPage };
  }

  private plan(after: T, condition: WriteCondition, before: T | null, now: Date, leading: ReplacePlan['leading'] = []): ReplacePlan {
    return {
      tableName: this.gateway.tableName,
      main: this.items.main.item(after),
      condition,
      after: this.items.otherItems(after, now),
      before: before ? this.items.ownedKeys(before) : [],
      leading,
    };
  }
}
