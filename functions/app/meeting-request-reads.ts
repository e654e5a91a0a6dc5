/**
 * A participant's own meeting requests at an event, as it sees them: the
 * ones it sent and the ones it received, by status, newest first, each with
 * its direction and the partner on the other side. Members of that
 * organization and administrators only (the receiver finds here the request
 * ids it answers with respondToMeetingRequest).
 */
import type { MeetingRequest, MeetingRequestStatus } from '../core/events/meeting-request.js';
import { pageSizeOf } from '../core/pagination.js';
import type { AppRequest } from './app-request.js';
import { assertActsFor, eventFor } from './event-access.js';

export type MeetingDirection = 'SENT' | 'RECEIVED';

/** Which of a participant's meeting requests to list. */
export interface MeetingListQuery {
  eventId: string;
  organizationId: string;
  direction?: MeetingDirection | 'ANY';
  status?: MeetingRequestStatus;
  first?: number;
  after?: string;
}

/** One listed request, seen from the listed participant's side. */
export interface ListedMeeting {
  cursor: string;
  node: MeetingRequest;
  direction: MeetingDirection;
  partnerId: string;
}

export interface MeetingRequestPage {
  edges: ListedMeeting[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One page of the participant's meeting requests (direction ANY unless named). */
export async function listMeetingRequests(request: AppRequest, query: MeetingListQuery): Promise<MeetingRequestPage> {
  assertActsFor(request.principal, query.organizationId);
  const first = pageSizeOf(query.first);
  await eventFor(request, query.eventId);
  const page = await request.store.events.meetingPage({
    eventId: query.eventId,
    organizationId: query.organizationId,
    direction: query.direction ?? 'ANY',
    status: query.status,
    first,
    after: query.after,
  });
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => {
      const sent = node.fromOrganizationId === query.organizationId;
      return { cursor, node, direction: sent ? 'SENT' : 'RECEIVED', partnerId: sent ? node.toOrganizationId : node.fromOrganizationId };
    }),
  };
}
