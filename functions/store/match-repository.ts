/**
 * Match records in DynamoDB. Every write is conditional: creation on "no
 * record for this identity yet", transitions on "still the version I read",
 * so concurrent callers cannot both win, and each write carries a write id
 * that tells "my write is stored" apart from "an equal-looking write won"
 * (write-identity.ts). The transition to MUTUAL also marks the pair MUTUAL in
 * the same transaction, keeping the pair's first mutual match.
 */
import { GetCommand, PutCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { BadUserInputError, ConflictError } from '../core/errors.js';
import { parseMatchId, type MatchIdentity } from '../core/match/match-identity.js';
import type { MatchDirection, MatchRecord, MatchStatus } from '../core/match/match-record.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { declinedMatchesOf, declinedPartnersOf, listOrganizationMatches } from './match-listing.js';
import { matchFromItem, matchItem, MUTUAL_PAIR_ITEM, mutualPairItem, mutualPairKey } from './items/match-items.js';
import { keyString, organizationMatchPartition } from './items/keys.js';
import { createMatchParams, getMatchParams, markMutualPair, replaceMatchParams } from './match-requests.js';
import { transactWrite } from './transact-write.js';
import { batchGetItems } from './batch-get.js';
import { batchWriteItems } from './batch-write.js';
import { conditionalPut, type TransactItem } from './transaction-plan.js';
import { conditionHeld, NOT_EXISTS, versionIs } from './write-conditions.js';
import { conditionCheck, throwIfGuardFailed, type WriteGuard } from './write-guards.js';
import { newWriteId, withWriteId, writtenBy } from './write-identity.js';

export interface MatchListRequest {
  organizationId: string;
  direction: MatchDirection;
  status?: MatchStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
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
    const item = await this.storedItem(identity);
    return item ? matchFromItem(item) : null;
  }

  /**
   * Writes a new record; false when a record for the same identity already exists (nothing written).
   * @param guards conditions on other items (write-guards.ts) checked in the same transaction; GuardFailedError when one fails
   */
  async create(record: MatchRecord, guards: readonly WriteGuard[] = []): Promise<boolean> {
    const writeId = newWriteId();
    if (guards.length > 0) {
      return this.guardedWrite(conditionalPut(this.gateway.tableName, withWriteId(matchItem(record), writeId), NOT_EXISTS), [], guards);
    }
    const written = await conditionHeld(this.gateway.send(new PutCommand(createMatchParams(this.gateway.tableName, record, writeId))));
    return written || (await this.holds(record, writeId));
  }

  /**
   * Writes the result of a transition computed from `previous`. Throws
   * ConflictError when the record changed in between (another caller won),
   * GuardFailedError when one of `guards` failed; nothing is written then.
   */
  async replace(previous: MatchRecord, next: MatchRecord, guards: readonly WriteGuard[] = []): Promise<void> {
    const writeId = newWriteId();
    const turnsMutual = next.status === 'MUTUAL' && previous.status !== 'MUTUAL';
    if (turnsMutual || guards.length > 0) {
      const put = conditionalPut(this.gateway.tableName, withWriteId(matchItem(next), writeId), versionIs(previous.version));
      const marker = turnsMutual ? [markMutualPair(this.gateway.tableName, next)] : [];
      if (!(await this.guardedWrite(put, marker, guards))) throw concurrentChange(previous);
      return;
    }
    const written = await conditionHeld(
      this.gateway.send(new PutCommand(replaceMatchParams(this.gateway.tableName, next, previous.version, writeId))),
    );
    if (!written && !(await this.holds(next, writeId))) throw concurrentChange(previous);
  }

  /**
   * One transaction: the match's conditional Put, other writes, then the guards.
   * False when the Put's own condition failed; a lost response is covered by
   * the transaction's ClientRequestToken, so no write-id read is needed.
   */
  private async guardedWrite(put: TransactItem, others: TransactItem[], guards: readonly WriteGuard[]): Promise<boolean> {
    const transaction = [put, ...others, ...guards.map((guard) => conditionCheck(this.gateway.tableName, guard))];
    const outcome = await transactWrite(this.gateway, transaction);
    if (outcome.ok) return true;
    throwIfGuardFailed(outcome.failedConditions, transaction.length, guards);
    return false;
  }

  /**
   * Whether the stored record is the one the write `writeId` put there: after
   * a retried write whose first attempt DynamoDB applied but whose response
   * was lost, the retry fails its own condition although the change is in.
   */
  private async holds(record: MatchRecord, writeId: string): Promise<boolean> {
    const identity = parseMatchId(record.id);
    return !!identity && writtenBy(await this.storedItem(identity), writeId);
  }

  private async storedItem(identity: MatchIdentity): Promise<Record<string, unknown> | undefined> {
    const output = await this.gateway.send<GetCommandOutput>(new GetCommand(getMatchParams(this.gateway.tableName, identity)));
    return output.Item;
  }

  /**
   * Loads a data set of matches (demo data only; never a request path): the
   * same items the workflow writes, unconditionally, with batch writes.
   */
  async importMany(matches: readonly MatchImport[]): Promise<void> {
    const items = matches.flatMap(({ record, becameMutual }) => [
      matchItem(record),
      ...(becameMutual ? [mutualPairItem(becameMutual)] : []),
    ]);
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

  /** `organizationId`'s DECLINED matches, either side, with reasons and frozen fits: partner search learns from them. */
  declinedMatchesOf(organizationId: string): Promise<MatchRecord[]> {
    return declinedMatchesOf(this.gateway, organizationId);
  }
}

function concurrentChange(previous: MatchRecord): ConflictError {
  return new ConflictError('The match was changed by another request; reload it and try again', { version: previous.version });
}
