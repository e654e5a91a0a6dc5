/**
 * Organization profiles in the table: reads by id (GetItem, BatchGetItem),
 * filtered pages (gsi1 listing partitions), and all-or-nothing writes that
 * replace the profile, its listing items and its industry-chain index items in
 * one TransactWriteItems, conditional on the version the caller read.
 */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { ChainCatalog } from '../core/chain-catalog.js';
import { ConflictError } from '../core/errors.js';
import type { Organization } from '../core/organization.js';
import { batchGetItems } from './batch-get.js';
import { batchWriteItems, staleKeys } from './batch-write.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { idempotencyItem, putIdempotencyRecord, type IdempotencyRequest } from './idempotency-records.js';
import { replayedResultId } from './idempotent-replay.js';
import { keyString, organizationKey } from './item-keys.js';
import { queryListing } from './listing-query.js';
import { organizationIndexItems } from './organization-index-items.js';
import { allOrganizationItems, organizationFromItem, organizationListingItems, organizationProfileItem } from './organization-items.js';
import { planOrganizationListing, type OrganizationListFilter } from './organization-listing.js';
import { NOT_EXISTS, replaceItemsTransaction, versionIs, type ReplacePlan } from './transaction-plan.js';
import { transactWrite } from './transact-write.js';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
}

export class OrganizationRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly catalog: ChainCatalog,
    private readonly cursors: CursorCodec,
  ) {}

  /** A strongly consistent read of one profile (mutations read what they will condition on). */
  async get(id: string): Promise<Organization | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: organizationKey(id), ConsistentRead: true }),
    );
    return output.Item ? organizationFromItem(output.Item) : null;
  }

  /** Profiles by id in the order asked (null where absent), ≤100 keys per BatchGetItem. */
  async getMany(ids: readonly string[]): Promise<(Organization | null)[]> {
    const found = await batchGetItems(this.gateway, ids.map(organizationKey));
    return ids.map((id) => {
      const item = found.get(keyString(organizationKey(id)));
      return item ? organizationFromItem(item) : null;
    });
  }

  /**
   * Writes a new profile with its listing and index items. With an idempotency
   * request, a retry returns the organization the first call created.
   */
  async create(org: Organization, idempotency?: IdempotencyRequest): Promise<Organization> {
    const leading = idempotency ? [putIdempotencyRecord(this.gateway.tableName, idempotencyItem(idempotency, org.id, new Date(org.createdAt)))] : [];
    const outcome = await transactWrite(this.gateway, replaceItemsTransaction(this.plan(org, NOT_EXISTS, null, leading)));
    if (outcome.ok) return org;
    if (idempotency && outcome.failedConditions.includes(0)) {
      const firstId = await replayedResultId(this.gateway, idempotency);
      const first = await this.get(firstId);
      if (first) return first;
    }
    throw new ConflictError(`Organization ${org.id} could not be created; retry`, { id: org.id });
  }

  /** Replaces `before` with `after`, if the stored version is still `before.version`; else CONFLICT. */
  async replace(before: Organization, after: Organization): Promise<Organization> {
    const outcome = await transactWrite(this.gateway, replaceItemsTransaction(this.plan(after, versionIs(before.version), before)));
    if (!outcome.ok) throw staleVersion(before);
    return after;
  }

  /**
   * Loads profiles as they are, with exactly the items create() writes, in
   * batches (data-set loading only: no conditions, no idempotency).
   */
  async importMany(orgs: readonly Organization[]): Promise<void> {
    const itemsOf = (org: Organization) => [...allOrganizationItems(org, this.catalog), ...organizationIndexItems(org)];
    const existing = (await this.getMany(orgs.map((org) => org.id))).flatMap((org) => (org ? itemsOf(org) : []));
    const items = orgs.flatMap(itemsOf);
    await batchWriteItems(this.gateway, items, staleKeys(existing, items));
  }

  async list(filter: OrganizationListFilter, first: number, after?: string | null): Promise<Page<Organization>> {
    const plan = planOrganizationListing(filter);
    const page = await queryListing(this.gateway, this.cursors, { ...plan, first, after, ascending: true });
    const orgs = await this.getMany(page.entries.map((entry) => String(entry.item.organizationId)));
    const edges = page.entries.flatMap((entry, i) => {
      const node = orgs[i];
      return node ? [{ cursor: entry.cursor, node }] : [];
    });
    return { edges, hasNextPage: page.hasNextPage };
  }

  private plan(after: Organization, condition: ReplacePlan['condition'], before: Organization | null, leading: ReplacePlan['leading'] = []): ReplacePlan {
    return {
      tableName: this.gateway.tableName,
      main: organizationProfileItem(after),
      condition,
      after: [...organizationListingItems(after, this.catalog), ...organizationIndexItems(after)],
      before: before ? [...allOrganizationItems(before, this.catalog), ...organizationIndexItems(before)] : [],
      leading,
    };
  }
}

/** The conditional write failed: someone wrote a newer version after `before` was read. */
export function staleVersion(before: { id: string; version: number }): ConflictError {
  return new ConflictError(`${before.id} was changed since version ${before.version} was read; read it again and retry`, {
    id: before.id,
    expectedVersion: before.version,
  });
}
