/** The administration screen's GraphQL operations. */
import { graphql } from '../../generated/gql.js';

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations($verification: VerificationStatus, $after: String, $locale: Locale) {
    organizations(filter: { verification: $verification }, first: 20, after: $after) {
      edges {
        node {
          id
          version
          country
          type
          verification
          name {
            text(locale: $locale)
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

export const SetVerificationMutation = graphql(`
  mutation SetVerification($input: SetVerificationInput!) {
    setVerification(input: $input) {
      id
      verification
      version
    }
  }
`);

export const ZoneStatisticsQuery = graphql(`
  query ZoneStatistics {
    zoneStatistics {
      computedAt
      organizations {
        total
        byCountry {
          country
          count
        }
        byType {
          type
          count
        }
        byVerification {
          verification
          count
        }
        byCountryAndChainGroup {
          country
          count
          chainGroup {
            id
            names {
              en
              zh
              ko
            }
          }
        }
      }
      postings {
        total
        byStatus {
          status
          count
        }
      }
      matches {
        total
        byStatus {
          status
          count
        }
        byOutcome {
          outcome
          count
        }
      }
    }
  }
`);

export const EventStatisticsQuery = graphql(`
  query EventStatistics($locale: Locale) {
    events {
      id
      name {
        text(locale: $locale)
      }
    }
    zoneStatistics {
      events {
        eventId
        participants
        checkedIn
        meetingsRequested
        meetingsAccepted
        meetingsScheduled
        meetingsHeld
        agreementsFollowed
      }
    }
  }
`);

export const ScheduleEventMutation = graphql(`
  mutation ScheduleEvent($input: ScheduleEventInput!) {
    scheduleEvent(input: $input) {
      eventId
      accepted
      scheduled
      placed
      moved
      totalFit
      unscheduled {
        meetingId
        reason
      }
    }
  }
`);
