/**
 * Match records in DynamoDB. Every write is conditional: creation on "no
 * record for this identity yet", transitions on "still the version I read",
 * so concurrent callers cannot both win. The transition to MUTUAL also writes
 * the pair's MUTUAL marker in the same transaction.
 */
import { GetCommand, PutCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { BadUserInputError, ConflictError } from '../core/errors.js';
import { parseMatchId, type MatchIdentity } from '../core/match/match-identity.js';
import type { MatchDirection, MatchRecord, MatchStatus } from '../core/match/match-record.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { declinedPartnersOf, listOrganizationMatches } from './match-listing.js';
import { matchFromItem, matchItem, MUTUAL_PAIR_ITEM, mutualPairItem, mutualPairKey } from './items/match-items.js';
import { keyString, organizationMatchPartition } from './items/keys.js';
import { createMatchParams, getMatchParams, replaceMatchParams } from './match-requests.js';
import { transactWrite } from './transact-write.js';
import { batchGetItems } from './batch-get.js';
import { batchWriteItems } from './batch-write.js';
import { conditionalPut } from './transaction-plan.js';
import { conditionHeld, versionIs } from './write-conditions.js';

export interface MatchListRequest {
  organizationId: string;
  direction: MatchDirection;
  status?: MatchStatus | null;
  first: number;
  after?: string | null;
}

export interface MatchPage {
  edges: { cursor: string; node: MatchRecord }[];
  hasNextPage: boolean;
  /** Where the next page starts; past the last edge when a status filter skipped items. */
  endCursor: string | null;
}

/** A match to load as a data set: the record, and for a mutual one the record as it was when it turned MUTUAL (the pair's marker is built from it). */
export interface MatchImport {
  record: MatchRecord;
  becameMutual?: MatchRecord;
}

/** A cursor is only valid for the list (organization, direction, status) it was issued for. */
const listPartition = (request: MatchListRequest): string =>
  `${organizationMatchPartition(request.organizationId)}#${request.direction}#${request.status ?? 'ANY'}`;

export class MatchRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly cursors: CursorCodec,
  ) {}

  /** The match with this id (strongly consistent), or null for an unknown or malformed id. */
  async get(matchId: string): Promise<MatchRecord | null> {
    const identity = parseMatchId(matchId);
    return identity ? this.getByIdentity(identity) : null;
  }

  async getByIdentity(identity: MatchIdentity): Promise<MatchRecord | null> {
    const output = await this.gateway.send<GetCommandOutput>(new GetCommand(getMatchParams(this.gateway.tableName, identity)));
    return output.Item ? matchFromItem(output.Item) : null;
  }

  /** Writes a new record; false when a record for the same identity already exists (nothing written). */
  create(record: MatchRecord): Promise<boolean> {
    return conditionHeld(this.gateway.send(new PutCommand(createMatchParams(this.gateway.tableName, record))));
  }

  /**
   * Writes the result of a transition computed from `previous`. Throws
   * ConflictError when the record changed in between (another caller won).
   */
  async replace(previous: MatchRecord, next: MatchRecord): Promise<void> {
    if (next.status === 'MUTUAL' && previous.status !== 'MUTUAL') {
      const outcome = await transactWrite(this.gateway, [
        conditionalPut(this.gateway.tableName, matchItem(next), versionIs(previous.version)),
        { Put: { TableName: this.gateway.tableName, Item: mutualPairItem(next) } },
      ]);
      if (!outcome.ok) throw concurrentChange(previous);
      return;
    }
    const written = await conditionHeld(this.gateway.send(new PutCommand(replaceMatchParams(this.gateway.tableName, next, previous.version))));
    if (!written && !(await this.holds(next))) throw concurrentChange(previous);
  }

  /**
   * Whether the table already holds exactly `next`: after a retried write
   * whose first attempt DynamoDB applied but whose response was lost, the
   * retry fails its own version condition although the change is in.
   */
  private async holds(next: MatchRecord): Promise<boolean> {
    const stored = await this.get(next.id);
    return !!stored && stored.version === next.version && stored.updatedAt === next.updatedAt && stored.status === next.status;
  }

  /**
   * Loads a data set of matches (demo data only; never a request path): the
   * same items the workflow writes, unconditionally, with batch writes.
   */
  async importMany(matches: readonly MatchImport[]): Promise<void> {
    const items = matches.flatMap(({ record, becameMutual }) => [matchItem(record), ...(becameMutual ? [mutualPairItem(becameMutual)] : [])]);
    await batchWriteItems(this.gateway, items);
  }

  private positionIn(cursor: string, partition: string): string {
    const position = this.cursors.decode(cursor, partition).key.position;
    if (!position) throw new BadUserInputError('is not a valid cursor for this list', 'after');
    return position;
  }

  /**
   * For each pair (either order), whether it has a MUTUAL match (about anything): a read of each pair's
   * MUTUAL marker, batched into BatchGetItem (the mutualMatch loader collects a request's contact checks).
   */
  async haveMutualMatches(pairs: readonly (readonly [string, string])[]): Promise<boolean[]> {
    const keys = pairs.map(([a, b]) => mutualPairKey(a, b));
    const found = await batchGetItems(this.gateway, keys);
    return keys.map((key) => {
      const marker = found.get(keyString(key));
      return marker !== undefined && MUTUAL_PAIR_ITEM.parse(marker).firstMatchId !== '';
    });
  }

  /** One page of an organization's matches, newest first. A forged or foreign cursor is BAD_USER_INPUT. */
  async list(request: MatchListRequest): Promise<MatchPage> {
    const partition = listPartition(request);
    const after = request.after ? this.positionIn(request.after, partition) : undefined;
    const page = await listOrganizationMatches(this.gateway, {
      organizationId: request.organizationId,
      direction: request.direction,
      ...(request.status ? { status: request.status } : {}),
      limit: request.first,
      ...(after ? { after } : {}),
    });
    const cursorAt = (position: string) => this.cursors.encode({ partition, key: { position } });
    return {
      edges: page.entries.map(({ record, position }) => ({ cursor: cursorAt(position), node: record })),
      hasNextPage: page.hasNextPage,
      endCursor: page.endPosition ? cursorAt(page.endPosition) : null,
    };
  }

  /** Organizations with which `organizationId` has a DECLINED match (either side declined), for partner search. */
  declinedPartnersOf(organizationId: string): Promise<Set<string>> {
    return declinedPartnersOf(this.gateway, organizationId);
  }
}

function concurrentChange(previous: MatchRecord): ConflictError {
  return new ConflictError('The match was changed by another request; reload it and try again', { version: previous.version });
}
