/**
 * Matchmaking events in the table (items in items/event-items.ts): the
 * definitions, participations and meeting requests, and the bookings that
 * place a meeting into a slot and a table. A booking is one transaction:
 * the meeting's new version (conditional on the version read) and three
 * reservations written only if absent (the table, and each participant, in
 * that slot), the old place's reservations released. So two schedulers, or a
 * scheduler and a participant booking by hand, can never double-book.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { MatchmakingEvent } from '../core/events/event-definition.js';
import type { MeetingPlacement, MeetingRequest, MeetingRequestStatus } from '../core/events/meeting-request.js';
import { BadUserInputError } from '../core/errors.js';
import type { CursorCodec } from './cursor-codec.js';
import type { Participation } from '../core/events/participation.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { ReadItemType } from './items/item-type.js';
import {
  EVENT_ITEM,
  eventItem,
  MEETING_ITEM,
  meetingItem,
  meetingPairItem,
  meetingPosition,
  PARTICIPATION_ITEM,
  participationItem,
  reservationItems,
} from './items/event-items.js';
import {
  ALL_EVENTS_PARTITION,
  eventKey,
  EVENT_SORT_PREFIX,
  INDEXES,
  keyOf,
  keyString,
  meetingKey,
  participantMeetingsPartition,
  participationKey,
  type ItemKey,
} from './items/keys.js';
import { queryPages } from './paged-query.js';
import { conditionalPut, type TransactItem } from './transaction-plan.js';
import { transactWrite } from './transact-write.js';
import { listTwoIndexes, type ListDirection, type ListedItems } from './two-index-listing.js';
import { conditionHeld, NOT_EXISTS, versionIs, type WriteCondition } from './write-conditions.js';

/** What a booking found when it could not be written. */
export type BookingOutcome = { booked: true } | { booked: false; taken: 'TABLE' | 'PARTICIPANT' | 'MEETING_CHANGED' };

/** Which of a participant's meeting requests to list. */
export interface MeetingListRequest {
  eventId: string;
  organizationId: string;
  direction: ListDirection | 'ANY';
  status?: MeetingRequestStatus | undefined;
  first: number;
  after?: string | undefined;
}

export interface MeetingPage {
  edges: { cursor: string; node: MeetingRequest }[];
  hasNextPage: boolean;
  /** Where the next page starts; past the last edge when a status filter skipped items. */
  endCursor: string | null;
}

const MEETINGS: ListedItems<MeetingRequest> = { parse: (item) => MEETING_ITEM.parse(item), positionOf: meetingPosition };

/** A cursor is only valid for the list (event, participant, direction, status) it was issued for. */
const meetingListPartition = (request: MeetingListRequest): string =>
  `${participantMeetingsPartition(request.eventId, request.organizationId)}#${request.direction}#${request.status ?? 'ANY'}`;

/** Positions of a booking transaction's items (transactWrite reports failed conditions by position; reservationItems' order). */
const BOOKING = { meeting: 0, table: 1, from: 2, to: 3 } as const;

export class EventRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly cursors: CursorCodec,
  ) {}

  event(eventId: string): Promise<MatchmakingEvent | null> {
    return this.getOne(eventKey(eventId), EVENT_ITEM);
  }

  /** Every event, by first day (gsi1 `EVENTS#ALL`; events are few, tens a year). */
  async events(): Promise<MatchmakingEvent[]> {
    const { indexName, pk } = INDEXES.gsi1;
    const params = (): QueryCommandInput => ({
      TableName: this.gateway.tableName,
      IndexName: indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': pk },
      ExpressionAttributeValues: { ':pk': ALL_EVENTS_PARTITION },
    });
    const found: MatchmakingEvent[] = [];
    for await (const output of queryPages(this.gateway, params)) found.push(...(output.Items ?? []).map((item) => EVENT_ITEM.parse(item)));
    return found;
  }

  /** Writes a new event; false when the id is taken. */
  createEvent(event: MatchmakingEvent): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(
        new PutCommand({ TableName: this.gateway.tableName, Item: eventItem(event), ConditionExpression: NOT_EXISTS.expression }),
      ),
    );
  }

  /** Replaces an event if it is still at `expectedVersion`; false when it changed meanwhile. */
  replaceEvent(event: MatchmakingEvent, expectedVersion: number): Promise<boolean> {
    const condition = versionIs(expectedVersion);
    return conditionHeld(
      this.gateway.send(
        new PutCommand({
          TableName: this.gateway.tableName,
          Item: eventItem(event),
          ConditionExpression: condition.expression,
          ExpressionAttributeNames: condition.names,
          ExpressionAttributeValues: condition.values,
        }),
      ),
    );
  }

  participation(eventId: string, organizationId: string): Promise<Participation | null> {
    return this.getOne(participationKey(eventId, organizationId), PARTICIPATION_ITEM);
  }

  /** The event's participants: one Query of its partition. */
  participations(eventId: string): Promise<Participation[]> {
    return this.queryAll({ partition: eventKey(eventId).pk, sortPrefix: EVENT_SORT_PREFIX.participant }, PARTICIPATION_ITEM);
  }

  /** Registers (or re-registers, replacing availability and attendees) a participant. */
  async putParticipation(participation: Participation): Promise<void> {
    await this.gateway.send(new PutCommand({ TableName: this.gateway.tableName, Item: participationItem(participation) }));
  }

  /** Records the check-in; false when the organization is not registered. */
  checkIn(eventId: string, organizationId: string, at: string): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(
        new UpdateCommand({
          TableName: this.gateway.tableName,
          Key: participationKey(eventId, organizationId),
          UpdateExpression: 'SET checkedInAt = if_not_exists(checkedInAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      ),
    );
  }

  meeting(eventId: string, meetingId: string): Promise<MeetingRequest | null> {
    return this.getOne(meetingKey(eventId, meetingId), MEETING_ITEM);
  }

  /** Every meeting request of the event (the scheduler's input): one Query of its partition. */
  meetings(eventId: string): Promise<MeetingRequest[]> {
    return this.queryAll({ partition: eventKey(eventId).pk, sortPrefix: EVENT_SORT_PREFIX.meeting }, MEETING_ITEM);
  }

  /** A participant's meeting requests, sent (gsi2) and received (gsi3), in request order. */
  async meetingsOf(eventId: string, organizationId: string): Promise<MeetingRequest[]> {
    const partition = participantMeetingsPartition(eventId, organizationId);
    const [sent, received] = await Promise.all([
      this.queryAll({ partition, index: 'gsi2' }, MEETING_ITEM),
      this.queryAll({ partition, index: 'gsi3' }, MEETING_ITEM),
    ]);
    return [...sent, ...received].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
  }

  /**
   * One page of a participant's meeting requests, newest first: sent (gsi2), received (gsi3) or both,
   * optionally in one status (a filter inside its own index partitions). A forged or foreign cursor is BAD_USER_INPUT.
   */
  async meetingPage(request: MeetingListRequest): Promise<MeetingPage> {
    const partition = meetingListPartition(request);
    const after = request.after ? this.cursors.decode(request.after, partition).key.position : undefined;
    if (request.after && !after) throw new BadUserInputError('is not a valid cursor for this list', 'after');
    const page = await listTwoIndexes(
      this.gateway,
      {
        partition: participantMeetingsPartition(request.eventId, request.organizationId),
        direction: request.direction,
        ...(request.status ? { status: request.status } : {}),
        limit: request.first,
        ...(after ? { after } : {}),
      },
      MEETINGS,
    );
    const cursorAt = (position: string) => this.cursors.encode({ partition, key: { position } });
    return {
      edges: page.entries.map(({ value, position }) => ({ cursor: cursorAt(position), node: value })),
      hasNextPage: page.hasNextPage,
      endCursor: page.endPosition ? cursorAt(page.endPosition) : null,
    };
  }

  /** Writes a new meeting request with its pair marker; false when the pair already has a request in this event. */
  async createMeeting(meeting: MeetingRequest): Promise<boolean> {
    const table = this.gateway.tableName;
    const outcome = await transactWrite(this.gateway, [
      conditionalPut(table, meetingItem(meeting), NOT_EXISTS),
      conditionalPut(table, meetingPairItem(meeting.eventId, meeting.fromOrganizationId, meeting.toOrganizationId, meeting.id), NOT_EXISTS),
    ]);
    return outcome.ok;
  }

  /**
   * Replaces a meeting request read at `previous.version` with `next` (an answer, a cancellation, "held"),
   * releasing its reservations when `next` no longer has the place `previous` had. False when it changed meanwhile.
   */
  async replaceMeeting(previous: MeetingRequest, next: MeetingRequest): Promise<boolean> {
    const items: TransactItem[] = [conditionalPut(this.gateway.tableName, meetingItem(next), versionIs(previous.version))];
    if (previous.placement && !samePlace(previous.placement, next.placement)) items.push(...this.releases(previous, previous.placement));
    return (await transactWrite(this.gateway, items)).ok;
  }

  /**
   * Books `next.placement` for a meeting read as `previous`: the meeting's new version and the three
   * reservations, all or nothing; the reservations of its old place are released in the same transaction.
   */
  async book(previous: MeetingRequest, next: MeetingRequest & { placement: MeetingPlacement }): Promise<BookingOutcome> {
    const table = this.gateway.tableName;
    const held = new Set(
      (previous.placement ? reservationItems(previous, previous.placement.slotId, previous.placement.table) : []).map((i) => keyString(i)),
    );
    const wanted = reservationItems(next, next.placement.slotId, next.placement.table);
    const wantedKeys = new Set(wanted.map((i) => keyString(i)));
    // A reservation the meeting already holds (same slot, another table) is rewritten on condition it is still its own.
    const reservations = wanted.map((item) => conditionalPut(table, item, held.has(keyString(item)) ? heldBy(next.id) : NOT_EXISTS));
    const releases = previous.placement
      ? this.releases(previous, previous.placement).filter((r) => !wantedKeys.has(keyString(r.Delete?.Key as ItemKey)))
      : [];
    const outcome = await transactWrite(this.gateway, [
      conditionalPut(table, meetingItem(next), versionIs(previous.version)),
      ...reservations,
      ...releases,
    ]);
    if (outcome.ok) return { booked: true };
    const failed = outcome.failedConditions;
    if (failed.includes(BOOKING.meeting)) return { booked: false, taken: 'MEETING_CHANGED' };
    if (failed.includes(BOOKING.table)) return { booked: false, taken: 'TABLE' };
    return { booked: false, taken: 'PARTICIPANT' };
  }

  /** Deletes of a placed meeting's reservations, each conditional on still being held by that meeting. */
  private releases(meeting: MeetingRequest, placement: MeetingPlacement): TransactItem[] {
    return reservationItems(meeting, placement.slotId, placement.table).map(
      (item): TransactItem => ({
        Delete: {
          TableName: this.gateway.tableName,
          Key: keyOf(item),
          ConditionExpression: 'meetingId = :meetingId',
          ExpressionAttributeValues: { ':meetingId': meeting.id },
        },
      }),
    );
  }

  private async getOne<T>(key: ItemKey, type: ReadItemType<T>): Promise<T | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: key, ConsistentRead: true }),
    );
    return output.Item ? type.parse(output.Item) : null;
  }

  private async queryAll<T>(
    where: { partition: string; sortPrefix: string } | { partition: string; index: 'gsi2' | 'gsi3' },
    type: ReadItemType<T>,
  ): Promise<T[]> {
    const params = (): QueryCommandInput =>
      'index' in where
        ? {
            TableName: this.gateway.tableName,
            IndexName: INDEXES[where.index].indexName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': INDEXES[where.index].pk },
            ExpressionAttributeValues: { ':pk': where.partition },
          }
        : {
            TableName: this.gateway.tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': where.partition, ':prefix': where.sortPrefix },
            ConsistentRead: true,
          };
    const found: T[] = [];
    for await (const output of queryPages(this.gateway, params)) found.push(...(output.Items ?? []).map((item) => type.parse(item)));
    return found;
  }
}

const heldBy = (meetingId: string): WriteCondition => ({ expression: 'meetingId = :meetingId', values: { ':meetingId': meetingId } });

const samePlace = (a: MeetingPlacement, b: MeetingPlacement | undefined): boolean =>
  b !== undefined && a.slotId === b.slotId && a.table === b.table;
