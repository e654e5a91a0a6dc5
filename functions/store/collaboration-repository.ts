/**
 * Collaboration postings in the table: reads by id, filtered pages, and
 * all-or-nothing writes replacing the posting, its listing items and its
 * open-posting index items in one TransactWriteItems, conditional on the
 * version the caller read.
 */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { ChainCatalog } from '../core/chain-catalog.js';
import type { Collaboration } from '../core/collaboration.js';
import { ConflictError } from '../core/errors.js';
import { batchGetItems } from './batch-get.js';
import { batchWriteItems, staleKeys } from './batch-write.js';
import { collaborationIndexItems, collaborationIndexKeys } from './collaboration-index-items.js';
import { allCollaborationItems, collaborationFromItem, collaborationItem, collaborationListingItems } from './collaboration-items.js';
import { planCollaborationListing, type CollaborationListFilter } from './collaboration-listing.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { idempotencyItem, putIdempotencyRecord, type IdempotencyRequest } from './idempotency-records.js';
import { replayedResultId } from './idempotent-replay.js';
import { collaborationKey, keyString } from './item-keys.js';
import { queryListing } from './listing-query.js';
import { staleVersion, type Page } from './organization-repository.js';
import { NOT_EXISTS, replaceItemsTransaction, versionIs, type ReplacePlan } from './transaction-plan.js';
import { transactWrite } from './transact-write.js';

export class CollaborationRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly catalog: ChainCatalog,
    private readonly cursors: CursorCodec,
  ) {}

  async get(id: string): Promise<Collaboration | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: collaborationKey(id), ConsistentRead: true }),
    );
    return output.Item ? collaborationFromItem(output.Item) : null;
  }

  async getMany(ids: readonly string[]): Promise<(Collaboration | null)[]> {
    const found = await batchGetItems(this.gateway, ids.map(collaborationKey));
    return ids.map((id) => {
      const item = found.get(keyString(collaborationKey(id)));
      return item ? collaborationFromItem(item) : null;
    });
  }

  /** Publishes a posting; with an idempotency request a retry returns the first posting. */
  async create(posting: Collaboration, idempotency: IdempotencyRequest | undefined, now: Date): Promise<Collaboration> {
    const leading = idempotency ? [putIdempotencyRecord(this.gateway.tableName, idempotencyItem(idempotency, posting.id, now))] : [];
    const outcome = await transactWrite(this.gateway, replaceItemsTransaction(this.plan(posting, NOT_EXISTS, null, now, leading)));
    if (outcome.ok) return posting;
    if (idempotency && outcome.failedConditions.includes(0)) {
      const first = await this.get(await replayedResultId(this.gateway, idempotency));
      if (first) return first;
    }
    throw new ConflictError(`Posting ${posting.id} could not be created; retry`, { id: posting.id });
  }

  /** Replaces `before` with `after` if the stored version is still `before.version`; else CONFLICT. */
  async replace(before: Collaboration, after: Collaboration, now: Date): Promise<Collaboration> {
    const outcome = await transactWrite(this.gateway, replaceItemsTransaction(this.plan(after, versionIs(before.version), before, now)));
    if (!outcome.ok) throw staleVersion(before);
    return after;
  }

  /** Loads postings as they are, with exactly the items create() writes, in batches (data-set loading only). */
  async importMany(postings: readonly Collaboration[], now: Date): Promise<void> {
    const existing = (await this.getMany(postings.map((posting) => posting.id))).flatMap((posting) =>
      posting ? [...allCollaborationItems(posting, this.catalog), ...collaborationIndexKeys(posting)] : [],
    );
    const items = postings.flatMap((posting) => [...allCollaborationItems(posting, this.catalog), ...collaborationIndexItems(posting, now)]);
    await batchWriteItems(this.gateway, items, staleKeys(existing, items));
  }

  async list(filter: CollaborationListFilter, first: number, after: string | null | undefined, now: Date): Promise<Page<Collaboration>> {
    const plan = planCollaborationListing(filter, now);
    const page = await queryListing(this.gateway, this.cursors, { ...plan, first, after, ascending: false });
    const postings = await this.getMany(page.entries.map((entry) => String(entry.item.collaborationId)));
    const edges = page.entries.flatMap((entry, i) => {
      const node = postings[i];
      return node ? [{ cursor: entry.cursor, node }] : [];
    });
    return { edges, hasNextPage: page.hasNextPage };
  }

  private plan(after: Collaboration, condition: ReplacePlan['condition'], before: Collaboration | null, now: Date, leading: ReplacePlan['leading'] = []): ReplacePlan {
    return {
      tableName: this.gateway.tableName,
      main: collaborationItem(after),
      condition,
      after: [...collaborationListingItems(after, this.catalog), ...collaborationIndexItems(after, now)],
      // Every segment `before` had may hold an index item (open or not): none may survive a close.
      before: before ? [...allCollaborationItems(before, this.catalog), ...collaborationIndexKeys(before)] : [],
      leading,
    };
  }
}
