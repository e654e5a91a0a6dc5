/**
 * The store: every repository over one table, sharing one gateway. The GraphQL
 * layer receives a Store and never sees the DynamoDB client.
 */
import { AlertRepository } from './alert-repository.js';
import { DigestRepository } from './digest-repository.js';
import { createDocumentClient, createDynamoClient, type DynamoConnection } from './dynamo-client.js';
import { DynamoGateway, type CommandSender, type RetryPolicy } from './dynamo-gateway.js';
import { SystemRepository } from './system-repository.js';
import { RateLimitRepository } from './rate-limit-repository.js';
import { StatisticsRepository } from './statistics-repository.js';
import { MatchRepository } from './match-repository.js';
import { OrganizationRepository } from './organization-repository.js';
import { CollaborationRepository } from './collaboration-repository.js';
import { MatchIndexRepository } from './match-index-repository.js';
import { NotificationRepository } from './notification-repository.js';
import { openCollaborationsExpiringIn, type ExpiringCollaboration } from './collaboration-expiry-query.js';
import { CursorCodec } from './cursor-codec.js';
import { InvitationRepository } from './invitation-repository.js';
import { MembershipRepository } from './membership-repository.js';
import { EventRepository } from './event-repository.js';
import { WebhookRepository } from './webhook-repository.js';
import type { ChainCatalog } from '../core/industry-chain/chain-catalog.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { DEVELOPMENT_CURSOR_SECRET, loadRuntimeConfig, type RuntimeConfig } from '../config.js';

export interface Store {
  gateway: DynamoGateway;
  system: SystemRepository;
  rateLimits: RateLimitRepository;
  /** Facts for the administrators' zone statistics. */
  statistics: StatisticsRepository;
  matches: MatchRepository;
  organizations: OrganizationRepository;
  collaborations: CollaborationRepository;
  /** Candidate reads for matching: industry-chain index items and match profiles. */
  matchIndex: MatchIndexRepository;
  /** Memberships, invitations as their invitees read them, and join requests. */
  memberships: MembershipRepository;
  /** Invitations as their organizations send, list and revoke them. */
  invitations: InvitationRepository;
  /** Matchmaking events: definitions, participations, meeting requests and their bookings. */
  events: EventRepository;
  /** In-app notifications, written by the stream worker. */
  notifications: NotificationRepository;
  /** Saved alerts and their announcement markers. */
  alerts: AlertRepository;
  /** Digest queues and markers. */
  digests: DigestRepository;
  /** Partner webhooks and their delivery markers. */
  webhooks: WebhookRepository;
  /** Stored-OPEN collaborations expiring in (from, to]: the daily expiry check's read. */
  collaborationExpiry: (from: Date, to: Date) => Promise<ExpiringCollaboration[]>;
}

/** What repositories need beyond the gateway. */
export interface RepositoryOptions {
  /**
   * HMAC key of pagination cursors. Entry points pass `loadRuntimeConfig().cursorSecret`
   * (required in production); tests and scripts may rely on the development secret.
   */
  cursorSecret?: string;
  /** The industry-chain model's view for listing/index items; the zone model by default. */
  catalog?: ChainCatalog;
  /** The version of the model `catalog` views, recorded on every listing and index item; the zone model's by default. */
  modelVersion?: string;
}

export interface StoreOptions extends RepositoryOptions {
  tableName: string;
  connection: DynamoConnection;
  /** Wraps the raw client (fault-injection tests use it). */
  wrapClient?: (client: CommandSender) => CommandSender;
  retryPolicy?: RetryPolicy;
}

export function createStoreOnGateway(gateway: DynamoGateway, options: RepositoryOptions = {}): Store {
  const cursors = new CursorCodec(options.cursorSecret ?? DEVELOPMENT_CURSOR_SECRET);
  const catalog = options.catalog ?? zoneIndustryChainModel.chainCatalog;
  const modelVersion = options.modelVersion ?? zoneIndustryChainModel.version;
  const organizations = new OrganizationRepository(gateway, catalog, cursors, modelVersion);
  return {
    gateway,
    system: new SystemRepository(gateway),
    rateLimits: new RateLimitRepository(gateway),
    statistics: new StatisticsRepository(gateway),
    matches: new MatchRepository(gateway, cursors),
    organizations,
    collaborations: new CollaborationRepository(gateway, catalog, cursors, modelVersion),
    matchIndex: new MatchIndexRepository(gateway, organizations),
    memberships: new MembershipRepository(gateway),
    invitations: new InvitationRepository(gateway, cursors),
    events: new EventRepository(gateway, cursors),
    notifications: new NotificationRepository(gateway, cursors),
    alerts: new AlertRepository(gateway),
    digests: new DigestRepository(gateway),
    webhooks: new WebhookRepository(gateway),
    collaborationExpiry: (from, to) => openCollaborationsExpiringIn(gateway, from, to),
  };
}

export function createStore(options: StoreOptions): Store {
  const documentClient: CommandSender = createDocumentClient(createDynamoClient(options.connection));
  const client = options.wrapClient ? options.wrapClient(documentClient) : documentClient;
  return createStoreOnGateway(new DynamoGateway(client, options.tableName, options.retryPolicy), options);
}

/**
 * The store of an entry point (a Lambda handler, a script run like one): the table, region, DynamoDB
 * endpoint and cursor secret of the runtime configuration. Called at module load, so a missing TABLE_NAME
 * (or CURSOR_SECRET in production) fails the cold start with a ConfigurationError, not the first request.
 * `connection` overrides parts of the connection (scripts pointed at npm start's DynamoDB Local pass its credentials).
 */
export function storeFromRuntimeConfig(config: RuntimeConfig = loadRuntimeConfig(), connection: Partial<DynamoConnection> = {}): Store {
  return createStore({
    tableName: config.tableName,
    connection: { region: config.region, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}), ...connection },
    cursorSecret: config.cursorSecret,
  });
}
