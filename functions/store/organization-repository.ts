/**
 * Organization profiles in the table: a VersionedRepository over the profile,
 * its listing items and its industry-chain index items (see
 * items/organization-items.ts and items/organization-index-items.ts).
 */
import type { ChainCatalog } from '../core/industry-chain/chain-catalog.js';
import type { Organization } from '../core/organization.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { IdempotencyRequest } from './items/idempotency-items.js';
import { keyOf, organizationKey, organizationListPartition, REVIEW_QUEUE_PARTITION } from './items/keys.js';
import { organizationIndexItems } from './items/organization-index-items.js';
import {
  allOrganizationItems,
  ORGANIZATION_ITEM,
  ORGANIZATION_LISTING_ITEM,
  organizationListingItems,
  organizationProfileItem,
} from './items/organization-items.js';
import { REVIEW_QUEUE_ITEM, reviewQueueItems } from './items/review-queue-items.js';
import { emptyFilter } from './listing-query.js';
import type { TransactItem } from './transaction-plan.js';
import { planOrganizationListing, type OrganizationListFilter } from './organization-listing.js';
import { VersionedRepository, type EntityItems, type Page } from './versioned-repository.js';

/** How an organization maps to items; none of them depends on the time. */
function organizationItems(catalog: ChainCatalog): EntityItems<Organization> {
  return {
    label: 'Organization',
    main: { entity: ORGANIZATION_ITEM.entity, key: organizationKey, item: organizationProfileItem, parse: ORGANIZATION_ITEM.parse },
    allPartition: organizationListPartition('ALL'),
    // Lists read listing items; the verification queue reads queue entries.
    listedId: (item) =>
      (item.entity === REVIEW_QUEUE_ITEM.entity ? REVIEW_QUEUE_ITEM.parse(item) : ORGANIZATION_LISTING_ITEM.parse(item)).organizationId,
    otherItems: (org) => [...organizationListingItems(org, catalog), ...organizationIndexItems(org), ...reviewQueueItems(org)],
    ownedKeys: (org) => [...allOrganizationItems(org, catalog), ...organizationIndexItems(org), ...reviewQueueItems(org)].map(keyOf),
  };
}

export class OrganizationRepository extends VersionedRepository<Organization> {
  constructor(gateway: DynamoGateway, catalog: ChainCatalog, cursors: CursorCodec, modelVersion: string) {
    super(gateway, organizationItems(catalog), cursors, modelVersion);
  }

  /**
   * Writes a new profile with its listing and index items. With an idempotency
   * request, a retry returns the organization the first call created.
   * `alongside`: writes of the same transaction (the registrant's membership).
   */
  create(org: Organization, idempotency?: IdempotencyRequest, alongside: readonly TransactItem[] = []): Promise<Organization> {
    return this.createAt(org, idempotency, new Date(org.createdAt), [], alongside);
  }

  /** Replaces `before` with `after`, if the stored version is still `before.version`; else CONFLICT. */
  replace(before: Organization, after: Organization): Promise<Organization> {
    return this.replaceAt(before, after, new Date(after.updatedAt));
  }

  /** Loads profiles as they are, with exactly the items create() writes (data-set loading only). */
  importMany(orgs: readonly Organization[]): Promise<void> {
    return this.importAt(orgs, new Date(0));
  }

  /** One page of organizations in id order. */
  list(filter: OrganizationListFilter, first: number, after?: string | null): Promise<Page<Organization>> {
    return this.listPage(planOrganizationListing(filter), first, after, true);
  }

  /** One page of the verification queue: UNVERIFIED organizations, oldest first. */
  reviewQueue(first: number, after?: string | null): Promise<Page<Organization>> {
    return this.listPage({ partition: REVIEW_QUEUE_PARTITION, filter: emptyFilter() }, first, after, true);
  }
}
