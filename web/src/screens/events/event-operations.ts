/** The events screens' GraphQL operations: events, registration, suggestions, meeting requests and the agenda. */
import { graphql } from '../../generated/gql.js';

export const EventsQuery = graphql(`
  query Events($locale: Locale) {
    events {
      id
      name {
        text(locale: $locale)
      }
      venue {
        kind
        address {
          text(locale: $locale)
        }
      }
      days {
        date
      }
      registrationOpensAt
      registrationClosesAt
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!, $locale: Locale) {
    event(id: $id) {
      id
      name {
        text(locale: $locale)
      }
      description {
        text(locale: $locale)
      }
      venue {
        kind
        address {
          text(locale: $locale)
        }
        url
      }
      utcOffset
      days {
        date
        start
        end
      }
      slotMinutes
      tables
      registrationOpensAt
      registrationClosesAt
    }
  }
`);

export const MyParticipationQuery = graphql(`
  query MyParticipation($eventId: ID!, $organizationId: ID!) {
    eventParticipants(eventId: $eventId, organizationId: $organizationId) {
      organization {
        id
      }
      attendees {
        name
        title
      }
      availability {
        date
        from
        to
      }
      meetingsWanted
    }
  }
`);

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($input: RegisterForEventInput!) {
    registerForEvent(input: $input) {
      organizationId
      meetingsWanted
    }
  }
`);

export const SuggestedMeetingsQuery = graphql(`
  query SuggestedMeetings($eventId: ID!, $organizationId: ID!, $locale: Locale) {
    suggestedMeetings(eventId: $eventId, organizationId: $organizationId, first: 10) {
      inFocus
      match {
        score
        explanation(locale: $locale)
        organization {
          id
          country
          name {
            text(locale: $locale)
          }
        }
      }
    }
  }
`);

export const MeetingRequestsQuery = graphql(`
  query MeetingRequests(
    $eventId: ID!
    $organizationId: ID!
    $direction: MeetingRequestDirection
    $status: MeetingRequestStatus
    $after: String
    $locale: Locale
  ) {
    meetingRequests(eventId: $eventId, organizationId: $organizationId, direction: $direction, status: $status, first: 20, after: $after) {
      edges {
        direction
        partner {
          id
          name {
            text(locale: $locale)
          }
        }
        node {
          id
          status
          message
          fit
          requestedAt
          declineReason
          autoAccepted
          placement {
            slotId
            table
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RequestMeetingMutation = graphql(`
  mutation RequestMeeting($input: RequestMeetingInput!) {
    requestMeeting(input: $input) {
      id
      status
    }
  }
`);

export const RespondToMeetingRequestMutation = graphql(`
  mutation RespondToMeetingRequest($input: RespondToMeetingRequestInput!) {
    respondToMeetingRequest(input: $input) {
      id
      status
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: MeetingActionInput!) {
    cancelMeeting(input: $input) {
      id
      status
    }
  }
`);

export const EventAgendaQuery = graphql(`
  query EventAgenda($eventId: ID!, $organizationId: ID!, $locale: Locale) {
    eventAgenda(eventId: $eventId, organizationId: $organizationId, locale: $locale) {
      entries {
        meetingId
        table
        onlineUrl
        whyTheyFit
        slot {
          id
          date
          start
          end
        }
        partner {
          id
          name {
            text(locale: $locale)
          }
        }
      }
    }
  }
`);
