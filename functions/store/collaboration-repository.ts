/**
 * Collaborations in the table: a VersionedRepository over the collaboration,
 * its listing items and its open-collaboration index items (see
 * items/collaboration-items.ts and items/collaboration-index-items.ts). The
 * index items depend on the time: an expired collaboration has none.
 */
import type { ChainCatalog } from '../core/industry-chain/chain-catalog.js';
import type { Collaboration } from '../core/collaboration.js';
import { planCollaborationListing, type CollaborationListFilter } from './collaboration-listing.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { collaborationIndexItems, collaborationIndexKeys } from './items/collaboration-index-items.js';
import {
  allCollaborationItems,
  COLLABORATION_ITEM,
  COLLABORATION_LISTING_ITEM,
  collaborationItem,
  collaborationListingItems,
} from './items/collaboration-items.js';
import type { IdempotencyRequest } from './items/idempotency-items.js';
import { collaborationKey, collaborationListPartition, keyOf } from './items/keys.js';
import { VersionedRepository, type EntityItems, type Page } from './versioned-repository.js';
import type { WriteGuard } from './write-guards.js';

function collaborationItems(catalog: ChainCatalog): EntityItems<Collaboration> {
  return {
    label: 'Collaboration',
    main: { entity: COLLABORATION_ITEM.entity, key: collaborationKey, item: collaborationItem, parse: COLLABORATION_ITEM.parse },
    allPartition: collaborationListPartition('ALL'),
    listedId: (item) => COLLABORATION_LISTING_ITEM.parse(item).collaborationId,
    otherItems: (value, now) => [...collaborationListingItems(value, catalog), ...collaborationIndexItems(value, now)],
    // Every segment may hold an index item (open or not): none may survive a close.
    ownedKeys: (value) => [...allCollaborationItems(value, catalog).map(keyOf), ...collaborationIndexKeys(value)],
  };
}

export class CollaborationRepository extends VersionedRepository<Collaboration> {
  constructor(gateway: DynamoGateway, catalog: ChainCatalog, cursors: CursorCodec, modelVersion: string) {
    super(gateway, collaborationItems(catalog), cursors, modelVersion);
  }

  /**
   * Publishes a collaboration; with an idempotency request a retry returns the first one.
   * @param guards conditions on other items checked in the same transaction (e.g. the owner is not suspended)
   */
  create(
    value: Collaboration,
    idempotency: IdempotencyRequest | undefined,
    now: Date,
    guards: readonly WriteGuard[] = [],
  ): Promise<Collaboration> {
    return this.createAt(value, idempotency, now, guards);
  }

  /** Replaces `before` with `after` if the stored version is still `before.version`; else CONFLICT. */
  replace(before: Collaboration, after: Collaboration, now: Date): Promise<Collaboration> {
    return this.replaceAt(before, after, now);
  }

  /** Loads collaborations as they are, with exactly the items create() writes (data-set loading only). */
  importMany(values: readonly Collaboration[], now: Date): Promise<void> {
    return this.importAt(values, now);
  }

  /** One page of collaborations, newest first. */
  list(filter: CollaborationListFilter, first: number, after: string | null | undefined, now: Date): Promise<Page<Collaboration>> {
    return this.listPage(planCollaborationListing(filter, now), first, after, false);
  }
}
