/**
 * Every key of the table, in one place: the prefixes, the fixed sort keys and
 * the builders of each item type's keys and index partitions. No other module
 * writes a key prefix; docs/data-model.md lists them (a unit test compares).
 */
import type { IndexDefinition } from '../table-definition.js';
import { TABLE_DEFINITION } from '../table-definition.js';

/** The primary key of an item. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** An item as written: its key plus attributes (the document client marshals it). */
export type Item = ItemKey & Record<string, unknown>;

/** Every key prefix of the table (partition and sort keys, table and indexes). */
export const KEY_PREFIX = {
  organization: 'ORG#',
  organizationList: 'ORGS#',
  collaboration: 'COLLABORATION#',
  collaborationList: 'COLLABORATIONS#',
  listing: 'LIST#',
  segment: 'SEGMENT#',
  candidates: 'CANDIDATES#',
  offers: 'OFFERS#',
  seeks: 'SEEKS#',
  openCollaboration: 'OPEN#',
  idempotency: 'IDEMPOTENCY#',
  rateLimit: 'RATE#',
  rateWindow: 'WINDOW#',
  matchPair: 'MATCH#',
  organizationMatches: 'ORGMATCH#',
  allMatches: 'MATCHES#',
  // Memberships, invitations, join requests, the review queue (membership-items.ts, review-queue-items.ts)
  member: 'MEMBER#',
  person: 'PERSON#',
  membership: 'MEMBERSHIP#',
  invitee: 'INVITEE#',
  invitation: 'INVITATION#',
  joinRequest: 'JOIN#',
  reviewQueue: 'REVIEW#',
  // Matchmaking events (event-items.ts)
  event: 'EVENT#',
  eventList: 'EVENTS#',
  participant: 'PARTICIPANT#',
  meeting: 'MEETING#',
  meetingPair: 'PAIR#',
  eventParticipantMeetings: 'EVENTORG#',
  slot: 'SLOT#',
  table: 'TABLE#',
  // Notifications (notification-items.ts, notification-preference-items.ts)
  inbox: 'INBOX#',
  notification: 'NOTE#',
  unread: 'UNREAD#',
  // Saved alerts (alert-items.ts)
  alertSent: 'ALERT#',
  sentTo: 'SENT#',
  // Digests (digest-items.ts)
  digest: 'DIGEST#',
  // Partner webhooks (webhook-items.ts)
  webhook: 'WEBHOOK#',
  webhookDelivery: 'DELIVERY#',
} as const;

/** Sort keys (and the one partition key) that are fixed words rather than prefixes. */
export const FIXED_KEY = {
  profile: 'PROFILE',
  collaboration: 'COLLABORATION',
  idempotency: 'IDEMPOTENCY',
  mutual: 'MUTUAL',
  system: 'SYSTEM',
  dataset: 'DATASET',
  all: 'ALL',
  noCollaboration: 'NONE',
  memberCount: 'MEMBERS',
  person: 'PERSON',
  queued: 'QUEUED',
  event: 'EVENT',
  preferences: 'PREFERENCES',
  alerts: 'ALERTS',
  webhooks: 'WEBHOOKS',
} as const;

const P = KEY_PREFIX;

/** The key attributes of an index, read from the table definition. */
function indexAttributes(index: IndexDefinition): { indexName: string; pk: string; sk: string } {
  return { indexName: index.indexName, pk: index.partitionKey.name, sk: index.sortKey.name };
}
const [GSI1, GSI2, GSI3] = TABLE_DEFINITION.globalSecondaryIndexes.map(indexAttributes);
if (!GSI1 || !GSI2 || !GSI3) throw new Error('The table definition must declare gsi1, gsi2 and gsi3');

/** Index names and key attribute names, as TABLE_DEFINITION declares them. */
export const INDEXES = { gsi1: GSI1, gsi2: GSI2, gsi3: GSI3 } as const;
export type IndexName = keyof typeof INDEXES;

/** The attributes that place an item in an index partition at a sort position. */
export function indexKey(index: IndexName, partition: string, sort: string): Record<string, string> {
  return { [INDEXES[index].pk]: partition, [INDEXES[index].sk]: sort };
}

// Organizations
/** The profile's key. */
export const organizationKey = (id: string): ItemKey => ({ pk: `${P.organization}${id}`, sk: FIXED_KEY.profile });

/** Listing facets: each is one gsi1 partition per value. */
export type OrganizationFacet = 'ALL' | 'SEGMENT';
export type CollaborationFacet = 'ALL' | 'OWNER' | 'SEGMENT' | 'CHAIN';

const facetKey = (facet: string, value?: string): string => (facet === 'ALL' ? FIXED_KEY.all : `${facet}#${value}`);

/** gsi1 partition of an organization listing, e.g. `ORGS#SEGMENT#nev.power-semiconductors`, `ORGS#ALL`. */
export const organizationListPartition = (facet: OrganizationFacet, value?: string): string =>
  `${P.organizationList}${facetKey(facet, value)}`;
/** A listing item lives in its owner's partition, so an update finds and replaces it with the profile. */
export const organizationListKey = (id: string, facet: OrganizationFacet, value?: string): ItemKey => ({
  pk: `${P.organization}${id}`,
  sk: `${P.listing}${facetKey(facet, value)}`,
});
/** gsi1 sort key of an organization's listing items: organizations list in id order. */
export const organizationListPosition = (id: string): string => `${P.organization}${id}`;

// Collaborations
/** The collaboration's key. */
export const collaborationKey = (id: string): ItemKey => ({ pk: `${P.collaboration}${id}`, sk: FIXED_KEY.collaboration });
/** gsi1 partition of a collaboration listing, e.g. `COLLABORATIONS#OWNER#org-1`, `COLLABORATIONS#ALL`. */
export const collaborationListPartition = (facet: CollaborationFacet, value?: string): string =>
  `${P.collaborationList}${facetKey(facet, value)}`;
/** A listing item lives in its collaboration's partition, replaced with it in one transaction. */
export const collaborationListKey = (id: string, facet: CollaborationFacet, value?: string): ItemKey => ({
  pk: `${P.collaboration}${id}`,
  sk: `${P.listing}${facetKey(facet, value)}`,
});

// The candidate index: what partner search reads candidates through
/**
 * The candidate sub-partition of organizations of one country and type group
 * (ENTERPRISE, RESEARCH) that offer (or seek) a segment, e.g.
 * `CANDIDATES#OFFERS#nev.power-semiconductors#KR#RESEARCH`.
 */
export const candidatePartition = (side: 'OFFERS' | 'SEEKS', segmentId: string, country: string, group: string): string =>
  `${P.candidates}${side === 'OFFERS' ? P.offers : P.seeks}${segmentId}#${country}#${group}`;
/** Sort keys of the candidate index: `<rank>#<orgId>`, rank = maxQuality − quality in fixed width, so the best sort first. */
export const candidateIndexKey = (
  partition: { side: 'OFFERS' | 'SEEKS'; segmentId: string; country: string; group: string },
  quality: { value: number; max: number },
  organizationId: string,
): ItemKey => ({
  pk: candidatePartition(partition.side, partition.segmentId, partition.country, partition.group),
  sk: `${String(quality.max - quality.value).padStart(String(quality.max).length, '0')}#${organizationId}`,
});
/** The partition of a segment: the index items of open collaborations in it. */
export const segmentPartition = (segmentId: string): string => `${P.segment}${segmentId}`;
/** An open collaboration in the segment. */
export const openCollaborationIndexKey = (segmentId: string, collaborationId: string): ItemKey => ({
  pk: segmentPartition(segmentId),
  sk: `${P.openCollaboration}${collaborationId}`,
});
/** Sort-key prefixes of the segment partition, for begins_with queries. */
export const SEGMENT_SORT_PREFIX = { openCollaborations: P.openCollaboration } as const;

// Idempotency, rate limits, system
/** Idempotency records are scoped by operation and caller, so two callers' keys never collide. */
export const idempotencyKey = (operation: string, scope: string, key: string): ItemKey => ({
  pk: `${P.idempotency}${operation}#${scope}#${key}`,
  sk: FIXED_KEY.idempotency,
});
/** A credential's counter for one fixed window. */
export const rateLimitKey = (window: { credential: string; windowStart: number }): ItemKey => ({
  pk: `${P.rateLimit}${window.credential}`,
  sk: `${P.rateWindow}${window.windowStart}`,
});
/** The one data-set marker. */
export const DATASET_MARKER_KEY: ItemKey = { pk: FIXED_KEY.system, sk: FIXED_KEY.dataset };

// Matches
const pairPartition = (lowOrganizationId: string, highOrganizationId: string): string =>
  `${P.matchPair}${lowOrganizationId}#${highOrganizationId}`;
/** The match item's key: the pair's partition, one sort key per collaboration (NONE: no collaboration). */
export const matchKey = (pair: {
  lowOrganizationId: string;
  highOrganizationId: string;
  collaborationId?: string | undefined;
}): ItemKey => ({
  pk: pairPartition(pair.lowOrganizationId, pair.highOrganizationId),
  sk: `${P.collaboration}${pair.collaborationId ?? FIXED_KEY.noCollaboration}`,
});
/** The pair's MUTUAL marker (the pair given low id first). */
export const mutualPairKeyOf = (lowOrganizationId: string, highOrganizationId: string): ItemKey => ({
  pk: pairPartition(lowOrganizationId, highOrganizationId),
  sk: FIXED_KEY.mutual,
});
/** The partition of an organization's matches in gsi2 (as sender) and gsi3 (as receiver). */
export const organizationMatchPartition = (organizationId: string): string => `${P.organizationMatches}${organizationId}`;
/** gsi1 partition listing every match of the zone (zone statistics read it). */
export const ALL_MATCHES_PARTITION = `${P.allMatches}${FIXED_KEY.all}`;

/** Just the key of an item. */
export const keyOf = (item: ItemKey): ItemKey => ({ pk: item.pk, sk: item.sk });
/** A map key for an item key (NUL cannot occur in ids that passed validation). */
export const keyString = (key: ItemKey): string => `${key.pk}\u0000${key.sk}`;

// Memberships, invitations, join requests
/** A member in the organization's partition: "the organization's members" is one Query. */
export const organizationMemberKey = (organizationId: string, subject: string): ItemKey => ({
  pk: `${P.organization}${organizationId}`,
  sk: `${P.member}${subject}`,
});
/** The same membership in the person's partition: "my memberships" is one Query. */
export const personMembershipKey = (subject: string, organizationId: string): ItemKey => ({
  pk: `${P.person}${subject}`,
  sk: `${P.membership}${organizationId}`,
});
/** The organization's owner and member counts (the last-owner rule conditions on it). */
export const memberCountKey = (organizationId: string): ItemKey => ({
  pk: `${P.organization}${organizationId}`,
  sk: FIXED_KEY.memberCount,
});
/** The person's record: how many organizations they registered (serializes registrations). */
export const personKey = (subject: string): ItemKey => ({ pk: `${P.person}${subject}`, sk: FIXED_KEY.person });
/** An invitation in the invitee's partition: only the holder of that verified email can read or accept it. */
export const invitationKey = (email: string, invitationId: string): ItemKey => ({
  pk: `${P.invitee}${email}`,
  sk: `${P.invitation}${invitationId}`,
});
/**
 * The organization's record of an invitation it sent, in its own partition: "the organization's invitations" is one
 * Query, newest first (invitation ids begin with their creation time), and it outlives the invitee's item.
 */
export const sentInvitationKey = (organizationId: string, invitationId: string): ItemKey => ({
  pk: `${P.organization}${organizationId}`,
  sk: `${P.invitation}${invitationId}`,
});
/** The partition of invitations to one email. */
export const inviteePartition = (email: string): string => `${P.invitee}${email}`;
/** A person's request to join, in the organization's partition. */
export const joinRequestKey = (organizationId: string, subject: string): ItemKey => ({
  pk: `${P.organization}${organizationId}`,
  sk: `${P.joinRequest}${subject}`,
});
/** Sort-key prefixes of an organization's and a person's partitions, for begins_with queries. */
export const MEMBERSHIP_SORT_PREFIX = {
  member: P.member,
  membership: P.membership,
  invitation: P.invitation,
  joinRequest: P.joinRequest,
} as const;
/** The partition of a person's items. */
export const personPartition = (subject: string): string => `${P.person}${subject}`;

// The verification queue
/** The queue entry of an unverified organization, in its own partition so the profile's writes replace it. */
export const reviewQueueKey = (organizationId: string): ItemKey => ({
  pk: `${P.organization}${organizationId}`,
  sk: `${P.reviewQueue}${FIXED_KEY.queued}`,
});
/** gsi1 partition of the verification queue. */
export const REVIEW_QUEUE_PARTITION = `${P.reviewQueue}${FIXED_KEY.queued}`;
/** gsi1 sort key: oldest first, ties by id. */
export const reviewQueuePosition = (queuedAt: string, organizationId: string): string => `${queuedAt}#${organizationId}`;

// Matchmaking events
/** The event's definition. */
export const eventKey = (eventId: string): ItemKey => ({ pk: `${P.event}${eventId}`, sk: FIXED_KEY.event });
/** gsi1 partition listing every event, by first day. */
export const ALL_EVENTS_PARTITION = `${P.eventList}${FIXED_KEY.all}`;
/** gsi1 sort key of an event: by its first day, ties by id. */
export const eventListPosition = (firstDate: string, eventId: string): string => `${firstDate}#${eventId}`;
/** A participation, in the event's partition: "the event's participants" is one Query. */
export const participationKey = (eventId: string, organizationId: string): ItemKey => ({
  pk: `${P.event}${eventId}`,
  sk: `${P.participant}${organizationId}`,
});
/** A meeting request, in the event's partition: "the event's meetings" (the scheduler's input) is one Query. */
export const meetingKey = (eventId: string, meetingId: string): ItemKey => ({ pk: `${P.event}${eventId}`, sk: `${P.meeting}${meetingId}` });
/** The pair's marker: at most one open meeting request per pair and event. */
export const meetingPairKey = (eventId: string, lowOrganizationId: string, highOrganizationId: string): ItemKey => ({
  pk: `${P.event}${eventId}`,
  sk: `${P.meetingPair}${lowOrganizationId}#${highOrganizationId}`,
});
/** gsi2 (as requester) and gsi3 (as requested) partition of a participant's meetings in one event. */
export const participantMeetingsPartition = (eventId: string, organizationId: string): string =>
  `${P.eventParticipantMeetings}${eventId}#${organizationId}`;
/** The reservation of a table in a slot: a conditional Put, so two bookings cannot both hold it. */
export const tableReservationKey = (eventId: string, slotId: string, table: string): ItemKey => ({
  pk: `${P.event}${eventId}`,
  sk: `${P.slot}${slotId}#${P.table}${table}`,
});
/** The reservation of a participant in a slot: one meeting per participant and slot. */
export const participantReservationKey = (eventId: string, slotId: string, organizationId: string): ItemKey => ({
  pk: `${P.event}${eventId}`,
  sk: `${P.slot}${slotId}#${P.participant}${organizationId}`,
});
/** Sort-key prefixes of an event's partition, for begins_with queries. */
export const EVENT_SORT_PREFIX = { participant: P.participant, meeting: P.meeting, slot: P.slot } as const;
// Notifications (docs/data-model.md, "Notifications")
/** The partition of a person's notifications and notification preferences. */
export const inboxPartition = (subject: string): string => `${P.inbox}${subject}`;
/** A notification in its reader's inbox; the id (`<occurredAt>#<digest>`) orders the inbox newest first. */
export const notificationKey = (subject: string, notificationId: string): ItemKey => ({
  pk: inboxPartition(subject),
  sk: `${P.notification}${notificationId}`,
});
/** gsi1 partition of a person's unread notifications: read ones leave it (sparse index). */
export const unreadPartition = (subject: string): string => `${P.unread}${subject}`;
/** A person's notification preferences, beside their inbox. */
export const notificationPreferencesKey = (subject: string): ItemKey => ({ pk: inboxPartition(subject), sk: FIXED_KEY.preferences });
/** Sort-key prefix of the notifications in an inbox partition, for begins_with queries. */
export const NOTIFICATION_SORT_PREFIX = P.notification;

// Saved alerts (docs/data-model.md, "Saved alerts")
/** An organization's saved alerts, all in one item beside its profile: the worker reads a candidate's alerts by key. */
export const organizationAlertsKey = (organizationId: string): ItemKey => ({
  pk: `${P.organization}${organizationId}`,
  sk: FIXED_KEY.alerts,
});
/** The marker that an alert announced an organization or collaboration: at most once per alert and each. */
export const alertSentKey = (alertId: string, announcedId: string): ItemKey => ({
  pk: `${P.alertSent}${alertId}`,
  sk: `${P.sentTo}${announcedId}`,
});

// Digests (docs/data-model.md, "Digests")
/** The partition of one digest period's queue: every person with something to be mailed in it. */
export const digestQueuePartition = (frequency: string, periodKey: string): string => `${P.digest}${frequency}#${periodKey}`;
/** A person's entry in a period's digest queue. */
export const digestQueueKey = (frequency: string, periodKey: string, subject: string): ItemKey => ({
  pk: digestQueuePartition(frequency, periodKey),
  sk: inboxPartition(subject),
});
/** The marker that a person's digest of a period was sent, beside their inbox. */
export const digestSentKey = (subject: string, frequency: string, periodKey: string): ItemKey => ({
  pk: inboxPartition(subject),
  sk: `${P.digest}${frequency}#${periodKey}`,
});
