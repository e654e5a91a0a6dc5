/**
 * Turns a DynamoDB stream record (as Lambda delivers it, or as the local
 * stream reader shapes it) into a domain change: the old and new images
 * unmarshalled and parsed by their item types. Records of items nobody is
 * notified about (listing and index items, notifications themselves) give null.
 * Matches, organizations, invitations, collaborations and event meeting requests carry changes.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { RecordChange } from '../core/notifications/domain-events.js';
import { COLLABORATION_ITEM } from './items/collaboration-items.js';
import { MEETING_ITEM } from './items/event-items.js';
import { MATCH_ITEM } from './items/match-items.js';
import { ORGANIZATION_ITEM } from './items/organization-items.js';
import { INVITATION_ITEM } from './items/membership-items.js';

/** The parts of a stream record the worker reads; Lambda's DynamoDBRecord fits it. */
export interface StreamRecordLike {
  eventID?: string;
  eventName?: string;
  dynamodb?: {
    OldImage?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

const imageOf = (image: Record<string, unknown> | undefined): Record<string, unknown> | undefined =>
  image ? unmarshall(image as Record<string, AttributeValue>) : undefined;

/** The change a stream record carries, or null when its item type has no domain events. */
export function recordChangeOf(record: StreamRecordLike): RecordChange | null {
  const before = imageOf(record.dynamodb?.OldImage);
  const after = imageOf(record.dynamodb?.NewImage);
  const entity = (after ?? before)?.entity;
  if (entity === MATCH_ITEM.entity) {
    return {
      entity: 'MATCH',
      ...(before ? { before: MATCH_ITEM.parse(before) } : {}),
      ...(after ? { after: MATCH_ITEM.parse(after) } : {}),
    };
  }
  if (entity === ORGANIZATION_ITEM.entity) {
    return {
      entity: 'ORGANIZATION',
      ...(before ? { before: ORGANIZATION_ITEM.parse(before) } : {}),
      ...(after ? { after: ORGANIZATION_ITEM.parse(after) } : {}),
    };
  }
  if (entity === INVITATION_ITEM.entity) {
    return {
      entity: 'INVITATION',
      ...(before ? { before: INVITATION_ITEM.parse(before) } : {}),
      ...(after ? { after: INVITATION_ITEM.parse(after) } : {}),
    };
  }
  if (entity === COLLABORATION_ITEM.entity) {
    return {
      entity: 'COLLABORATION',
      ...(before ? { before: COLLABORATION_ITEM.parse(before) } : {}),
      ...(after ? { after: COLLABORATION_ITEM.parse(after) } : {}),
    };
  }
  if (entity === MEETING_ITEM.entity) {
    return {
      entity: 'EVENT_MEETING',
      ...(before ? { before: MEETING_ITEM.parse(before) } : {}),
      ...(after ? { after: MEETING_ITEM.parse(after) } : {}),
    };
  }
  return null;
}
